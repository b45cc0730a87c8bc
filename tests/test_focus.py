"""Focus files: the corpus is checked whole, only what touches the focus is shown."""

from pathlib import Path

from factlint.config import Config, load_config
from factlint.linter import check_paths

EARLY = """---
date: 2025-03-02
---
Harbor Labs reported revenue of $48 million in 2024.
"""
LATE = """---
date: 2025-06-10
---
Harbor Labs had 2024 revenue of $60 million, its chief executive said.
"""
OTHER = """---
date: 2025-06-11
---
Quill Systems reported 2024 revenue of $12 million.
"""


def newsroom(tmp_path: Path) -> Config:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "early.md").write_text(EARLY, encoding="utf-8")
    (articles / "late.md").write_text(LATE, encoding="utf-8")
    (articles / "other.md").write_text(OTHER, encoding="utf-8")
    (tmp_path / ".factlint.yaml").write_text("corpus: ['articles/*.md']\n", encoding="utf-8")
    return load_config(tmp_path / ".factlint.yaml")


def where(report):
    return [
        (Path(d.path).name, d.line, [Path(r.path).name for r in d.related])
        for d in report.diagnostics
    ]


def test_a_focus_file_sees_contradictions_with_the_rest_of_the_corpus(tmp_path):
    config = newsroom(tmp_path)
    report = check_paths([str(tmp_path / "articles" / "late.md")], config)
    assert where(report) == [("late.md", 4, ["early.md"])]
    assert report.documents == 3


def test_a_diagnostic_is_anchored_on_the_focus_file(tmp_path):
    config = newsroom(tmp_path)
    report = check_paths([str(tmp_path / "articles" / "early.md")], config)
    ((path, line, related),) = where(report)
    assert (path, line, related) == ("early.md", 4, ["late.md"])
    assert report.diagnostics[0].related[0].message == "states '$60 million'"


def test_a_focus_file_not_involved_shows_nothing(tmp_path):
    config = newsroom(tmp_path)
    assert check_paths([str(tmp_path / "articles" / "other.md")], config).diagnostics == ()


def test_splitting_the_focus_never_changes_what_is_found(tmp_path):
    config = newsroom(tmp_path)
    files = sorted(str(p) for p in (tmp_path / "articles").glob("*.md"))
    together = {d.model_dump_json() for d in check_paths(files, config).diagnostics}
    apart = {d.model_dump_json() for f in files for d in check_paths([f], config).diagnostics}
    assert len(together) == 1
    assert len(apart) == 2  # the same contradiction, anchored once on each side


def test_without_paths_the_whole_corpus_is_checked(tmp_path):
    config = newsroom(tmp_path)
    assert len(check_paths([], config).diagnostics) == 1


def test_exclude_drops_files_named_and_in_the_corpus(tmp_path):
    config = newsroom(tmp_path).model_copy(update={"exclude": ("articles/late.md",)})
    named = str(tmp_path / "articles" / "late.md")
    report = check_paths([named], config)
    assert report.diagnostics == () and report.documents == 2


def test_without_a_corpus_the_named_files_are_all_there_is(tmp_path):
    newsroom(tmp_path)
    report = check_paths([str(tmp_path / "articles" / "late.md")], Config())
    assert report.diagnostics == () and report.documents == 1


def test_a_file_named_and_in_the_corpus_is_read_once(tmp_path):
    config = newsroom(tmp_path)
    report = check_paths([str(tmp_path / "articles" / ".." / "articles" / "late.md")], config)
    assert report.documents == 3
