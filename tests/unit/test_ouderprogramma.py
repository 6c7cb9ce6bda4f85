"""The parent-programme budget: hand-computed cases, rounding edges, messages, CSV, fuzzing."""
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import calculators
from calculators import ouderprogramma
from calculators.ouderprogramma.budget import ITEMS

DEFAULTS = {f.name: f.default for f in ouderprogramma.FIELDS}
FIELD_NAMES = [f.name for f in ouderprogramma.FIELDS]
IDS = [p.id for p in ouderprogramma.PROGRAMMES]

# Opstapje and Instapje for 7 families, coordination 2,5 h × € 41,33 = € 103,325 per family.
HOME = {"programmas": "opstapje,instapje", "gezinnen": "7", "locaties": "0", "jaren": "1",
        "uurtarief_professional": "52,25", "coordinatie_uren_per_gezin": "2,5", "uurtarief_coordinatie": "41,33",
        "materialen_per_gezin": "12,50", "professionals": "3", "scholing_per_professional": "375"}


def numbers(answer):
    return {key: item["number"] for key, item in answer["result"].items()}


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        # Defaults (VoorleesExpress + VVE Thuis, 20 families, 1 location, 1 year):
        # VoorleesExpress: 20 × 20 visits × € 3 = 1.200 volunteers; coordination 20 × 4 × 55 = 4.400; materials 500.
        # VVE Thuis: 1 × 8 meetings × 3 h × 55 = 1.320; 8 × 50 = 400; coordination 4.400; materials 500.
        # Per year 12.720; course 2 × 450 = 900; year 1 = the whole term 13.620; per family 12.720 ÷ 40 = 318.
        ({}, {"totaal": "13620.00", "jaar1": "13620.00", "per_jaar": "12720.00", "per_gezin_jaar": "318.00",
              "post_uitvoering": "1320.00", "post_vrijwilligers": "1200.00", "post_coordinatie": "8800.00",
              "post_materialen": "1000.00", "post_bijeenkomsten": "400.00", "post_scholing": "900.00"}),
        # HOME: Opstapje 7 × 30 × 1 h × 52,25 = 10.972,50; Instapje 7 × 26 × 52,25 = 9.509,50;
        # coordination 7 × 2,5 × 41,33 = 723,275 -> 723,28 per programme (half up); materials 87,50 each.
        # Per year 20.482 + 1.446,56 + 175 = 22.103,56; course 3 × 375 = 1.125; one year 23.228,56;
        # per family 22.103,56 ÷ 14 = 1.578,8257 -> 1.578,83.
        (HOME, {"totaal": "23228.56", "jaar1": "23228.56", "per_jaar": "22103.56", "per_gezin_jaar": "1578.83",
                "post_uitvoering": "20482.00", "post_coordinatie": "1446.56", "post_materialen": "175.00",
                "post_vrijwilligers": None, "post_bijeenkomsten": None, "post_scholing": "1125.00"}),
        # Thuis in Taal at 2 locations: 2 × 36 = 72 meetings × 3 h × 55 = 11.880; 72 × 50 = 3.600;
        # 20 families: coordination 4.400, materials 500 -> 20.380 per year; 3 years 900 + 3 × 20.380 = 62.040.
        ({"programmas": "thuis-in-taal", "locaties": "2", "jaren": "3"},
         {"per_jaar": "20380.00", "post_uitvoering": "11880.00", "post_bijeenkomsten": "3600.00",
          "jaar1": "21280.00", "totaal": "62040.00", "per_gezin_jaar": "1019.00"}),
        # Verteltassen, 1 location: 4 meetings × 3 × 55 = 660 + 200; no volunteers, no course
        ({"programmas": "verteltassen", "professionals": "0", "jaren": "1", "coordinatie_uren_per_gezin": "0",
          "materialen_per_gezin": "0"},
         {"per_jaar": "860.00", "totaal": "860.00", "per_gezin_jaar": "43.00"}),
        # VoorleesExpress alone with a rounding edge: 3 families × 20 visits × € 0,01 = 0,60; coordination
        # 3 × 0,5 h × € 0,05 = 0,075 -> 0,08 (half up); per family (0,60 + 0,08) ÷ 3 = 0,2267 -> 0,23
        ({"programmas": "voorleesexpress", "gezinnen": "3", "onkosten_per_bezoek": "0,01",
          "coordinatie_uren_per_gezin": "0,5", "uurtarief_coordinatie": "0,05", "materialen_per_gezin": "0",
          "professionals": "0", "jaren": "1"},
         {"post_vrijwilligers": "0.60", "post_coordinatie": "0.08", "per_jaar": "0.68", "per_gezin_jaar": "0.23"}),
    ],
)
def test_hand_computed_cases(payload, expected):
    answer = calculators.run("ouderprogramma", payload)
    assert answer["ok"], answer
    got = numbers(answer)
    assert {key: got.get(key) for key in expected} == expected


def test_per_programme_table_and_whole_programme_cost():
    answer = calculators.run("ouderprogramma", HOME)
    rows = {row[0]: row[1:] for row in answer["quote"]["tables"][1]["rows"]}
    # Opstapje: 10.972,50 + 723,28 + 87,50 = 11.783,28; ÷ 7 = 1.683,33; two years: 11.783,28 ÷ 7 × 2 = 3.366,65
    assert rows["Opstapje"] == ["€ 11.783,28", "€ 1.683,33", "2 jaar", "€ 3.366,65"]
    assert rows["Instapje"] == ["€ 10.320,28", "€ 1.474,33", "26 weken", "€ 1.474,33"]


def test_duration_warning_for_opstapje():
    answer = calculators.run("ouderprogramma", HOME)
    assert answer["warnings"] == {"jaren": "Opstapje duurt 2 jaar per gezin; deze begroting dekt 1 jaar."}


