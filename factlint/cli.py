"""The ``factlint`` command: parse arguments, run a stage, print, set the exit code.

Each command imports the parts of the pipeline it needs when it runs, so
``factlint --version`` and a one-file check start fast.

Exit codes of ``check``: 0 when nothing at or above the fail level was
found, 1 when something was or a file could not be read, 2 for a usage,
configuration or rule error (those stop the run; an unreadable article
does not).  ``extract`` and ``claims`` exit 1 when some input could not be
read (each such file is named on standard error and the others still run).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from factlint import __version__
from factlint.reporters import FORMATS
from factlint.severity import SEVERITIES, at_least

if TYPE_CHECKING:
    from factlint.config import Config

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    from factlint.errors import FactlintError

    parser = _parser()
    args = parser.parse_args(argv)
    gc.set_threshold(*_COLLECT_AFTER)
    if args.command is None or (args.command == "rules" and args.action is None):
        parser.print_help(sys.stderr)
        return 2
    if args.command == "extract":
        return _extract(args.paths or ["-"], args.format)
    if args.command == "rules" and args.action == "check":
        return _check_rule_files(args.files)
    try:
        return _configured(args)
    except FactlintError as error:
        print(f"factlint: {error.one_line()}", file=sys.stderr)
        return 2


# The garbage collector's thresholds for a run (Python's defaults: 700, 10,
# 10).  A run makes many objects that live to its end (readings, claims,
# names), which the default collects walk again and again: about 30 ms of
# a 0.5 s pre-commit run on one changed article.  Cycles are rare in them,
# so collecting less often costs a few megabytes at most.
_COLLECT_AFTER = (10_000, 10, 10)


def _configured(args: argparse.Namespace) -> int:
    """Run a command that reads the configuration and the rules."""
    config = _config(args)
    gc.freeze()  # what importing made lives as long as the process: never walk it
    if args.command == "rules":
        return _list_rules(config, args.rules, args.format)
    if args.command == "claims":
        return _claims(args.paths, args.format, config, args.rules)
    if not args.paths and not config.corpus:
        print("factlint: no path given and no corpus configured", file=sys.stderr)
        return 2
    return _check(args, config)


def _config(args: argparse.Namespace) -> Config:
    """Load the configuration and apply the command line's overrides."""
    from factlint.config import find_config, load_config

    path = Path(args.config) if args.config else find_config(Path.cwd())
    if path is not None and path.is_absolute():  # name it, and the corpus, as a user would
        path = Path(os.path.relpath(path))
    config = load_config(path)
    overrides = {
        key: (*getattr(config, key), *getattr(args, key, []))
        for key in ("select", "ignore")
        if getattr(args, key, None)
    }
    return config.model_copy(update=overrides)


def _parser() -> argparse.ArgumentParser:
    """Build the argument parser, one sub-command a pipeline entry point."""
    parser = argparse.ArgumentParser(
        prog="factlint", description="Find contradictory figures across articles."
    )
    parser.add_argument("--version", action="version", version=f"factlint {__version__}")
    commands = parser.add_subparsers(dest="command")
    extract = commands.add_parser(
        "extract", help="print every money and percentage expression of each file"
    )
    extract.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders; - reads standard input"
    )
    extract.add_argument("--format", choices=("text", "jsonl"), default="text")
    _check_parser(commands.add_parser("check", help="report contradictions across the files"))
    claims = commands.add_parser("claims", help="print the claims factlint reads in the files")
    claims.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    claims.add_argument("--format", choices=("text", "jsonl"), default="text")
    _rule_options(claims)
    _rules_parser(commands.add_parser("rules", help="list the active rules, or check rule files"))
    return parser


def _rule_options(parser: argparse.ArgumentParser) -> None:
    """Add the options that choose the configuration and the rules."""
    parser.add_argument("--config", metavar="FILE", help="configuration file to use")
    parser.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="PATH",
        help="extra rule pack folder (repeatable)",
    )
    parser.add_argument(
        "--select", action="append", metavar="RULE", help="run only this rule or pack"
    )
    parser.add_argument("--ignore", action="append", metavar="RULE", help="skip this rule or pack")


def _check_parser(check: argparse.ArgumentParser) -> None:
    """Add the arguments of ``check``."""
    check.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders (with a configured corpus: the files to report on)",
    )
    check.add_argument("--format", choices=FORMATS, default="text")
    check.add_argument(
        "--fail-level", choices=SEVERITIES, help="lowest severity that fails the run"
    )
    check.add_argument(
        "--exit-zero", action="store_true", help="exit 0 even when something is found"
    )
    baseline = check.add_mutually_exclusive_group()
    baseline.add_argument(
        "--baseline", metavar="FILE", help="report only findings not accepted in this file"
    )
    baseline.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="accept every current finding: write them to FILE and exit 0",
    )
    check.add_argument(
        "--jobs",
        type=_positive,
        metavar="N",
        help="processes reading the files (default: the machine's cores); "
        "the results never depend on it",
    )
    caching = check.add_mutually_exclusive_group()
    caching.add_argument(
        "--cache-dir",
        metavar="DIR",
        help="where to keep readings between runs (default: $FACTLINT_CACHE_DIR, "
        "else .factlint-cache at the project's root)",
    )
    caching.add_argument(
        "--no-cache", action="store_true", help="read every file afresh and keep nothing"
    )
    check.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text output (auto: on a terminal, unless NO_COLOR is set)",
    )
    _rule_options(check)


