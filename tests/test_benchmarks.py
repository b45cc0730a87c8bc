"""The benchmark corpus generator writes a well-formed corpus whose plants are found.

Nothing here is timed: speed is measured by the scripts under benchmarks/.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

import factlint
from factlint.severity import at_least

GENERATOR = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus.py"


@pytest.fixture(scope="module")
def generator():
    spec = importlib.util.spec_from_file_location("benchmark_corpus", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[spec.name]


@pytest.fixture(scope="module")
def corpus(generator, tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    generator.write_corpus(12, root, seed=1)
    return root


@pytest.fixture(scope="module")
def stories(corpus):
    lines = (corpus / "stories.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def flagged(corpus):
    """File name -> rules of the warnings that point at it or name it as related."""
    config = factlint.load_config(corpus / ".factlint.yaml")
    report = factlint.check_paths([], config)
    assert report.documents == 12
    found: dict[str, set[str]] = {}
    for diagnostic in report.diagnostics:
        if at_least(diagnostic.severity, "warning"):
            for path in [diagnostic.path, *(r.path for r in diagnostic.related)]:
                found.setdefault(Path(path).name, set()).add(diagnostic.rule)
    return found


def test_articles_are_in_folders_of_a_thousand_with_front_matter(corpus):
    articles = sorted((corpus / "articles").glob("*/*.md"))
    assert len(articles) == 12
    assert {path.parent.name for path in articles} == {"0000"}
    for path in articles:
        document = factlint.read_document(str(path))
        assert document.metadata["title"]
        assert str(document.metadata["date"])[:2] == "20"
        assert 300 <= len(document.text.split()) <= 800


def test_configuration_names_every_article(corpus):
    config = factlint.load_config(corpus / ".factlint.yaml")
    assert tuple(config.corpus) == ("articles/**/*.md",)


def test_stories_list_every_article_once(corpus, stories):
    listed = [name for story in stories for name in story["files"]]
    written = sorted(p.relative_to(corpus).as_posix() for p in corpus.glob("articles/*/*.md"))
    assert sorted(listed) == written
    assert len({story["company"] for story in stories}) == len(stories)


def test_a_planted_contradiction_is_found(stories, flagged):
    planted = [story for story in stories if story["planted"]]
    assert planted
    assert any(
        story["planted"] in flagged.get(Path(name).name, set())
        for story in planted
        for name in story["files"]
    )


def test_a_consistent_story_is_silent(stories, flagged):
    consistent = [story for story in stories if not story["planted"]]
    assert any(
        not any(Path(name).name in flagged for name in story["files"]) for story in consistent
    )


def test_the_same_seed_gives_the_same_corpus(generator, corpus, tmp_path):
    generator.write_corpus(12, tmp_path, seed=1)
    for path in corpus.glob("articles/*/*.md"):
        assert (tmp_path / path.relative_to(corpus)).read_bytes() == path.read_bytes()
