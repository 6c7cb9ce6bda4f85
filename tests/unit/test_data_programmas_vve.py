"""Data of the programme overview and of the vve guide: the real files load, the fixed ids exist,
and broken copies fail with the right Dutch message (file › item › field › reason)."""
from pathlib import Path

import pytest

from macros.data import load_data
from tests.unit.datatree import copy_tree, problems
from tests.unit.datatree import edit_text as edit

ROOT = Path(__file__).resolve().parents[2]
# Another helper's calculator uses these ids: they must not change.
FIXED_IDS = {"voorleesexpress", "vve-thuis", "opstapje", "instapje", "thuis-in-taal", "verteltassen"}
# The data files of this part of the site (data/KIND.yml) and the step plan a programme refers to.
KINDS = ("programmas", "oudergroepen", "competenties", "literatuur", "wat-werkt")


@pytest.fixture
def tree(tmp_path):
    """A copy of this part's data files and their schemas, to break on purpose."""
    files = [f"{kind}.yml" for kind in KINDS] + ["stappenplannen/thuis-in-taal.yml"]
    return copy_tree(tmp_path, files, [*KINDS, "stappenplannen"])


def test_copy_of_real_data_loads(tree):
    data = load_data(*tree)
    ids = [p["id"] for p in data["programmas"]["programmas"]]
    assert set(ids) >= FIXED_IDS
    assert len(ids) == len(set(ids))


def test_programmes_carry_the_facts_of_the_source(tree):
    programmes = {p["id"]: p for p in load_data(*tree)["programmas"]["programmas"]}
    express = programmes["voorleesexpress"]
    assert (express["leeftijd_van"], express["leeftijd_tot"]) == (2, 8)
    assert express["intensiteit"] == "wekelijks" and express["duur"] == "twintig weken"
    assert express["erkenning"] == "effectief-eerste-aanwijzingen"
    assert [(programmes[i]["leeftijd_van"], programmes[i]["leeftijd_tot"])
            for i in ("vve-thuis", "instapje", "opstapje")] \
        == [(3, 6), (1, 2), (2, 4)]
    assert {programmes[i]["erkenning"] for i in ("vve-thuis", "instapje", "opstapje")} == {"goed-onderbouwd"}
    assert programmes["thuis-in-taal"]["stappenplan"] == "thuis-in-taal"


def test_thuis_in_taal_has_seven_steps(tree):
    plan = load_data(*tree)["stappenplannen"]["thuis-in-taal"]
    assert len(plan["stappen"]) == 7
    assert plan["stappen"][0]["titel"] == "Ken de taalomgeving thuis"
    assert plan["stappen"][6]["titel"] == "Help taal uitbreiden"


def test_age_range_upside_down_is_an_error(tree):
    data, schemas = tree
    edit(data / "programmas.yml", "    leeftijd_van: 2\n    leeftijd_tot: 8\n",
         "    leeftijd_van: 9\n    leeftijd_tot: 8\n")
    assert problems(data, schemas) == [
        "data/programmas.yml › programmas › programma 4 (VoorleesExpress) › leeftijd_tot: "
        "moet minstens gelijk zijn aan leeftijd_van (9); nu staat er 8."]


def test_half_an_age_range_is_an_error(tree):
    data, schemas = tree
    edit(data / "programmas.yml", "    leeftijd_van: 1\n    leeftijd_tot: 2\n", "    leeftijd_van: 1.5\n")
    assert problems(data, schemas) == [
        "data/programmas.yml › programmas › programma 2 (Instapje) › leeftijd_tot: "
        "ontbreekt; geef beide leeftijden (van en tot en met) of geen van beide."]


def test_decimal_age_is_allowed_but_text_is_not(tree):
    data, schemas = tree
    edit(data / "programmas.yml", "    leeftijd_van: 2\n    leeftijd_tot: 4\n",
         "    leeftijd_van: 2.5\n    leeftijd_tot: vier\n")
    assert problems(data, schemas) == [
        "data/programmas.yml › programmas › programma 3 (Opstapje) › leeftijd_tot: "
        "moet een leeftijd in jaren zijn, een getal van 0 tot en met 18 (bijvoorbeeld 2 of 2.5)."]


def test_unknown_setting_is_an_error(tree):
    data, schemas = tree
    edit(data / "programmas.yml", "    setting: groep\n", "    setting: bibliotheek\n")
    found = problems(data, schemas)
    assert found == ["data/programmas.yml › programmas › programma 7 (Thuis in Taal) › setting: "
                     "moet een van deze waarden zijn: thuis, groep, beide, niet-vermeld."]


def test_unknown_recognition_and_missing_name_are_reported_together(tree):
    data, schemas = tree
    edit(data / "programmas.yml", "    erkenning: goed-onderbouwd\n", "    erkenning: erkend\n")
    edit(data / "programmas.yml", "    naam: Opstapje\n", "")
    found = problems(data, schemas)
    assert "data/programmas.yml › programmas › programma 1 (VVE Thuis) › erkenning: moet een van deze waarden zijn: " \
           "goed-onderbouwd, effectief-eerste-aanwijzingen, niet-vermeld." in found
    assert "data/programmas.yml › programmas › programma 3 (opstapje) › naam: ontbreekt." in found
    assert len(found) == 2


