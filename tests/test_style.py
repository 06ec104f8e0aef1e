"""The code base stays ruff clean (part of the suite, so CI and the README command check it)."""

import importlib.util
import subprocess
import sys

import pytest

from .conftest import ROOT


def test_ruff_clean():
    if importlib.util.find_spec("ruff") is None:
        pytest.skip("ruff is not installed (it comes with the test extra)")
    command = [sys.executable, "-m", "ruff", "check", "src", "tests", "benchmarks"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout
