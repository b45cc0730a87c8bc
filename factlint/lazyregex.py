r"""Regular expressions compiled when a text first needs them, by the quicker compiler.

The ``regex`` module parses a pattern in Python, so compiling the few
hundred reading patterns up front costs about 0.15 s: a quarter of a
pre-commit run that reads one changed article, and much of it for
patterns that article never needs (dates written in words, quotes, ranges).
A pattern made here costs nothing until it is first used; from then on its
methods are the compiled pattern's own, so matching costs what it always
did.

Most patterns are also within the syntax of the standard library's ``re``,
which compiles them about three times faster; ``regex``'s version 0, which
every pattern here is written for, matches as ``re`` does by design.  The
rest (lookbehinds of varying width, ``\p{...}`` classes, reverse searches,
group names used twice) are compiled by ``regex``.
"""

from __future__ import annotations

import re
from typing import Any, cast

import regex

__all__ = ["compile_lazily"]

# The methods copied onto a pattern once compiled, so a call after the
# first finds them at once instead of going through ``__getattr__``.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split", "subn")

# Flags both modules give the same meaning (and value).
_SHARED_FLAGS = int(regex.I | regex.M | regex.S | regex.X | regex.A)


class _LazyPattern:
    """A pattern's source and flags until first used, then the compiled pattern's methods."""

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags
        self._compiled: regex.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and friends probing: not a pattern's
            raise AttributeError(name)
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = _compile(self._source, self._flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"compile_lazily({self._source!r}, {self._flags!r})"


def compile_lazily(source: str, flags: int = 0) -> regex.Pattern[str]:
    """Return a pattern that compiles ``source`` with ``flags`` on its first use.

    It answers every method and attribute a compiled pattern of both
    modules has.  A faulty pattern raises ``regex.error`` on first use, not
    here: the test suite compiles every pattern of the package to find one.
    """
    return cast("regex.Pattern[str]", _LazyPattern(source, flags))


def _compile(source: str, flags: int = 0) -> regex.Pattern[str]:
    """Compile with ``re`` when the pattern is within its syntax, else with ``regex``."""
    if not flags & ~_SHARED_FLAGS:
        try:
            return cast("regex.Pattern[str]", re.compile(source, int(flags)))
        except re.error:
            pass
    return regex.compile(source, flags)
