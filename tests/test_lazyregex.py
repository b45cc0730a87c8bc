"""Tests for factlint.lazyregex: patterns compiled on first use, behaving as compiled ones."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import regex

import factlint
from factlint import lazyregex
from factlint.lazyregex import compile_lazily


def test_answers_as_the_compiled_pattern() -> None:
    lazy = compile_lazily(r"(?P<figure>\d+)\s*bn", regex.I)
    text = "Sales of 12 BN and 3bn"
    assert lazy.search(text)["figure"] == "12"
    assert [m["figure"] for m in lazy.finditer(text)] == ["12", "3"]
    assert lazy.findall(text) == ["12", "3"]
    assert lazy.sub("X", text) == "Sales of X and X"
    assert lazy.match(text) is None
    assert lazy.fullmatch("7 bn") is not None
    assert lazy.groupindex == {"figure": 1}
    assert lazy.flags & regex.I


def test_compiles_once_on_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    real = lazyregex._compile

    def counting(source: str, flags: int = 0) -> regex.Pattern[str]:
        compiled.append(source)
        return real(source, flags)

    monkeypatch.setattr(lazyregex, "_compile", counting)
    lazy = compile_lazily(r"\d+%")
    assert compiled == []
    assert lazy.search("up 5%") is not None
    assert lazy.search("down 3%") is not None
    assert [m.group() for m in lazy.finditer("4% and 6%")] == ["4%", "6%"]
    assert compiled == [r"\d+%"]


def test_the_standard_compiler_takes_what_it_can_read() -> None:
    assert isinstance(lazyregex._compile(r"(?i)\b(?:rose|fell)\s+\d+%"), re.Pattern)
    for source, flags in [
        (r"(?<=\bup|\bdown)\s+\d+", 0),  # a lookbehind of varying width
        (r"\p{Lu}\p{Ll}+", 0),  # a Unicode property
        (r"(?r)\d+", 0),  # a reverse search
        (r"(?P<n>\d+)%|(?P<n>\d+) per cent", 0),  # a group name used twice
        (r"\d+", regex.V0),  # a flag of regex's own
    ]:
        assert isinstance(lazyregex._compile(source, flags), regex.Pattern), source


def test_a_faulty_pattern_fails_when_used() -> None:
    lazy = compile_lazily(r"(unclosed")
    with pytest.raises(regex.error):
        lazy.search("text")


def _patterns(value: Any) -> Iterator[Any]:
    """Yield the lazy patterns in a module-level value and the containers it holds."""
    if isinstance(value, lazyregex._LazyPattern):
        yield value
    elif isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _patterns(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _patterns(item)


def _sample_text() -> str:
    """Return prose the package's patterns are made for: the stories of the test corpora."""
    here = Path(__file__).parent
    files = sorted(here.glob("corpus_*/*/*.md"))[:40] + sorted(here.glob("corpus_*/*/*.txt"))[:40]
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def test_every_pattern_of_the_package_compiles_and_matches_as_regex_would() -> None:
    text = _sample_text()
    found = 0
    for module_info in pkgutil.walk_packages(factlint.__path__, "factlint."):
        if module_info.name.endswith("__main__"):  # runs the command line
            continue
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            for pattern in _patterns(value):
                where = f"{module_info.name}.{name}"
                assert pattern.pattern, where
                found += 1
                if isinstance(pattern._compiled, re.Pattern):
                    by_regex = regex.compile(pattern._source, pattern._flags)
                    mine = [(m.span(), m.groups()) for m in pattern.finditer(text)]
                    theirs = [(m.span(), m.groups()) for m in by_regex.finditer(text)]
                    assert mine == theirs, where
    assert found > 200
