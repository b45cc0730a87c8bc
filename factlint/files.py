"""Turn the paths a user names into the files to read, in a stable order.

Folders are walked for the prose formats factlint reads; files named
explicitly are always read, whatever their extension, so a user can point
at any text file.  A path that does not exist is passed on as it is, and
reading it reports the error with its name.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

__all__ = ["PROSE_SUFFIXES", "expand_paths"]

PROSE_SUFFIXES = (".md", ".markdown", ".txt")


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Yield each named file, and the prose files under each named folder, sorted."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            yield from _walk(path)
        else:
            yield path


def _walk(folder: str) -> Iterator[str]:
    """Yield the prose files under ``folder`` in sorted order, skipping hidden ones."""
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.lower().endswith(PROSE_SUFFIXES) and not name.startswith("."):
                yield os.path.join(root, name)
