"""Work spread over processes comes back complete and in order."""

import io
import os

from factlint.config import Config
from factlint.linter import check_paths
from factlint.progress import ProgressBar, wanted
from factlint.workers import MIN_ITEMS_PER_JOB, default_jobs, spread

_OFFSET = {}


def _setup(offset):
    _OFFSET["value"] = offset


def _shifted(item):
    return (item + _OFFSET["value"], os.getpid())


def test_results_keep_the_order_of_the_items_over_processes():
    items = list(range(MIN_ITEMS_PER_JOB * 4))
    results = list(spread(_shifted, items, 2, _setup, (100,)))
    assert [value for value, _ in results] == [i + 100 for i in items]
    assert len({pid for _, pid in results}) >= 1
    assert os.getpid() not in {pid for _, pid in results}


def test_few_items_stay_in_this_process():
    results = list(spread(_shifted, [1, 2, 3], 8, _setup, (1,)))
    assert results == [(2, os.getpid()), (3, os.getpid()), (4, os.getpid())]


def test_the_default_is_the_usable_cores():
    assert default_jobs() >= 1


def test_a_check_finds_the_same_with_one_process_or_several(tmp_path):
    for i in range(60):
        revenue = 48 if i % 7 else 60
        (tmp_path / f"a{i:02}.md").write_text(
            f"---\ndate: 2025-03-02\n---\nHarbor Labs {i % 5} reported revenue of "
            f"${revenue} million in 2024, and Quill {i} grew 12% to $1{i} million.\n",
            encoding="utf-8",
        )
    one = check_paths([str(tmp_path)], Config(), jobs=1)
    two = check_paths([str(tmp_path)], Config(), jobs=2)
    assert one.diagnostics and one.model_dump() == two.model_dump()


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_bar_is_drawn_on_a_terminal_only_and_erased(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert wanted(_Terminal()) and not wanted(io.StringIO())
    monkeypatch.setenv("CI", "true")
    assert not wanted(_Terminal())
    stream = _Terminal()
    bar = ProgressBar(stream)
    bar("reading", 5, 10)
    bar("reading", 10, 10)
    assert "reading" in stream.getvalue() and "10/10" in stream.getvalue()
    bar.close()
    assert stream.getvalue().endswith("\r")
