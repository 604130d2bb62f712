"""What the build scripts of shipped files share: write the file, or with ``--check`` fail when
the committed one is not what the script would write."""

from __future__ import annotations

import sys
from pathlib import Path


def write_or_check(target: Path, text: str, *, check: bool, rebuild: str, summary: str) -> int:
    """Write ``text`` to ``target`` (saying ``summary``), or check that ``target`` holds it; the
    exit status. ``rebuild``: the command that brings a stale file up to date."""
    if check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            print(f"{target} is stale: run {rebuild}", file=sys.stderr)
            return 1
        print(f"{target} is up to date")
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({summary})")
    return 0
