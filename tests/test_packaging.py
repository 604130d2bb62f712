"""Packaging: licences shipped, one version, the API reference builds without warnings, the
library logs without handlers, and the polyglot extra's errors name what is missing."""

from __future__ import annotations

import importlib.metadata
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

import factcmp
from tests.conftest import ROOT, SEEDS


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **(env or {})}
    command = [sys.executable, *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT, env=environment)


def test_licence_and_notice_ship_with_the_distribution() -> None:
    metadata = importlib.metadata.metadata("factcmp")
    assert metadata["License-Expression"] == "MIT"
    assert sorted(metadata.get_all("License-File") or []) == ["LICENSE", "NOTICE"]
    notice = (ROOT / "NOTICE").read_text(encoding="utf-8")
    assert "GeoNames" in notice and "CC BY 4.0" in notice and "Unicode License v3" in notice
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_one_version() -> None:
    assert factcmp.__version__ == importlib.metadata.version("factcmp")
    result = _run("-m", "factcmp", "--version")
    assert result.stdout == f"factcmp {factcmp.__version__}\n"
    assert f"## {factcmp.__version__}" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_the_extras_name_what_their_packages_import() -> None:
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    polyglot = {requirement.split(">")[0].split("=")[0] for requirement in project["optional-dependencies"]["polyglot"]}
    assert polyglot >= {"polyglot", "PyICU", "numpy", "morfessor", "six"}
    assert not any(".invalid" in url for url in project.get("urls", {}).values())  # no placeholder host


def test_the_api_reference_builds_without_a_warning(tmp_path: Path) -> None:
    result = _run("scripts/build_api_docs.py", "--out", str(tmp_path))
    assert result.returncode == 0 and result.stderr == "", result.stderr
    api = (tmp_path / "factcmp" / "api.html").read_text(encoding="utf-8")
    assert "The mentions of <code>kinds</code>" in api  # extract's docstring, as reStructuredText
    assert (tmp_path / "factcmp" / "export.html").is_file() and (tmp_path / "factcmp.html").is_file()


def test_the_library_configures_no_logging_handler() -> None:
    loggers = [logging.getLogger(name) for name in logging.root.manager.loggerDict if name.startswith("factcmp")]
    assert loggers and all(logger.handlers == [] for logger in loggers)


def test_verbose_logs_what_is_read_on_stderr() -> None:
    seed = str(sorted(SEEDS.glob("*.txt"))[0])
    quiet = _run("-m", "factcmp", "extract", "-q", "--kinds", "date", seed)
    verbose = _run("-m", "factcmp", "extract", "-q", "--verbose", "--kinds", "date", seed)
    assert quiet.stderr == "" and quiet.stdout == verbose.stdout
    assert verbose.stderr == f"factcmp: factcmp.io: {seed}: read as text\n"


def test_a_missing_polyglot_dependency_is_named_in_one_line(tmp_path: Path) -> None:
    # polyglot as installed without one of the modules it imports but does not declare.
    tag = tmp_path / "polyglot" / "tag"
    tag.mkdir(parents=True)
    (tmp_path / "polyglot" / "__init__.py").write_text("", encoding="utf-8")
    (tag / "__init__.py").write_text("", encoding="utf-8")
    missing = "raise ImportError(\"No module named 'morfessor'\", name='morfessor')\n"
    (tag / "base.py").write_text(missing, encoding="utf-8")
    env = {"PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path]), "FACTCMP_NER": "polyglot"}
    result = _run("-m", "factcmp", "extract", "-q", "--kinds", "person", str(sorted(SEEDS.glob("*.txt"))[0]), env=env)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == (
        "factcmp: polyglot cannot be loaded: morfessor is not installed; install the extra: "
        "pip install 'factcmp[polyglot]' (polyglot, PyICU, numpy, morfessor, six)\n"
    )
