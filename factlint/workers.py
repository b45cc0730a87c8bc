"""Spread per-document work over processes, keeping the order of the inputs.

Reading a document is pure Python and independent of the other documents
once the corpus's names are known, so it scales with processes, not
threads.  Results come back in input order whatever the number of
processes, so a check with ``--jobs 4`` reports exactly what ``--jobs 1``
does.  Few items are not worth starting processes for: each process must
import the pipeline first.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

__all__ = ["MIN_ITEMS_PER_JOB", "default_jobs", "spread"]

Item = TypeVar("Item")
Result = TypeVar("Result")

# Below this many items per process, starting the processes costs more
# than they save.
MIN_ITEMS_PER_JOB = 25


def default_jobs() -> int:
    """Return how many processes this machine can run at once (its usable cores)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def spread(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    jobs: int,
    setup: Callable[..., None] | None = None,
    setup_args: tuple[Any, ...] = (),
) -> Iterator[Result]:
    """Yield ``function(item)`` for each item, in order, using up to ``jobs`` processes.

    ``setup(*setup_args)`` runs once in each process before its first item
    (and in this process when the work stays here), to hand over what
    every item needs, such as the corpus's names.  ``function`` must be a
    module-level function.
    """
    jobs = min(jobs, len(items) // MIN_ITEMS_PER_JOB)
    if jobs <= 1:
        if setup is not None:
            setup(*setup_args)
        yield from map(function, items)
        return
    from concurrent.futures import ProcessPoolExecutor  # costly to import; few runs need it

    chunk = max(1, min(64, len(items) // (jobs * 8)))
    with ProcessPoolExecutor(jobs, initializer=setup, initargs=setup_args) as pool:
        yield from pool.map(function, items, chunksize=chunk)
