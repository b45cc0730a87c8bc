"""Measure whole ``factlint check`` runs on generated corpora against a one-pass floor.

For each size it generates a corpus with ``corpus.py`` (or reuses one kept
earlier), then prints the median wall time of the installed
``factlint check --format json --exit-zero --no-cache DIR/articles`` (the
whole process reading every file afresh, on all cores unless ``--jobs`` says
otherwise, output to a file), its throughput in MB/s and articles/s, its
peak memory, the *floor* (reading every file and one pass of one compiled
``regex`` money/percent pattern over it, in one process) and the ratio of
the two.  Then how the cost per article grows between sizes (1.0 is linear),
and cold-start times: ``factlint --version``, ``factlint check`` of one
small article, and the pre-commit case: one article inside a corpus with
its ``.factlint.yaml`` checked without a cache, and with a warm cache after
the article changed (a sentence added before each run).

factlint runs as an installed package does, from its cached bytecode:
``PYTHONDONTWRITEBYTECODE`` is dropped from its environment and every
cold-start case runs once, untimed, before it is measured (otherwise each
run would compile the package's sources again, about 70 ms).

Each process is started from a fresh child of this script, so the peak
memory (``ru_maxrss`` of that child's children) is that of the largest
single process of the run: factlint's own, or one of its workers'.
A run slower than ``--timeout`` is stopped and reported as "timeout", and
larger sizes are then skipped.

Run: ``python benchmarks/check.py --sizes 1000 10000 --repeat 3 [--keep DIR] [--jobs N]``.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import multiprocessing
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from corpus import stories, write_corpus
from extract import FLOOR

# factlint's environment: as a user's, where Python keeps compiled bytecode.
_ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


@dataclass(frozen=True)
class Run:
    """One finished process: its wall time in seconds and peak memory in MB."""

    seconds: float
    peak_mb: float


@dataclass(frozen=True)
class Size:
    """The medians measured on one corpus; ``None`` where a run timed out."""

    articles: int
    megabytes: float
    check: Run | None
    floor: float


def run_process(command: list[str], cwd: Path, output: Path, timeout: float) -> Run | None:
    """Run ``command`` to completion; return its wall time and peak memory, None on timeout.

    Meant to run in a fresh process, whose only child is ``command``.  Exit
    codes 0 and 1 (findings) are expected; any other stops the benchmark.
    The process is awaited with one blocking wait and stopped by a timer:
    waiting with a timeout polls, at up to 50 ms a time, which would add
    to the short runs measured.
    """
    began = time.perf_counter()
    with output.open("wb") as out:
        process = subprocess.Popen(command, cwd=cwd, stdout=out, env=_ENVIRONMENT)
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        try:
            returncode = process.wait()
        finally:
            timer.cancel()
    seconds = time.perf_counter() - began
    if seconds >= timeout:
        return None
    if returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} exited with {returncode}")
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return Run(seconds, peak_kb / 1024)


def measured(command: list[str], cwd: Path, output: Path, timeout: float) -> Run | None:
    """Run ``command`` through a fresh child process, so its peak memory is its own."""
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as child:
        return child.submit(run_process, command, cwd, output, timeout).result()


def median_run(
    command: list[str],
    cwd: Path,
    output: Path,
    timeout: float,
    repeat: int,
    before: Callable[[int], None] | None = None,
) -> Run | None:
    """Return the median time and memory of ``repeat`` runs; None if one timed out.

    ``before(number)`` runs before each run, untimed (to change a file, say).
    Each run is printed as it ends, so a long measurement shows progress.
    """
    runs = []
    for number in range(1, repeat + 1):
        if before is not None:
            before(number)
        run = measured(command, cwd, output, timeout)
        if run is None:
            return None
        print(f"  run {number}/{repeat}: {run.seconds:.3f} s, {run.peak_mb:.0f} MB", flush=True)
        runs.append(run)
    return Run(
        statistics.median(r.seconds for r in runs), statistics.median(r.peak_mb for r in runs)
    )


def articles_of(root: Path) -> list[Path]:
    """The article files of a generated corpus, in order."""
    return sorted((root / "articles").glob("*/*.md"))


def ensure_corpus(root: Path, articles: int, seed: int) -> None:
    """Generate the corpus at ``root`` unless a complete one is already there."""
    if (root / ".factlint.yaml").is_file() and len(articles_of(root)) == articles:
        print(f"reusing {root}")
        return
    shutil.rmtree(root, ignore_errors=True)
    began = time.perf_counter()
    write_corpus(articles, root, seed)
    print(f"generated {articles} articles in {time.perf_counter() - began:.1f} s: {root}")


def floor_seconds(root: Path, repeat: int) -> float:
    """Median time to list and read every article and run the floor pattern over it."""
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        for path in articles_of(root):
            FLOOR.findall(path.read_text(encoding="utf-8"))
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def factlint() -> str:
    """The installed ``factlint`` command, preferably next to this interpreter."""
    here = str(Path(sys.executable).parent)
    found = shutil.which("factlint", path=here) or shutil.which("factlint")
    if found is None:
        sys.exit("factlint is not installed")
    return found


def measure_size(root: Path, args: argparse.Namespace) -> Size:
    """Measure the full check and the floor on the corpus at ``root``; print both."""
    files = articles_of(root)
    megabytes = sum(p.stat().st_size for p in files) / 1_000_000
    command = [factlint(), "check", "--format", "json", "--exit-zero", "--no-cache"]
    command += [*(["--jobs", str(args.jobs)] if args.jobs else []), str(root / "articles")]
    output = root.parent / f"report-{len(files)}.json"
    print(f"{len(files)} articles: {' '.join(command[1:])}")
    check = median_run(command, root.parent, output, args.timeout, args.repeat)
    size = Size(len(files), megabytes, check, floor_seconds(root, args.repeat))
    print_size(size, args.repeat)
    return size


def print_size(size: Size, repeat: int) -> None:
    """Print one size's figures, one per line."""
    label = f"{size.articles} articles"
    print(f"{label}: corpus {size.megabytes:.1f} MB")
    print(f"{label}: floor {size.floor:.3f} s ({size.megabytes / size.floor:.1f} MB/s)")
    if size.check is None:
        print(f"{label}: check timeout")
        return
    seconds = size.check.seconds
    print(f"{label}: check {seconds:.2f} s (median of {repeat})")
    print(f"{label}: check {size.megabytes / seconds:.2f} MB/s")
    print(f"{label}: check {size.articles / seconds:.1f} articles/s")
    print(f"{label}: check peak memory {size.check.peak_mb:.0f} MB")
    print(f"{label}: check/floor {seconds / size.floor:.0f}x")


