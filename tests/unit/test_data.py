"""The data mechanism: every problem in every file at once, in Dutch, as file › item › field › reason;
shared schema definitions; page references."""
import json
import shutil
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from macros.data import DataError, load_data
from tests.unit.datatree import copy_schemas, copy_tree, edit_yaml, link_docs, problems
from tests.unit.datatree import edit_text as edit

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
herkomst: {publicatie: proefgids, sectie: "hoofdstuk 1, Stappen"}
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
    """A minimal data/ and its schemas, to break on purpose."""
    data = tmp_path / "data"
    (data / "stappenplannen").mkdir(parents=True)
    (data / "bouwstenen.yml").write_text(BOUWSTENEN, encoding="utf-8")
    (data / "stappenplannen" / "proef.yml").write_text(PLAN, encoding="utf-8")
    link_docs(tmp_path)
    # The real generic step-plan schema and a frozen minimal bouwstenen schema (the real one grows
    # with the content): this file tests the mechanism, not the content. Both use the shared
    # definitions in schemas/_defs.schema.json.
    schemas = copy_schemas(tmp_path / "schemas", ["stappenplannen"])
    shutil.copy(Path(__file__).parent / "schemas" / "minimal-bouwstenen.schema.json",
                schemas / "bouwstenen.schema.json")
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
    assert ("data/bouwstenen.yml › bouwstenen › bouwsteen 1 (Leesplan) › soort: "
            "moet een van deze waarden zijn: samenwerking, bibliotheek.") in found
    assert any(p.startswith("data/bouwstenen.yml › bouwstenen › bouwsteen 2 (Monitor) › id: moet een id zijn")
               for p in found)
    assert any("relatie 1 › bouwsteen: 'monitor' bestaat niet" in p for p in found)
    assert ("data/stappenplannen/proef.yml › stappen › stap 2 (Tweede stap) › kleur: "
            "dit veld is onbekend; controleer de spelling of haal het weg.") in found


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
    assert any("beslissing 1 (Doorgaan?) › uitkomsten › uitkomst 1 › naar_stap: 'drie' bestaat niet" in p
               for p in found), found


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


# ---- shared schema definitions (schemas/_defs.schema.json) -------------------------------------

SCHEMAS = sorted(p for p in (ROOT / "schemas").glob("*.schema.json") if p.name != "_defs.schema.json")
DATA_FILES = sorted((ROOT / "data").rglob("*.yml"))


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_every_schema_uses_the_shared_definitions(path):
    schema = json.loads(path.read_text(encoding="utf-8"))
    shared = json.loads((ROOT / "schemas" / "_defs.schema.json").read_text(encoding="utf-8"))["$defs"]
    assert schema["$id"] == path.name  # references resolve from the file's own name, as in an editor
    assert '"_defs.schema.json#/$defs/' in path.read_text(encoding="utf-8")
    assert not set(schema.get("$defs", {})) & set(shared), "a local copy of a shared definition"


def test_messages_and_names_come_through_a_reference_into_the_shared_file(tmp_path):
    """competenties.yml › lijsten uses _defs' `lijst`, whose `links` use _defs' `link` and `url`."""
    tree = copy_tree(tmp_path, ["competenties.yml", "literatuur.yml"], ["competenties", "literatuur"])
    edit_yaml(tree[0] / "competenties.yml", lambda d: d["lijsten"][0]["links"][0].update(url="onderwijskennis.nl"))
    edit_yaml(tree[0] / "competenties.yml", lambda d: d["lijsten"][0]["punten"][0].update(tekst=""))
    assert problems(tree) == [
        "data/competenties.yml › lijsten › lijst 1 (Wat uitvoerende professionals moeten kennen en kunnen) "
        "› links › link 1 (School en ouders als partners | Onderwijskennis) › url: "
        "moet een webadres zijn dat begint met http:// of https://.",
        "data/competenties.yml › lijsten › lijst 1 (Wat uitvoerende professionals moeten kennen en kunnen) "
        "› punten › punt 1 › tekst: mag niet leeg zijn."]


def test_missing_shared_definitions_are_named(tree):
    data, schemas = tree
    (schemas / "_defs.schema.json").unlink()
    found = problems(data, schemas)
    assert found and all("verwijst naar iets dat niet bestaat" in p for p in found), found


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.relative_to(ROOT / "data").as_posix())
def test_every_data_file_points_editors_to_its_schema(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    kind = path.parent.name if path.parent != ROOT / "data" else path.stem
    depth = "../" * len(path.relative_to(ROOT / "data").parts)
    assert first == f"# yaml-language-server: $schema={depth}schemas/{kind}.schema.json"


def editor_registry() -> Registry:
    """Schemas fetched by file address, relative `$id`s taken relative to that address: what an editor does."""
    def retrieve(uri: str) -> Resource:
        contents = json.loads(Path(uri.removeprefix("file://")).read_text(encoding="utf-8"))
        return Resource.from_contents({**contents, "$id": uri}, default_specification=DRAFT202012)
    return Registry(retrieve=retrieve)


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.relative_to(ROOT / "data").as_posix())
def test_schema_references_resolve_from_the_files_as_in_an_editor(path):
    text = path.read_text(encoding="utf-8")
    schema_path = (path.parent / text.splitlines()[0].split("$schema=")[1]).resolve()
    schema = {**json.loads(schema_path.read_text(encoding="utf-8")), "$id": schema_path.as_uri()}
    validator = Draft202012Validator(schema, registry=editor_registry())
    assert list(validator.iter_errors(yaml.safe_load(text))) == []


