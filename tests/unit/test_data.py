"""The data mechanism: every problem in every file at once, in Dutch, as file › item › field › reason."""
import shutil
from pathlib import Path

import pytest

from macros.data import DataError, load_data
from tests.unit.datatree import edit_text as edit
from tests.unit.datatree import problems

ROOT = Path(__file__).resolve().parents[2]

BOUWSTENEN = """\
soorten:
  - id: samenwerking
    titel: Samenwerking
    uitleg: Zeven bouwstenen.
bouwstenen:
  - id: leesplan
    titel: Leesplan
    soort: samenwerking
    kort: Plan.
    relaties:
      - bouwsteen: monitor
        toelichting: Voedt het plan.
  - id: monitor
    titel: Monitor
    soort: samenwerking
    kort: Onderzoek.
    relaties: []
"""

PLAN = """\
id: proef
titel: Proefplan
intro: Een plan om te testen.
bron: testbron
partijen:
  - id: bibliotheek
    naam: Bibliotheek
stappen:
  - id: een
    titel: Eerste stap
    doel: Beginnen.
    voor_wie: {partijen: [bibliotheek], samen: false}
    beslissingen:
      - vraag: Doorgaan?
        uitkomsten:
          - {antwoord: Ja, gevolg: Verder., naar_stap: twee}
          - {antwoord: Nee, gevolg: Stoppen.}
  - id: twee
    titel: Tweede stap
    doel: Afronden.
"""


@pytest.fixture
def tree(tmp_path):
    """A minimal data/ and the real schemas/, to break on purpose."""
    data = tmp_path / "data"
    (data / "stappenplannen").mkdir(parents=True)
    (data / "bouwstenen.yml").write_text(BOUWSTENEN, encoding="utf-8")
    (data / "stappenplannen" / "proef.yml").write_text(PLAN, encoding="utf-8")
    schemas = tmp_path / "schemas"
    schemas.mkdir()
    # A frozen minimal bouwstenen schema (the real one grows with the content) and the real
    # generic step-plan schema: this file tests the mechanism, not the content.
    shutil.copy(Path(__file__).parent / "schemas" / "bouwstenen.schema.json", schemas)
    shutil.copy(ROOT / "schemas" / "stappenplannen.schema.json", schemas)
    return data, schemas




def test_valid_tree_loads(tree):
    data = load_data(*tree)
    assert [b["id"] for b in data["bouwstenen"]["bouwstenen"]] == ["leesplan", "monitor"]
    assert data["stappenplannen"]["proef"]["stappen"][1]["id"] == "twee"


def test_real_data_loads():
    data = load_data(ROOT / "data", ROOT / "schemas")
    blocks = data["bouwstenen"]["bouwstenen"]
    assert len(blocks) == 10
    assert sum(b["soort"] == "samenwerking" for b in blocks) == 7
    assert sum(b["soort"] == "bibliotheek" for b in blocks) == 3


def test_missing_field_names_file_item_field_and_reason(tree):
    data, schemas = tree
    edit(data / "bouwstenen.yml", "    kort: Onderzoek.\n", "")
    assert problems(data, schemas) == [
        "data/bouwstenen.yml › bouwstenen › bouwsteen 2 (Monitor) › kort: ontbreekt."]


def test_every_problem_is_reported_at_once(tree):
    data, schemas = tree
    edit(data / "bouwstenen.yml", "    soort: samenwerking\n    kort: Plan.", "    soort: school\n    kort: Plan.")
    edit(data / "bouwstenen.yml", "  - id: monitor", "  - id: Monitor!")
    edit(data / "stappenplannen" / "proef.yml", "    doel: Afronden.\n", "    doel: Afronden.\n    kleur: rood\n")
    found = problems(data, schemas)
    assert len(found) == 4, found  # the renamed id also breaks the relation that points to it
    assert "data/bouwstenen.yml › bouwstenen › bouwsteen 1 (Leesplan) › soort: moet een van deze waarden zijn: samenwerking, bibliotheek." in found
    assert any(p.startswith("data/bouwstenen.yml › bouwstenen › bouwsteen 2 (Monitor) › id: moet een id zijn") for p in found)
    assert any("relatie 1 › bouwsteen: 'monitor' bestaat niet" in p for p in found)
    assert "data/stappenplannen/proef.yml › stappen › stap 2 (Tweede stap) › kleur: dit veld is onbekend; controleer de spelling of haal het weg." in found


def test_relation_to_unknown_bouwsteen_is_an_error(tree):
    data, schemas = tree
    edit(data / "bouwstenen.yml", "bouwsteen: monitor", "bouwsteen: moniter")
    assert problems(data, schemas) == [
        "data/bouwstenen.yml › bouwstenen › bouwsteen 1 (Leesplan) › relaties › relatie 1 › bouwsteen: "
        "'moniter' bestaat niet in data/bouwstenen; kies een bestaand id."]


def test_duplicate_ids_are_an_error(tree):
    data, schemas = tree
    edit(data / "bouwstenen.yml", "  - id: monitor", "  - id: leesplan")
    found = problems(data, schemas)
    assert any("bouwsteen 2 (Monitor) › id: 'leesplan' komt vaker voor" in p for p in found), found


def test_step_plan_references_are_checked_within_the_plan(tree):
    data, schemas = tree
    plan = data / "stappenplannen" / "proef.yml"
    edit(plan, "naar_stap: twee", "naar_stap: drie")
    edit(plan, "partijen: [bibliotheek]", "partijen: [school]")
    found = problems(data, schemas)
    assert "data/stappenplannen/proef.yml › stappen › stap 1 (Eerste stap) › voor_wie › partijen › partij 1: " \
           "'school' bestaat niet in data/stappenplannen/proef.yml; kies een bestaand id." in found
    assert any("beslissing 1 (Doorgaan?) › uitkomsten › uitkomst 1 › naar_stap: 'drie' bestaat niet" in p for p in found), found


def test_file_in_a_folder_must_carry_its_file_name_as_id(tree):
    data, schemas = tree
    edit(data / "stappenplannen" / "proef.yml", "id: proef", "id: ander")
    assert problems(data, schemas) == [
        "data/stappenplannen/proef.yml › id: moet gelijk zijn aan de bestandsnaam ('proef')."]


def test_yaml_syntax_error_names_the_line(tree):
    data, schemas = tree
    edit(data / "bouwstenen.yml", "    kort: Plan.\n", "    kort: [Plan.\n")
    found = problems(data, schemas)
    assert len(found) == 1 and found[0].startswith("data/bouwstenen.yml › regel ") and "geen geldige YAML" in found[0]


def test_file_without_schema_is_an_error(tree):
    data, schemas = tree
    (data / "los.yml").write_text("a: 1\n", encoding="utf-8")
    assert problems(data, schemas) == [
        "data/los.yml: er is geen schema voor dit soort bestand (verwacht: schemas/los.schema.json)."]


def test_wrong_type_is_named_in_dutch(tree):
    data, schemas = tree
    edit(data / "bouwstenen.yml", "    relaties: []", "    relaties: geen")
    assert problems(data, schemas) == [
        "data/bouwstenen.yml › bouwstenen › bouwsteen 2 (Monitor) › relaties: moet een lijst zijn."]


def test_build_error_message_is_one_readable_block(tree):
    data, schemas = tree
    edit(data / "bouwstenen.yml", "    kort: Onderzoek.\n", "")
    with pytest.raises(DataError) as error:
        load_data(data, schemas)
    assert str(error.value).startswith("De inhoud in data/ bevat 1 fout(en); de site is niet gebouwd:")