def growth(smaller: Size, larger: Size) -> float | None:
    """Time per article at the larger size over time per article at the smaller one."""
    if smaller.check is None or larger.check is None:
        return None
    per_small = smaller.check.seconds / smaller.articles
    return larger.check.seconds / larger.articles / per_small


def print_growth(sizes: list[Size]) -> None:
    """Print the cost growth between each pair of consecutive sizes."""
    for smaller, larger in zip(sizes, sizes[1:], strict=False):
        ratio = growth(smaller, larger)
        shown = "timeout" if ratio is None else f"{ratio:.2f} (1.0 = linear)"
        print(f"growth {smaller.articles} -> {larger.articles} articles: {shown}")


def cold_starts(work: Path, precommit: Path | None, args: argparse.Namespace) -> dict[str, Run]:
    """Measure and print the cold-start cases; return their medians by label."""
    single = work / "single"
    single.mkdir(exist_ok=True)
    _, texts = next(stories(1, args.seed))
    (single / "one.md").write_text(texts[0][1], encoding="utf-8")
    cases: dict[str, tuple[list[str], Path, Callable[[int], None] | None]] = {
        "factlint --version": ([factlint(), "--version"], single, None),
        "factlint check one.md": ([factlint(), "check", "--no-cache", "one.md"], single, None),
    }
    if precommit is not None:
        first = articles_of(precommit)[0]
        name = str(first.relative_to(precommit))
        label = f"pre-commit: check one.md in {precommit.name}"
        cases[f"{label}, no cache"] = ([factlint(), "check", "--no-cache", name], precommit, None)
        fill = [factlint(), "check", "--exit-zero", "--format", "json"]
        print(f"filling the cache of {precommit.name}: {' '.join(fill[1:])}")
        measured(fill, precommit, work / "fill.out", args.timeout)
        cases[f"{label}, warm cache, the file changed"] = (
            [factlint(), "check", name],
            precommit,
            lambda number: edit(first, number),
        )
    results = {}
    for label, (command, cwd, before) in cases.items():
        measured(command, cwd, work / "cold.out", args.timeout)  # bytecode written, untimed
        run = median_run(command, cwd, work / "cold.out", args.timeout, args.repeat, before)
        print(f"cold start, {label}: " + ("timeout" if run is None else f"{run.seconds:.3f} s"))
        if run is not None:
            results[label] = run
    return results