# ---- page references -----------------------------------------------------------------------------

def test_missing_pages_are_reported_with_every_other_problem(tmp_path):
    """zie_ook, publications and step-plan tools name pages as docs/ files; all are checked at load."""
    data, schemas = copy_tree(tmp_path, ["bouwstenen.yml", "publicaties.yml", "stappenplannen/startroute.yml"],
                              ["bouwstenen", "publicaties", "stappenplannen"])
    edit_yaml(data / "bouwstenen.yml", lambda d: d["bouwstenen"][0]["zie_ook"][0].update(pagina="handboek/begin.md"))
    edit_yaml(data / "publicaties.yml", lambda d: d["publicaties"][0]["op_deze_site"].append("over-ons.md"))
    edit_yaml(data / "stappenplannen/startroute.yml", lambda d: d["stappen"][0].pop("titel"))
    found = problems(data, schemas)
    assert len(found) == 3, found
    assert any(p.startswith("data/bouwstenen.yml › bouwstenen › bouwsteen 1 (Netwerk & Beleid) › zie_ook › ")
               and p.endswith("pagina: de pagina docs/handboek/begin.md bestaat niet; kies een bestaande pagina.")
               for p in found), found
    assert any(p.startswith("data/publicaties.yml › publicaties › publicatie 1 ")
               and p.endswith("de pagina docs/over-ons.md bestaat niet; kies een bestaande pagina.") for p in found)
    assert any(p.endswith("titel: ontbreekt.") for p in found)


# ---- herkomst: where content comes from (schemas/_defs.schema.json, check_origins) -------------------

@pytest.fixture
def with_publications(tmp_path):
    return copy_tree(tmp_path, ["bouwstenen.yml", "publicaties.yml", "stappenplannen/startroute.yml"],
                     ["bouwstenen", "publicaties", "stappenplannen"])


def test_origin_naming_an_unknown_publication_is_an_error(with_publications):
    data, schemas = with_publications
    edit_yaml(data / "bouwstenen.yml", lambda d: d["bouwstenen"][2]["herkomst"].update(publicatie="handboek-vo"))
    edit_yaml(data / "stappenplannen/startroute.yml",
              lambda d: d["herkomst_velden"][1]["herkomst"].update(aanvulling="x", publicatie="elders"))
    assert problems(data, schemas) == [  # the schemas' problems first, then the cross-references
        "data/stappenplannen/startroute.yml › herkomst_velden › herkomst van velden 2 › herkomst: geef publicatie "
        "én sectie (een van de vijf publicaties), of buiten (een andere bron, eventueel met url), of aanvulling "
        "(wat deze site toevoegt en hoe), en niet meer dan één daarvan.",
        "data/bouwstenen.yml › bouwstenen › bouwsteen 3 (Leesomgeving & Collectie) › herkomst › publicatie: "
        "'handboek-vo' bestaat niet in data/publicaties; kies een bestaand id.",
        "data/stappenplannen/startroute.yml › herkomst_velden › herkomst van velden 2 › herkomst › publicatie: "
        "'elders' bestaat niet in data/publicaties; kies een bestaand id.",
    ]


@pytest.mark.parametrize("origin", [
    {"publicatie": "handboek-po"},                       # no heading
    {"sectie": "hoofdstuk 2"},                            # no publication
    {"buiten": "CBS", "sectie": "tabel 3"},               # two kinds at once
    {},
])
def test_origin_must_be_one_of_the_three_kinds(with_publications, origin):
    data, schemas = with_publications
    edit_yaml(data / "bouwstenen.yml", lambda d: d["bouwstenen"][0].update(herkomst=origin))
    found = problems(data, schemas)
    assert found == ["data/bouwstenen.yml › bouwstenen › bouwsteen 1 (Netwerk & Beleid) › herkomst: geef publicatie "
                     "én sectie (een van de vijf publicaties), of buiten (een andere bron, eventueel met url), of "
                     "aanvulling (wat deze site toevoegt en hoe), en niet meer dan één daarvan."]


def test_a_bouwsteen_without_origin_is_an_error(with_publications):
    data, schemas = with_publications
    edit_yaml(data / "bouwstenen.yml", lambda d: d["bouwstenen"][0].pop("herkomst"))
    assert problems(data, schemas) == ["data/bouwstenen.yml › bouwstenen › bouwsteen 1 (Netwerk & Beleid) › herkomst: "
                                       "ontbreekt."]

