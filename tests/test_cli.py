import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factlint import __version__
from factlint.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "deal.md"
    path.write_text(
        "---\ntitle: Northwind pays $3 billion\ndate: 2025-06-09\n---\n"
        "# Northwind buys Globex\n\n"
        "Northwind agreed to pay over $2 billion for a 30% stake.\n\n"
        '```\nprice = "$99 million"\n```\n\n'
        "See [the filing](https://example.com/q?share=45%) and `$5 billion` in code.\n"
        "<!-- draft: $7 billion -->\n",
        encoding="utf-8",
    )
    return path


def test_jsonl_gives_every_field_with_path_line_and_column(capsys, article):
    code, out, _ = run(capsys, "extract", "--format", "jsonl", str(article))
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r["text"] for r in records] == ["over $2 billion", "30%"]
    first = records[0]
    assert first == {
        "path": str(article),
        "line": 7,
        "column": 25,
        "kind": "money",
        "unit": None,
        "value": 2000000000,
        "low": 2000000000,
        "high": None,
        "approx": False,
        "currency": "USD",
        "start": first["start"],
        "end": first["start"] + len("over $2 billion"),
        "text": "over $2 billion",
        "qualifier": "over",
        "rounding_low": 1800000000,
        "rounding_high": 2200000000,
    }
    assert article.read_text(encoding="utf-8")[first["start"] : first["end"]] == first["text"]


def test_plain_text_is_read_as_prose_except_urls(capsys, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("```\nIt cost $5 million.\n```\nhttps://x.org/?a=5%\n", encoding="utf-8")
    _, out, _ = run(capsys, "extract", "--format", "jsonl", str(path))
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["$5 million"]


def test_text_table_has_a_header_and_one_row_per_quantity(capsys, article):
    code, out, _ = run(capsys, "extract", str(article))
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split() == [
        "location",
        "kind",
        "value",
        "low",
        "high",
        "approx",
        "currency",
        "text",
    ]
    assert lines[1].split()[:7] == [
        f"{article}:7:25",
        "money",
        "2,000,000,000",
        "2,000,000,000",
        "-",
        "no",
        "USD",
    ]
    assert lines[1].endswith("over $2 billion")
    assert len(lines) == 3


def test_folders_are_walked_in_sorted_order(capsys, tmp_path):
    (tmp_path / "b.md").write_text("It paid $2 million.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("It paid $1 million.\n", encoding="utf-8")
    (tmp_path / "skip.csv").write_text("It paid $3 million.\n", encoding="utf-8")
    _, out, _ = run(capsys, "extract", "--format", "jsonl", str(tmp_path))
    assert [Path(json.loads(line)["path"]).name for line in out.splitlines()] == ["a.txt", "b.md"]


def test_standard_input(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Up 5 per cent.\n")))
    code, out, _ = run(capsys, "extract", "--format", "jsonl", "-")
    assert code == 0
    assert json.loads(out)["path"] == "-"
    assert json.loads(out)["value"] == 5


def test_a_bad_file_is_named_and_the_others_still_run(capsys, tmp_path):
    good = tmp_path / "good.md"
    good.write_text("It paid $1 million.\n", encoding="utf-8")
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"fine line\nbad \xff byte\n")
    code, out, err = run(
        capsys, "extract", "--format", "jsonl", str(bad), str(tmp_path / "gone.md"), str(good)
    )
    assert code == 1
    assert len(out.splitlines()) == 1
    assert f"{bad}:2: invalid UTF-8" in err
    assert f"{tmp_path / 'gone.md'}: no such file" in err


def test_checked_files_are_never_modified(capsys, article):
    before = article.read_bytes(), article.stat().st_mtime_ns
    run(capsys, "extract", str(article))
    assert (article.read_bytes(), article.stat().st_mtime_ns) == before


def test_no_command_is_a_usage_error(capsys):
    code, _, err = run(capsys)
    assert code == 2
    assert "usage: factlint" in err


def test_version_of_the_installed_command():
    result = subprocess.run(
        [sys.executable, "-m", "factlint", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"factlint {__version__}"
