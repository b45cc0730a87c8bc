"""The readings cache: a warm run reports exactly what a fresh one does."""

import sqlite3
from pathlib import Path

from test_focus import EARLY, LATE, OTHER

from factlint.cache import Cache
from factlint.config import Config, load_config
from factlint.linter import check_paths

# Articles of the same stories as in test_focus, plus a name that grows.
SHORT = """---
date: 2025-05-01
---
Acme raised $10 million, a deal that valued Acme at $50 million.
"""
FULL = """---
date: 2025-05-02
---
Investors in the round said the deal valued Acme Robotics at $80 million.
"""


def corpus(tmp_path: Path, articles: dict[str, str]) -> Config:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    (tmp_path / ".factlint.yaml").write_text("corpus: ['articles/*.md']\n", encoding="utf-8")
    return load_config(tmp_path / ".factlint.yaml")


def seen(report):
    return (
        [d.model_dump() for d in report.diagnostics],
        report.documents,
        report.quantities,
        report.claim_count,
        report.errors,
    )


def check(tmp_path, config, paths=(), cache=True):
    folder = tmp_path / "cache" if cache else None
    return check_paths(list(paths), config, cache=folder, keep_claims=False)


def test_a_warm_run_reports_what_a_fresh_run_does(tmp_path):
    config = corpus(tmp_path, {"early.md": EARLY, "late.md": LATE, "other.md": OTHER})
    fresh = seen(check(tmp_path, config, cache=False))
    assert fresh[0] and fresh[1] == 3
    assert seen(check(tmp_path, config)) == fresh
    assert seen(check(tmp_path, config)) == fresh


def test_a_changed_file_is_read_again(tmp_path):
    config = corpus(tmp_path, {"early.md": EARLY, "late.md": LATE})
    assert check(tmp_path, config).diagnostics
    (tmp_path / "articles" / "late.md").write_text(LATE.replace("$60", "$48"), encoding="utf-8")
    assert check(tmp_path, config).diagnostics == ()


def test_a_new_name_rereads_the_files_that_hold_it(tmp_path):
    # "Acme" alone is one company until "Acme Robotics" appears: then the
    # first article's valuation is about Acme Robotics, and the two disagree.
    config = corpus(tmp_path, {"short.md": SHORT})
    assert check(tmp_path, config).diagnostics == ()
    (tmp_path / "articles" / "full.md").write_text(FULL, encoding="utf-8")
    warm = seen(check(tmp_path, config))
    assert warm == seen(check(tmp_path, config, cache=False))
    assert [d["rule"] for d in warm[0]] == ["deals.valuation-agrees"]


def test_a_focused_warm_run_reports_what_a_fresh_one_does(tmp_path):
    config = corpus(tmp_path, {"early.md": EARLY, "late.md": LATE, "other.md": OTHER})
    check(tmp_path, config)
    for name in ("early.md", "late.md", "other.md"):
        focus = [str(tmp_path / "articles" / name)]
        assert seen(check(tmp_path, config, focus)) == seen(
            check(tmp_path, config, focus, cache=False)
        )


def test_an_unreadable_file_is_named_on_every_run(tmp_path):
    config = corpus(tmp_path, {"early.md": EARLY})
    (tmp_path / "articles" / "bad.md").write_bytes(b"caf\xe9 $1 million\n")
    for _ in range(2):
        report = check(tmp_path, config)
        assert len(report.errors) == 1 and "bad.md" in report.errors[0]


def test_a_damaged_cache_is_built_again(tmp_path):
    config = corpus(tmp_path, {"early.md": EARLY, "late.md": LATE})
    fresh = seen(check(tmp_path, config, cache=False))
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "cache.sqlite").write_bytes(b"not a database" * 100)
    assert seen(check(tmp_path, config)) == fresh
    assert seen(check(tmp_path, config)) == fresh


def test_a_cache_of_another_version_starts_empty(tmp_path):
    store = Cache.open(tmp_path, "scope", "1.0")
    assert store is not None
    store._db.execute("INSERT INTO stats VALUES ('a.md', 1, 2, 'abc')")
    store.close()
    store = Cache.open(tmp_path, "scope", "1.0")
    assert store is not None and store.digest("a.md") is None  # no such file: not read
    assert store._db.execute("SELECT count(*) FROM stats").fetchone()[0] == 1
    store.close()
    store = Cache.open(tmp_path, "scope", "2.0")
    assert store is not None
    assert store._db.execute("SELECT count(*) FROM stats").fetchone()[0] == 0
    store.close()


def test_an_overlapping_run_goes_on_without_the_cache(tmp_path):
    config = corpus(tmp_path, {"early.md": EARLY, "late.md": LATE})
    fresh = seen(check(tmp_path, config, cache=False))
    check(tmp_path, config)
    holder = sqlite3.connect(tmp_path / "cache" / "cache.sqlite", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert Cache.open(tmp_path / "cache", "scope", "x") is None
        assert seen(check(tmp_path, config)) == fresh
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_the_cache_keeps_itself_out_of_git(tmp_path):
    config = corpus(tmp_path, {"early.md": EARLY})
    check(tmp_path, config)
    assert (tmp_path / "cache" / ".gitignore").read_text(encoding="utf-8").endswith("*\n")


def test_a_folder_that_cannot_hold_a_cache_is_done_without(tmp_path):
    config = corpus(tmp_path, {"early.md": EARLY, "late.md": LATE})
    fresh = seen(check(tmp_path, config, cache=False))
    (tmp_path / "cache").write_text("a file, not a folder", encoding="utf-8")
    assert seen(check(tmp_path, config)) == fresh