def test_step_plan_of_a_programme_must_exist(tree):
    data, schemas = tree
    edit(data / "programmas.yml", "    stappenplan: thuis-in-taal\n", "    stappenplan: thuis-in-taal-oud\n")
    assert problems(data, schemas) == [
        "data/programmas.yml › programmas › programma 7 (Thuis in Taal) › stappenplan: "
        "'thuis-in-taal-oud' bestaat niet in data/stappenplannen; kies een bestaand id."]


def test_duplicate_programme_id_is_an_error(tree):
    data, schemas = tree
    edit(data / "programmas.yml", "  - id: opstapje\n", "  - id: instapje\n")
    found = problems(data, schemas)
    assert any("programma 3 (Opstapje) › id: 'instapje' komt vaker voor" in p for p in found), found


def test_link_must_be_a_web_address(tree):
    data, schemas = tree
    edit(data / "programmas.yml", "        url: https://www.bereslim.nl\n", "        url: www.bereslim.nl\n")
    assert problems(data, schemas) == [
        "data/programmas.yml › programmas › programma 6 (Bereslim) › links › link 1 (Bereslim) › url: "
        "moet een webadres zijn dat begint met http:// of https://."]


def test_four_groups_of_parents_with_their_tips(tree):
    groups = {g["id"]: g for g in load_data(*tree)["oudergroepen"]["groepen"]}
    assert list(groups) == ["laaggeletterde-ouders", "vluchtelingenouders", "ouders-met-zorgen", "vaders"]
    barriers = next(lijst for lijst in groups["laaggeletterde-ouders"]["lijsten"] if lijst["id"] == "drempels")
    assert len(barriers["punten"]) == 4 and barriers["genummerd"] is True
    assert [lijst["id"] for lijst in groups["ouders-met-zorgen"]["lijsten"]] == ["herkennen", "bespreken", "meedenken"]
    assert len(groups["vaders"]["lijsten"][0]["punten"]) == 8


def test_group_list_without_points_is_an_error(tree):
    data, schemas = tree
    edit(data / "oudergroepen.yml", "        punten:\n          - kop: Ruimte voor de eigen taal",
         "        punten: []\n        oud:\n          - kop: Ruimte voor de eigen taal")
    found = problems(data, schemas)
    assert "data/oudergroepen.yml › groepen › groep 2 (Vluchtelingenouders) › lijsten › lijst 1 " \
           "(Wat kinderopvang en school voor vluchtelingenouders kunnen doen) › punten: " \
           "moet minstens 1 item(s) bevatten." in found
    assert "data/oudergroepen.yml › groepen › groep 2 (Vluchtelingenouders) › lijsten › lijst 1 " \
           "(Wat kinderopvang en school voor vluchtelingenouders kunnen doen) › oud: " \
           "dit veld is onbekend; controleer de spelling of haal het weg." in found


def test_reference_to_unknown_literature_is_an_error(tree):
    data, schemas = tree
    edit(data / "wat-werkt.yml", "    bronnen: [kohnstamm-2022]\n", "    bronnen: [kohnstam-2022]\n")
    assert problems(data, schemas) == [
        "data/wat-werkt.yml › lijsten › lijst 3 (Aanbevelingen uit de praktijk) › bronnen › bron 1: "
        "'kohnstam-2022' bestaat niet in data/literatuur; kies een bestaand id."]


def test_competence_point_needs_text(tree):
    data, schemas = tree
    edit(data / "competenties.yml", "      - tekst: een open blik;\n", "      - kop: een open blik;\n")
    assert problems(data, schemas) == [
        "data/competenties.yml › lijsten › lijst 1 (Wat uitvoerende professionals moeten kennen en kunnen) "
        "› punten › punt 2 › tekst: ontbreekt."]


def test_literature_year_must_be_a_year(tree):
    data, schemas = tree
    edit(data / "literatuur.yml", "    jaar: 2001\n", "    jaar: '2001'\n")
    assert problems(data, schemas) == [
        "data/literatuur.yml › bronnen › bron 1 (epstein-2001) › jaar: moet een jaartal zijn, bijvoorbeeld 2022."]


def test_literature_keeps_authors_and_years_of_the_source(tree):
    sources = {b["id"]: b for b in load_data(*tree)["literatuur"]["bronnen"]}
    assert (sources["kurvers-van-steensel-2022"]["auteurs"], sources["kurvers-van-steensel-2022"]["jaar"]) \
        == ("Kurvers & Van Steensel", 2022)
    assert sources["broens-van-steensel-2019"]["jaar"] == 2019
    assert "titel" not in sources["epstein-2001"]  # the guide gives no title: none is made up