def _rules_parser(rules: argparse.ArgumentParser) -> None:
    """Add the ``rules list`` and ``rules check`` sub-commands."""
    actions = rules.add_subparsers(dest="action")
    listing = actions.add_parser("list", help="show the rules a check would run")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    _rule_options(listing)
    checking = actions.add_parser("check", help="validate rule files")
    checking.add_argument(
        "files", nargs="+", metavar="FILE", help="rule files, facts.yaml files or pack folders"
    )


def _report_unreadable(errors: Sequence[str]) -> None:
    """Name each unreadable file on standard error."""
    for error in errors:
        print(f"factlint: {error}", file=sys.stderr)


def _check(args: argparse.Namespace, config: Config) -> int:
    """Check the files and print the diagnostics; exit 1 on findings at the fail level."""
    from factlint.linter import check_paths
    from factlint.progress import ProgressBar, wanted
    from factlint.reporters import reporter
    from factlint.reporters.run import Run
    from factlint.workers import default_jobs

    bar = ProgressBar(sys.stderr) if wanted(sys.stderr) else None
    try:
        report = check_paths(
            args.paths,
            config,
            args.rules,
            jobs=args.jobs or default_jobs(),
            cache=None if args.no_cache else _cache_dir(args.cache_dir, config),
            keep_claims=False,
            progress=bar,
        )
    finally:
        if bar is not None:
            bar.close()
    _report_unreadable(report.errors)
    if args.write_baseline:
        from factlint.baseline import write_baseline

        write_baseline(args.write_baseline, report.diagnostics)
        print(f"factlint: {len(report.diagnostics)} finding(s) written to {args.write_baseline}")
        return 0
    diagnostics = report.diagnostics
    if args.baseline:
        from factlint.baseline import filter_accepted, load_baseline

        diagnostics = tuple(filter_accepted(diagnostics, load_baseline(args.baseline)))
    summary = {
        "files": report.documents,
        "quantities": report.quantities,
        "claims": report.claim_count,
        "diagnostics": len(diagnostics),
    }
    run = Run(
        diagnostics=diagnostics, summary=summary, rules=report.rules, colour=_colour(args.color)
    )
    sys.stdout.write(reporter(args.format)(run))
    fail_level = args.fail_level or config.fail_level
    failed = report.errors or any(at_least(d.severity, fail_level) for d in diagnostics)
    return 1 if failed and not args.exit_zero else 0


def _cache_dir(given: str | None, config: Config) -> Path:
    """Choose the cache folder: the option, the environment, or the project's root."""
    from factlint.linter import default_cache

    chosen = given or os.environ.get("FACTLINT_CACHE_DIR")
    return Path(chosen) if chosen else default_cache(config)


def _positive(text: str) -> int:
    """Read a count of at least one."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return value


def _colour(choice: str) -> bool:
    """Colour only a terminal, unless told otherwise or NO_COLOR is set."""
    if choice != "auto":
        return choice == "always"
    return (
        sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
    )


def _claims(paths: Sequence[str], output_format: str, config: Config, rules: Sequence[str]) -> int:
    """Print the claims of the files."""
    from factlint.linter import check_paths
    from factlint.reporters.claims import render_jsonl, render_text

    report = check_paths(paths, config.model_copy(update={"corpus": ()}), rules)
    _report_unreadable(report.errors)
    render = render_jsonl if output_format == "jsonl" else render_text
    sys.stdout.write(render(report.claims))
    return 1 if report.errors else 0


def _list_rules(config: Config, rules: Sequence[str], output_format: str) -> int:
    """Print the rules a check would run with this configuration."""
    from factlint.config import configured_catalog
    from factlint.reporters.rules import render_json, render_text

    catalog = configured_catalog(config, rules)
    render = render_json if output_format == "json" else render_text
    sys.stdout.write(render(catalog.rules))
    return 0


def _check_rule_files(files: Sequence[str]) -> int:
    """Validate rule files one by one; name every problem; exit 1 if there is one."""
    from factlint.errors import FactlintError
    from factlint.rulepacks import check_rule_file

    paths = [p for f in files for p in _rule_files(Path(f))]
    problems = 0
    for path in paths:
        try:
            check_rule_file(path)
        except FactlintError as error:
            problems += 1
            print(f"factlint: {error.one_line()}", file=sys.stderr)
    print(f"{len(paths)} rule file(s) checked, {problems} with problems")
    return 1 if problems else 0


def _rule_files(path: Path) -> list[Path]:
    """Return the YAML files of a pack folder, or the file itself."""
    return sorted(path.glob("*.yaml")) if path.is_dir() else [path]


def _extract(paths: Sequence[str], output_format: str) -> int:
    """Print the quantities of every file; name unreadable files on stderr."""
    from factlint.linter import read_all
    from factlint.quantities import extract_quantities
    from factlint.reporters.quantities import Located, render_jsonl, render_table

    documents, errors = read_all(paths)
    _report_unreadable(errors)
    records = [
        Located(path=document.path, line=line, column=column, quantity=quantity)
        for document in documents
        for quantity in extract_quantities(document)
        for line, column in [document.line_column(quantity.start)]
    ]
    render = render_jsonl if output_format == "jsonl" else render_table
    sys.stdout.write(render(records))
    return 1 if errors else 0
