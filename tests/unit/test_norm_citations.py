"""Every norm a page, data file or template cites exists in calculators/norms.py, the one place that
holds the handbook's numbers (DESIGN.md §1)."""
import re
from pathlib import Path

import pytest

from calculators.norms import NORMS
from macros.text import cited_keys

ROOT = Path(__file__).resolve().parents[2]
MACRO_CALL = re.compile(r"""\bnorm(?:_value|_bron|_jaar)?\(\s*["']([^"']+)["']\s*\)""")


def citations() -> list[tuple[str, str]]:
    found = []
    for path in sorted((ROOT / "docs").rglob("*.md")) + sorted((ROOT / "templates").rglob("*.html")):
        found += [(str(path.relative_to(ROOT)), key) for key in MACRO_CALL.findall(path.read_text(encoding="utf-8"))]
    for path in sorted((ROOT / "data").rglob("*.yml")):
        text = path.read_text(encoding="utf-8")
        found += [(str(path.relative_to(ROOT)), key) for key in cited_keys(text)]
        found += [(str(path.relative_to(ROOT)), key) for key in MACRO_CALL.findall(text)]
    return found


def test_pages_and_data_cite_norms():
    """A negative control for the scan itself: the bouwstenen cite at least these norms."""
    keys = {key for _, key in citations()}
    assert {"boeken_per_leerling_min", "boeken_per_leerling_optimaal", "looptijd_overeenkomst_min",
            "afkoop_leenrecht_sinds"} <= keys


@pytest.mark.parametrize("where,key", citations())
def test_cited_norm_exists(where, key):
    assert key in NORMS, f"{where} citeert de onbekende norm '{key}'"


def test_scan_recognises_every_form():
    text = 'x {{ norm("a") }} {{ norm_value(\'b\') }} {{ norm_bron("c") }} {{ norm_jaar("d") }}'
    assert MACRO_CALL.findall(text) == ["a", "b", "c", "d"]
    assert cited_keys("{norm:e} {norm_value:f} {jaar:g} {onbekend:h} {naam}") == ["e", "f", "g"]
