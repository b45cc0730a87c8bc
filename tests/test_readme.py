import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme)


def test_readme_gives_two_commands_install_and_run_then_test():
    install_and_run, test = commands()[:2]
    assert "factlint" in install_and_run and "examples/" in install_and_run
    assert test.endswith("pytest")


def test_ci_runs_exactly_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert commands()[1] in ci


def test_every_example_article_is_read(tmp_path):
    from factlint import extract_quantities, read_document

    articles = sorted((ROOT / "examples").glob("*.md"))
    assert len(articles) >= 2
    for path in articles:
        assert extract_quantities(read_document(path)), path


def test_python_examples_print_what_the_readme_says():
    import doctest

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    examples = "\n".join(re.findall(r"```python\n(.+?)```", readme, re.S))
    test = doctest.DocTestParser().get_doctest(examples, {}, "README.md", "README.md", 0)
    assert test.examples
    result = doctest.DocTestRunner().run(test)
    assert result.failed == 0
