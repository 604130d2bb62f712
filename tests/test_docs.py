"""The README's Python examples run as written."""

from __future__ import annotations

import contextlib
import io
import os
import re

from tests.conftest import ROOT


def test_readme_python_blocks_run() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
    assert blocks
    here = os.getcwd()
    os.chdir(ROOT)  # the examples name files relative to the checkout
    try:
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            for block in blocks:
                exec(compile(block, "README.md", "exec"), {})
    finally:
        os.chdir(here)
    assert "agreement count" in printed.getvalue() and "count" in printed.getvalue()
