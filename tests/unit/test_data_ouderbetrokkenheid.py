"""The data of the section Ouderbetrokkenheid (six types of involvement, libraries, childcare,
newcomers, their step plans): the real files load and hold what the sources have,
and a broken copy fails with the right Dutch message (file › item › field › reason)."""
from pathlib import Path

import pytest

from tests.unit.datatree import copy_data, edit_yaml, problems

VORMEN = "vormen-ouderbetrokkenheid.yml"
BIEB = "ouders-bibliotheken.yml"
NIEUW = "ouders-nieuwkomers.yml"
OPVANG = "ouders-kinderopvang.yml"
ACHT = "stappenplannen/kinderopvang-acht-stappen.yml"
VIJF = "stappenplannen/bibliotheek-vijf-stappen.yml"


@pytest.fixture(scope="module")
def real(site):
    return site.data


@pytest.fixture
def data_copy(tmp_path):
    """A copy of the real data/ to break on purpose (the real schemas/ stay)."""
    return copy_data(tmp_path)


def edit(data_dir: Path, name: str, change) -> None:
    """Load a YAML file, let `change` modify it, write it back (keeping the schema line)."""
    edit_yaml(data_dir / name, change)



# ---- the real files --------------------------------------------------------------------------

def test_epstein_list_has_six_types_with_dutch_and_english_names(real):
    vormen = real["vormen-ouderbetrokkenheid"]["vormen"]
    assert [v["engelse_naam"] for v in vormen] == [
        "Parenting", "Communicating", "Volunteering", "Learning at home",
        "Decision making and advocacy", "Collaborating with the community"]
    assert [v["naam"] for v in vormen][3] == "Leren thuis"
    assert "thuisbetrokkenheid" in vormen[3]["uitleg"]  # the talk's own name for this form
    assert {v["id"] for v in vormen if v["thuisbetrokkenheid"]} == {"ouderschap", "leren-thuis"}


def test_newcomer_talk_has_thirteen_positive_and_four_negative_factors(real):
    factors = real["ouders-nieuwkomers"]["thuisfactoren"]
    assert len(factors["positief"]) == 13
    assert len(factors["negatief"]) == 4
    assert real["ouders-nieuwkomers"]["jaar"] == 2021
    assert len(real["ouders-nieuwkomers"]["corona"]) == 5


def test_library_guide_reasons_figures_and_examples(real):
    info = real["ouders-bibliotheken"]
    assert len(info["redenen"]) == 5
    figures = {c["waarde"] for r in info["redenen"] for c in r.get("cijfers", [])}
    assert figures == {5, 1.5, 10}
    assert [v["id"] for v in info["voorbeelden"]] == ["helmond-peel", "drieluik-almere", "den-bosch"]
    assert "2014" in info["datering"]


def test_step_plans_have_the_sources_number_of_steps(real):
    plans = real["stappenplannen"]
    assert len(plans["bibliotheek-vijf-stappen"]["stappen"]) == 5
    acht = plans["kinderopvang-acht-stappen"]["stappen"]
    assert len(acht) == 8
    assert all(stap.get("hulpvragen") and stap.get("werkblad") for stap in acht)
    renamed = [stap["id"] for stap in acht if stap.get("overzichtstitel")]
    assert renamed == ["huidige-situatie", "ouders-leren-kennen", "aansluiten", "evalueren"]
    assert [stap["voor_wie"]["samen"] for stap in acht] == [False, False, False, True, False, True, True, True]


def test_childcare_has_four_goals(real):
    assert len(real["ouders-kinderopvang"]["doelen"]) == 4


# ---- broken copies: Dutch messages ------------------------------------------------------------

def test_missing_english_name_of_a_type(data_copy):
    edit(data_copy, VORMEN, lambda d: d["vormen"][1].pop("engelse_naam"))
    assert ("data/vormen-ouderbetrokkenheid.yml › vormen › vorm 2 (Effectieve communicatie) › "
            "engelse_naam: ontbreekt.") in problems(data_copy)


def test_five_types_are_not_enough(data_copy):
    edit(data_copy, VORMEN, lambda d: d["vormen"].pop())
    assert "data/vormen-ouderbetrokkenheid.yml › vormen: moet minstens 6 item(s) bevatten." in problems(data_copy)


