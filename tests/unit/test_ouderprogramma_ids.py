"""Every programme the budget calculator offers exists in the programme overview data (same ids)."""
from pathlib import Path

import pytest
import yaml

from calculators import ouderprogramma

ROOT = Path(__file__).resolve().parents[2]


def programme_ids() -> set[str]:
    data = yaml.safe_load((ROOT / "data" / "programmas.yml").read_text(encoding="utf-8"))
    return {item["id"] for item in data["programmas"]}


@pytest.mark.parametrize("choice_id", [choice for choice, _ in ouderprogramma.FIELDS[0].choices])
def test_choice_id_exists_in_programme_data(choice_id):
    assert choice_id in programme_ids()

