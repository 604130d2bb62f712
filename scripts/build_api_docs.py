#!/usr/bin/env python3
"""Build the API reference (HTML, from the docstrings) into docs/api/ with pdoc.

Usage: python scripts/build_api_docs.py [--out DIR]

Documents the package's front (``factcmp``) and the modules its public names live in; the
engines, claims reader, aligner and reports are internals and left out. Any warning pdoc gives
(a module that fails to import, a docstring it cannot read) fails the build with exit status 1:
the test suite runs this script. Needs the ``docs`` extra (pdoc).
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PUBLIC_MODULES = (
    "factcmp.api",
    "factcmp.model",
    "factcmp.values",
    "factcmp.names",
    "factcmp.export",
    "factcmp.io",
    "factcmp.htmltext",
    "factcmp.claims.model",
    "factcmp.compare.model",
)


def build(out: Path) -> list[str]:
    """Write the reference into ``out``; the warnings pdoc gave, as text."""
    import pdoc
    import pdoc.render

    pdoc.render.configure(docformat="restructuredtext", footer_text="factcmp API reference", search=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        # The package alone (its submodules are internals), then the public modules one by one.
        pdoc.pdoc("factcmp", r"!factcmp\.", *PUBLIC_MODULES, output_directory=out)
    return [f"{warning.category.__name__}: {warning.message}" for warning in caught]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "api", help="output directory (default: docs/api)")
    args = parser.parse_args()
    problems = build(args.out)
    for problem in problems:
        print(f"build_api_docs: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"API reference in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