def test_unknown_reference_in_home_involvement(data_copy):
    edit(data_copy, VORMEN, lambda d: d["thuisbetrokkenheid"]["bronnen"].append("onbekend-2099"))
    found = problems(data_copy)
    assert any(p.startswith("data/vormen-ouderbetrokkenheid.yml › thuisbetrokkenheid › bronnen › bron 5")
               and "'onbekend-2099' bestaat niet in data/vormen-ouderbetrokkenheid.yml" in p for p in found), found


def test_figure_must_be_a_number(data_copy):
    edit(data_copy, BIEB, lambda d: d["redenen"][0]["cijfers"][0].update(waarde="vijf"))
    assert ("data/ouders-bibliotheken.yml › redenen › reden 1 (Ouders zijn onmisbaar bij de leesopvoeding) › "
            "cijfers › cijfer 1 › waarde: moet een getal zijn.") in problems(data_copy)


def test_example_names_an_unknown_budget(data_copy):
    edit(data_copy, BIEB, lambda d: d["voorbeelden"][0]["financiering"].append("loterij"))
    found = problems(data_copy)
    assert any("voorbeeld 1 (Bibliotheek Helmond-Peel) › financiering" in p and "'loterij' bestaat niet" in p
               for p in found), found


def test_contact_must_be_an_address(data_copy):
    edit(data_copy, BIEB, lambda d: d["organisaties"][0]["contact"][1].update(adres="bel ons"))
    assert ("data/ouders-bibliotheken.yml › organisaties › organisatie 1 (Actief Ouderschap) › contact › "
            "contact 2 › adres: moet een webadres (https://...) of een e-mailadres zijn.") in problems(data_copy)


def test_factor_without_text_and_unknown_literature(data_copy):
    def change(d):
        d["thuisfactoren"]["negatief"][0].pop("factor")
        d["corona"][3]["bronnen"] = ["niemand-2020"]

    edit(data_copy, NIEUW, change)
    found = problems(data_copy)
    assert "data/ouders-nieuwkomers.yml › thuisfactoren › negatief › factor 1 (druk) › factor: ontbreekt." in found
    assert any("corona › bevinding 4 (stimulansen) › bronnen › bron 1" in p and "'niemand-2020' bestaat niet" in p
               for p in found), found


def test_a_childcare_goal_must_be_text(data_copy):
    edit(data_copy, OPVANG, lambda d: d["doelen"][0].update(doel=3))
    found = problems(data_copy)
    assert any(p.startswith("data/ouders-kinderopvang.yml › doelen › ") and "moet tekst zijn" in p
               for p in found), found


def test_guiding_question_without_id_and_unknown_party(data_copy):
    def change(d):
        d["stappen"][0]["hulpvragen"][0].pop("id")
        d["stappen"][4]["voor_wie"]["partijen"] = ["peuterspeelzaal"]

    edit(data_copy, ACHT, change)
    found = problems(data_copy)
    assert ("data/stappenplannen/kinderopvang-acht-stappen.yml › stappen › stap 1 (Begin met het waarom) › "
            "hulpvragen › hulpvraag 1 (Waarom wil je (meer) samenwerken met ouders?) › id: ontbreekt.") in found
    assert any("stap 5 (Leer de ouders kennen) › voor_wie › partijen › partij 1" in p
               and "'peuterspeelzaal' bestaat niet" in p for p in found), found


def test_all_problems_of_all_files_at_once(data_copy):
    edit(data_copy, VORMEN, lambda d: d["vormen"][0].update(thuisbetrokkenheid="ja"))
    edit(data_copy, VIJF, lambda d: d["stappen"][2].pop("titel"))
    found = problems(data_copy)
    assert ("data/vormen-ouderbetrokkenheid.yml › vormen › vorm 1 (Ondersteuning van het ouderschap) › "
            "thuisbetrokkenheid: moet ja of nee (true/false) zijn.") in found
    assert ("data/stappenplannen/bibliotheek-vijf-stappen.yml › stappen › "
            "stap 3 (overleg-instellingen) › titel: ontbreekt.") in found