def edit(path: Path, number: int) -> None:
    """Change an article as a writer would before committing: one more sentence."""
    text = path.read_text(encoding="utf-8").rstrip("\n")
    path.write_text(f"{text}\n\nUpdated, version {number}: the figures stand.\n", "utf-8")


def print_table(sizes: list[Size], cold: dict[str, Run]) -> None:
    """Print the summary table of every figure."""
    print("\n| articles | MB | check s | MB/s | articles/s | peak MB | floor s | check/floor |")
    print("|---|---|---|---|---|---|---|---|")
    for size in sizes:
        cells = [str(size.articles), f"{size.megabytes:.1f}"]
        if size.check is None:
            cells += ["timeout", "-", "-", "-"]
        else:
            seconds = size.check.seconds
            cells += [
                f"{seconds:.2f}",
                f"{size.megabytes / seconds:.2f}",
                f"{size.articles / seconds:.1f}",
                f"{size.check.peak_mb:.0f}",
            ]
        ratio = "-" if size.check is None else f"{size.check.seconds / size.floor:.0f}x"
        cells += [f"{size.floor:.3f}", ratio]
        print("| " + " | ".join(cells) + " |")
    print("\n| cold start | s | peak MB |")
    print("|---|---|---|")
    for label, run in cold.items():
        print(f"| {label} | {run.seconds:.3f} | {run.peak_mb:.0f} |")


def measure_all(work: Path, args: argparse.Namespace) -> None:
    """Measure every size, the growth between them and the cold starts; print them."""
    sizes: list[Size] = []
    for articles in sorted(args.sizes):
        if sizes and sizes[-1].check is None:
            print(f"{articles} articles: skipped, a smaller corpus timed out")
            continue
        root = work / f"corpus-{articles}"
        ensure_corpus(root, articles, args.seed)
        sizes.append(measure_size(root, args))
    print_growth(sizes)
    archive = [s for s in sizes if s.articles == args.precommit_size and s.check is not None]
    if not archive:
        print(f"pre-commit case skipped: no measured {args.precommit_size}-article corpus")
    precommit = work / f"corpus-{args.precommit_size}" if archive else None
    cold = cold_starts(work, precommit, args)
    print_table(sizes, cold)


def main() -> None:
    """Parse the command line and print every figure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[1000, 10_000], help="corpus sizes in articles"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds allowed per run")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated corpora")
    parser.add_argument(
        "--precommit-size",
        type=int,
        default=10_000,
        help="corpus (one of --sizes) in which one article is checked as pre-commit does",
    )
    parser.add_argument("--keep", type=Path, help="keep (and reuse) corpora in this folder")
    parser.add_argument(
        "--jobs", type=int, help="processes for the full checks (default: factlint's own)"
    )
    args = parser.parse_args()
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        measure_all(args.keep.resolve(), args)
        return
    with tempfile.TemporaryDirectory(prefix="factlint-bench-") as work:
        measure_all(Path(work), args)


if __name__ == "__main__":
    main()
