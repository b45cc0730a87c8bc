"""A progress bar on standard error, for long runs watched on a terminal.

Only a person at a terminal wants one: output piped to a file or a CI log
must stay free of carriage returns and redrawn lines, so the bar is drawn
only when the stream is a terminal and no CI environment is detected.  It
redraws at most a few times a second and erases itself when done.
"""

from __future__ import annotations

import os
import time
from typing import TextIO

__all__ = ["ProgressBar", "wanted"]

_WIDTH = 30
_EVERY = 0.1  # seconds between redraws


def wanted(stream: TextIO) -> bool:
    """Tell whether a bar belongs on ``stream``: a terminal, outside CI."""
    return stream.isatty() and not os.environ.get("CI") and os.environ.get("TERM") != "dumb"


class ProgressBar:
    """Draw how far each stage has come: ``reading [#####.....] 1200/5000``."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._last = 0.0
        self._drawn = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        """Redraw for a stage, unless the last redraw was a moment ago."""
        now = time.monotonic()
        if done < total and now - self._last < _EVERY:
            return
        self._last = now
        filled = _WIDTH * done // max(total, 1)
        bar = "#" * filled + "." * (_WIDTH - filled)
        self.stream.write(f"\r{stage:<8} [{bar}] {done}/{total}")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        """Erase the bar, leaving the line clean for what follows."""
        if self._drawn:
            self.stream.write("\r" + " " * (_WIDTH + 30) + "\r")
            self.stream.flush()
