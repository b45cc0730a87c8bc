"""Which files a corpus glob stands for."""

from pathlib import Path

from factlint.files import glob_files


def test_corpus_globs_take_prose_files_and_walk_folders(tmp_path):
    (tmp_path / "a" / "deep").mkdir(parents=True)
    for name in ("a/one.md", "a/two.txt", "a/skip.pdf", "a/deep/three.markdown", "top.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = glob_files(tmp_path, ["a", "*.md", "a/*.md"])
    assert [Path(p).relative_to(tmp_path).as_posix() for p in found] == [
        "a/deep/three.markdown",
        "a/one.md",
        "a/two.txt",
        "top.md",
    ]
