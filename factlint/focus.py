"""Keep the findings that touch the files in focus, anchored on those files.

A pre-commit hook is given only the staged files, sometimes split over
several runs, while a contradiction needs the whole corpus to be seen.  So
the corpus is checked whole and the given files are the *focus*: a finding
is kept when its primary claim or one of its related claims is in a focus
file.  When only a related claim is, that claim becomes the primary one
(and the old primary a related one), so the report points into the file
being committed.  Which files are in focus never changes what is found,
only what is shown.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Collection, Iterable

from factlint.diagnostics import Finding

__all__ = ["anchored", "focus_keys", "same_file"]


def same_file(path: str) -> str:
    """Return a key under which two spellings of one file's path are equal.

    Links are followed, as ``realpath`` does; a corpus's files share a few
    folders, so each folder is resolved once and each file costs one check
    for being a link itself.
    """
    if path == "-":
        return path
    if os.path.islink(path):
        return os.path.normcase(os.path.realpath(path))
    folder, name = os.path.split(os.path.abspath(path))
    return os.path.normcase(os.path.join(_resolved(folder), name))


@functools.lru_cache(maxsize=4096)
def _resolved(folder: str) -> str:
    """Return a folder's path with every link resolved."""
    return os.path.realpath(folder)


def focus_keys(paths: Iterable[str]) -> frozenset[str]:
    """Return the ``same_file`` keys of the focus paths, computed once per run."""
    return frozenset(same_file(path) for path in paths)


def anchored(finding: Finding, focus: Collection[str]) -> Finding | None:
    """Return the finding pointing into a focus file, or None if it touches none.

    ``focus`` holds ``same_file`` keys.
    """
    if same_file(finding.primary.location.path) in focus:
        return finding
    chosen = next((c for c in finding.related if same_file(c.location.path) in focus), None)
    if chosen is None:
        return None
    others = tuple(c for c in finding.related if c is not chosen)
    return finding.model_copy(update={"primary": chosen, "related": (finding.primary, *others)})
