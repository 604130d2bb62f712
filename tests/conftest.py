from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Property tests must not fail for being slow on a busy two-core machine: no per-example deadline.
settings.register_profile("factcmp", deadline=None)
settings.load_profile("factcmp")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"
# The project's shared folder (gold annotations, conformance cases, scorers) sits beside the checkout.
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared folder sits beside the checkout in CI)")
    return path
