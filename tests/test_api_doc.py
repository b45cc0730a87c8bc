"""docs/api.md: every Python example runs and prints what the page says."""

import contextlib
import io
import re
from pathlib import Path

import pytest

PAGE = Path(__file__).parents[1] / "docs" / "api.md"
EXAMPLE = re.compile(r"```python\n(.*?)```\n\nprints\n\n```text\n(.*?)```", re.S)


def examples():
    return EXAMPLE.findall(PAGE.read_text(encoding="utf-8"))


def test_the_page_has_examples_with_their_output():
    assert len(examples()) >= 2


@pytest.mark.parametrize("code, printed", examples())
def test_example_prints_what_the_page_says(code, printed):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, str(PAGE), "exec"), {})
    assert out.getvalue() == printed
