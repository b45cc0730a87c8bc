"""Bad input: each bad file gets one line naming it, and the run goes on with the rest.

Only configuration and rule errors stop a run (exit 2).  Nothing factlint
runs writes to the files it checks.
"""

import os
from pathlib import Path

import pytest

from factlint.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def check(capsys, *argv: str) -> tuple[int, str, list[str]]:
    code = main(["check", *argv])
    out, err = capsys.readouterr()
    return code, out, err.splitlines()


def assert_rest_checked(out: str) -> None:
    assert "2 problem(s)" in out  # the examples' two contradictions


@pytest.mark.parametrize(
    ("name", "content", "cause"),
    [
        ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("latin1.txt", "Revenue rose to £5m.\n".encode("latin-1"), "invalid UTF-8"),
        ("nul.md", b"Revenue was $5 million.\x00\n", "binary file"),
    ],
)
def test_a_bad_file_is_one_line_naming_it(capsys, tmp_path, name, content, cause):
    (tmp_path / name).write_bytes(content)
    code, out, err = check(capsys, str(tmp_path / name), str(EXAMPLES))
    (line,) = err
    assert line.startswith(f"factlint: {tmp_path / name}")
    assert cause in line
    assert code == 1
    assert_rest_checked(out)


def test_invalid_utf8_names_its_line(capsys, tmp_path):
    (tmp_path / "bad.md").write_bytes(b"fine\nalso fine\nbroken \xe9 here\n")
    _, _, err = check(capsys, str(tmp_path / "bad.md"), str(EXAMPLES))
    assert err == [f"factlint: {tmp_path / 'bad.md'}:3: invalid UTF-8 (byte 0xE9 at column 8)"]


def test_an_empty_file_is_not_an_error(capsys, tmp_path):
    (tmp_path / "empty.md").write_bytes(b"")
    code, out, err = check(capsys, str(tmp_path / "empty.md"), str(EXAMPLES))
    assert err == []
    assert code == 1  # the examples' findings
    assert "in 3 file(s)" in out


def test_a_50_mb_file_is_refused_by_name_and_the_rest_is_checked(capsys, tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    code, out, err = check(capsys, str(huge), str(EXAMPLES))
    (line,) = err
    assert line == f"factlint: {huge}: file is 50.0 MB, over the 10.0 MB limit"
    assert code == 1
    assert_rest_checked(out)


def test_a_missing_path_is_named(capsys, tmp_path):
    code, out, err = check(capsys, str(tmp_path / "nowhere.md"), str(EXAMPLES))
    assert err == [f"factlint: {tmp_path / 'nowhere.md'}: no such file"]
    assert code == 1
    assert_rest_checked(out)


def test_a_folder_of_thousands_of_files_is_read_whole(capsys, tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    for number in range(2000):
        (folder / f"note-{number:04}.md").write_text(f"Note {number}.\n", encoding="utf-8")
    (folder / "zz-bad.md").write_bytes(b"\xff")
    code, out, err = check(capsys, str(folder))
    assert len(err) == 1 and "zz-bad.md" in err[0]
    assert "in 2000 file(s)" in out
    assert code == 1


def test_a_rule_file_with_a_syntax_error_stops_the_run(capsys, tmp_path):
    pack = tmp_path / "house"
    pack.mkdir()
    (pack / "broken.yaml").write_text("kind: agree\nfacts: [revenue\nmessage: m\n")
    code, out, err = check(capsys, "--rules", str(pack), str(EXAMPLES))
    assert code == 2 and out == ""
    (line,) = err
    assert line.startswith(f"factlint: {pack / 'broken.yaml'}:") and "YAML syntax error" in line


def test_a_configuration_error_stops_the_run(capsys, tmp_path, monkeypatch):
    (tmp_path / ".factlint.yaml").write_text("corpus: [a]\nfail-levle: error\n")
    monkeypatch.chdir(tmp_path)
    code, out, err = check(capsys, str(EXAMPLES))
    assert code == 2 and out == ""
    assert err == [
        "factlint: .factlint.yaml:2: unknown key 'fail-levle' (did you mean 'fail-level'?)"
    ]


def test_nothing_is_written_to_the_checked_files(capsys, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for source in EXAMPLES.iterdir():
        (corpus / source.name).write_bytes(source.read_bytes())
    (corpus / "bad.md").write_bytes(b"\xff\xfe")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in corpus.iterdir()}
    for output in ("text", "json"):
        check(capsys, "--format", output, str(corpus))
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in corpus.iterdir()} == before
    assert sorted(os.listdir(corpus)) == sorted(p.name for p in before)