def test_explanation_lines():
    lines = calculators.run("ouderprogramma", {})["explanation"]
    assert "VoorleesExpress: 20 gezinnen × 20 bezoeken × € 3,00 onkosten = € 1.200,00 voor vrijwilligers." in lines
    assert "Totaal over 1 jaar: € 13.620,00 + 0 × € 12.720,00 = € 13.620,00." in lines
    two = calculators.run("ouderprogramma", {"jaren": "2", "locaties": "1"})["explanation"]
    assert "Totaal over 2 jaar: € 13.620,00 + 1 × € 12.720,00 = € 26.340,00." in two
    assert any("VVE Thuis: 1 locatie × 8 bijeenkomsten" in line for line in two)


def test_no_rows_of_nothing_and_words_in_the_singular_for_one():
    answer = calculators.run("ouderprogramma", {"programmas": "voorleesexpress", "locaties": "1"})
    assert "post_uitvoering" not in answer["result"] and "post_bijeenkomsten" not in answer["result"]
    assert all(row[-1] != "€ 0,00" for row in answer["quote"]["tables"][0]["rows"])
    assert ["Locaties voor groepsprogramma's", "1 locatie"] in answer["quote"]["inputs"]
    rows = {row[0]: row[1:] for row in answer["quote"]["tables"][1]["rows"]}
    assert rows["VoorleesExpress"][2] == "20 weken"  # as the programme page says: weekly for twenty weeks


def test_funding_routes_are_information():
    result = calculators.run("ouderprogramma", {})["result"]
    assert "vve" in result["financiering_goab"]["value"] and result["financiering_goab"]["number"] == ""
    assert "armoedebeleid, participatie en achterstandenbeleid" in result["financiering_overig"]["value"]
    assert "geen toets" in result["financiering_overig"]["value"]


@pytest.mark.parametrize(
    ("payload", "field", "message"),
    [
        ({"programmas": "verteltassen", "locaties": "0"}, "locaties", "Vul minstens 1 locatie in voor Verteltassen."),
        ({"programmas": "boekstart"}, "programmas", "Onbekende keuze: boekstart. Kies uit de lijst."),
        ({"programmas": ",,"}, "programmas", "Kies minstens één mogelijkheid."),
        ({"gezinnen": "0"}, "gezinnen", "Dit moet minstens 1 zijn."),
        ({"gezinnen": "2,5"}, "gezinnen", "Vul een heel getal in, zonder cijfers achter de komma."),
        ({"jaren": "11"}, "jaren", "Dit mag hoogstens 10 zijn."),
        ({"uurtarief_professional": "55,555"}, "uurtarief_professional",
         "Een bedrag heeft hoogstens twee cijfers achter de komma."),
    ],
)
def test_rejections_are_dutch_and_at_their_field(payload, field, message):
    answer = calculators.run("ouderprogramma", payload)
    assert answer["ok"] is False
    assert answer["errors"] == {field: message}


def test_choice_order_is_canonical_and_doubles_drop():
    answer = calculators.run("ouderprogramma", {"programmas": "opstapje, voorleesexpress,opstapje"})
    assert answer["values"]["programmas"] == "voorleesexpress,opstapje"


def test_defaults_equal_empty_payload():
    assert calculators.run("ouderprogramma", DEFAULTS) == calculators.run("ouderprogramma", {})


def test_csv_for_dutch_excel():
    answer = calculators.run("ouderprogramma", {"jaren": "2"})
    text = answer["csv"]
    assert text.startswith("\ufeffBegroting ouderprogramma\r\n")
    lines = text[1:].split("\r\n")
    assert "Post;Jaar 1;Jaar 2;Totaal" in lines
    assert "Coördinatie;8800,00;8800,00;17600,00" in lines
    assert "Totaal;13620,00;12720,00;26340,00" in lines
    assert answer["csv_filename"] == "begroting-ouderprogramma.csv"


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(FIELD_NAMES), st.text(max_size=30), max_size=6))
def test_no_input_crashes_and_rejections_are_dutch(payload):
    answer = calculators.run("ouderprogramma", payload)
    if not answer["ok"]:
        for field, message in answer["errors"].items():
            assert field in FIELD_NAMES
            assert message.startswith(("Dit ", "Vul ", "Een ", "Gebruik ", "Kies ", "Onbekende ")), message


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(IDS), min_size=1, unique=True), st.integers(1, 500), st.integers(1, 10),
       st.integers(1, 20))
def test_items_add_up_to_the_total(chosen, families, years, locations):
    answer = calculators.run("ouderprogramma", {"programmas": ",".join(chosen), "gezinnen": str(families),
                                                "jaren": str(years), "locaties": str(locations)})
    assert answer["ok"], answer
    r = {key: Decimal(item["number"]) for key, item in answer["result"].items() if item["number"]}
    yearly = sum(r.get(f"post_{key}", 0) for key in ITEMS)
    assert yearly == r["per_jaar"]
    assert r["jaar1"] == yearly + r.get("post_scholing", 0)
    assert r["totaal"] == r["jaar1"] + (years - 1) * yearly


def test_the_budget_names_each_programmes_source_in_words_a_municipality_knows():
    """The printed budget goes to a third party: a source is "Bron", the site's own figure an
    "Uitgangspunt"; never the site's label about its five publications."""
    notes = calculators.run("ouderprogramma", {})["quote"]["tables"][1]["notes"]
    assert notes and all(note.split(": ")[1] in ("Bron", "Uitgangspunt") for note in notes)
    assert not any("vijf publicaties" in note or "Aanvulling" in note for note in notes)
