"""The built wheel carries the built-in rule packs and checks without the repository."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_ships_the_rule_packs_and_runs_from_them(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("factlint-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "factlint/_rules/deals/facts.yaml" in names
    assert "factlint/_rules/deals/implied-valuation.yaml" in names
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    result = subprocess.run(
        [sys.executable, "-m", "factlint", "check", "--format", "json", str(ROOT / "examples")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(unpacked), "PATH": ""},
    )
    assert result.returncode == 1, result.stderr
    assert '"rule": "deals.implied-valuation"' in result.stdout
    assert (
        str(unpacked)
        in subprocess.run(
            [sys.executable, "-c", "import factlint.rulepacks as r; print(r.builtin_packs())"],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env={"PYTHONPATH": str(unpacked)},
        ).stdout
    )
