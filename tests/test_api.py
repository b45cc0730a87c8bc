import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import factlint


def test_public_surface_is_pinned():
    assert sorted(factlint.__all__) == [
        "Config",
        "Diagnostic",
        "DocumentError",
        "FactlintError",
        "Quantity",
        "Report",
        "__version__",
        "check_paths",
        "extract_quantities",
        "find_quantities",
        "lint",
        "load_config",
        "parse_document",
        "read_document",
    ]
    for name in factlint.__all__:
        assert hasattr(factlint, name)


def test_package_declares_its_types():
    assert (Path(factlint.__file__).parent / "py.typed").is_file()


def test_quantity_json_field_names_are_the_contract():
    fields = list(factlint.Quantity.model_fields)
    assert fields[:10] == [
        "kind",
        "unit",
        "value",
        "low",
        "high",
        "approx",
        "currency",
        "start",
        "end",
        "text",
    ]


# The pipeline's layers, lowest first: a module may import only those before it.
STAGES = [
    "errors",
    "severity",
    "textfiles",
    "lazyregex",
    "files",
    "workers",
    "progress",
    "documents",
    "quantities",
    "formula",
    "yamlsource",
    "claims",
    "diagnostics",
    "figures",
    "kinds",
    "rulepacks",
    "suppressions",
    "reading",
    "cache",
    "config",
    "focus",
    "linter",
    "baseline",
    "reporters",
    "cli",
]


def test_every_module_has_a_layer():
    package = Path(factlint.__file__).parent
    modules = {p.stem for p in package.glob("*.py")} | {
        p.name for p in package.iterdir() if (p / "__init__.py").is_file()
    }
    assert modules - {"__init__", "__main__"} == set(STAGES)


def test_layers_import_only_downwards():
    package = Path(factlint.__file__).parent
    for position, stage in enumerate(STAGES):
        later = STAGES[position + 1 :]
        files = (
            [package / f"{stage}.py"]
            if (package / f"{stage}.py").exists()
            else list((package / stage).glob("*.py"))
        )
        for file in files:
            source = file.read_text(encoding="utf-8")
            for higher in later:
                assert f"factlint.{higher}" not in source, f"{file.name} imports {higher}"


def test_modules_import_cleanly():
    for stage in STAGES:
        importlib.import_module(f"factlint.{stage}")


def test_the_command_line_starts_without_loading_the_pipeline():
    # --version and the argument parser must not pay for pydantic, YAML,
    # pint or the pipeline's patterns; each command imports what it needs.
    code = (
        "import sys, factlint.cli; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('pydantic', 'yaml', 'pint', 'regex') or m.startswith('factlint.claims')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "[]"


def test_public_names_load_on_first_use():
    code = "import factlint, sys; factlint.lint; print('factlint.linter' in sys.modules)"
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "True"
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        factlint.nothing  # noqa: B018
