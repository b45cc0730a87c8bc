"""The pre-commit hook, run for real by ``pre-commit try-repo`` on a repository of articles.

pre-commit installs this repository into its own virtual environment (from
the package index), so the test needs git and the network a fresh install
needs anyway.
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).parents[1]
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

EARLY = """---
title: Harbor Labs results
date: 2025-03-02
---
Harbor Labs reported revenue of $48 million in 2024, the company said.
"""
LATE = """---
title: Harbor Labs expands
date: 2025-06-10
---
Harbor Labs, which had 2024 revenue of $60 million, is hiring.
"""


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def test_the_hook_is_declared_for_prose_files_and_runs_serially():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "factlint" and hook["language"] == "python"
    assert hook["require_serial"] is True
    assert hook["entry"] == "factlint check"
    for name in ("a.md", "a.markdown", "a.txt"):
        assert re.search(hook["files"], name)


def test_try_repo_fails_on_a_staged_article_that_contradicts_the_corpus(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "early.md").write_text(EARLY, encoding="utf-8")
    (tmp_path / ".factlint.yaml").write_text("corpus: ['articles/*.md']\n", encoding="utf-8")
    git(tmp_path, "init", "-q")
    git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@example.com", "add", ".")
    git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "one")
    (articles / "late.md").write_text(LATE, encoding="utf-8")
    git(tmp_path, "add", "articles/late.md")  # only the new article is staged
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / ".cache"), "NO_COLOR": "1"}
    run = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "factlint", "--color=never"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = run.stdout + run.stderr
    assert run.returncode == 1, output
    assert "articles/late.md:5:" in output
    assert "financials.revenue-agrees" in output
    assert "articles/early.md:5:" in output  # the other article, as related
    assert (articles / "late.md").read_text(encoding="utf-8") == LATE  # never modified
