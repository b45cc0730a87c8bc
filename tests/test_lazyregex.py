"""Tests for factlint.lazyregex: patterns compiled on first use, behaving as compiled ones."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
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
    real = regex.compile

    def counting(source: str, flags: int = 0) -> regex.Pattern[str]:
        compiled.append(source)
        return real(source, flags)

    monkeypatch.setattr(lazyregex.regex, "compile", counting)
    lazy = compile_lazily(r"\d+%")
    assert compiled == []
    assert lazy.search("up 5%") is not None
    assert lazy.search("down 3%") is not None
    assert [m.group() for m in lazy.finditer("4% and 6%")] == ["4%", "6%"]
    assert compiled == [r"\d+%"]


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


def test_every_pattern_of_the_package_compiles() -> None:
    found = 0
    for module_info in pkgutil.walk_packages(factlint.__path__, "factlint."):
        if module_info.name.endswith("__main__"):  # runs the command line
            continue
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            for pattern in _patterns(value):
                assert pattern.pattern, f"{module_info.name}.{name}"
                found += 1
    assert found > 200
