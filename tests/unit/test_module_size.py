"""Small modules, named after what they do: none in calculators/, macros/, hooks/ or scripts/ is longer
than 300 lines (issue 9)."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = sorted(p for folder in ("calculators", "macros", "hooks", "scripts")
                 for p in (ROOT / folder).rglob("*") if p.suffix in {".py", ".mjs"})


def test_there_are_modules_to_check():
    assert len(MODULES) > 30


@pytest.mark.parametrize("module", MODULES, ids=[str(p.relative_to(ROOT)) for p in MODULES])
def test_no_module_is_longer_than_300_lines(module):
    assert len(module.read_text(encoding="utf-8").splitlines()) <= 300
