"""The collection-size calculator: hand-computed cases, the run() contract, and fuzzing."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import calculators
from calculators import collectie

DEFAULTS = {f.name: f.default for f in collectie.FIELDS}


def numbers(answer):
    return {key: item["number"] for key, item in answer["result"].items()}


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        # defaults: 225 pupils × 5 = 1125; × 8 = 1800; 10% of 1125 = 112,5 -> 113 books × € 15 = € 1.695
        ({}, {"doel_minimum": "1125", "doel_optimaal": "1800", "doel_gekozen": "1125", "bruikbaar": "0",
              "tekort": "1125", "overschot": "0", "aanschafkosten": "16875.00", "vervanging_boeken": "113",
              "vervanging_kosten": "1695.00"}),
        # 290 pupils × 7 = 2030 (Onderwijs in Beeld example: optimum 2.030, 203 per year at 10%)
        ({"leerlingen": "290", "boeken_per_leerling": "7"},
         {"doel_gekozen": "2030", "vervanging_boeken": "203", "vervanging_kosten": "3045.00"}),
        # 200 pupils × 5 = 1000 books × 14% = 140 × € 15,50 = € 2.170 (Bontekoe example)
        ({"leerlingen": "200", "vervanging_procent": "14", "prijs_per_boek": "15,50"},
         {"doel_gekozen": "1000", "vervanging_boeken": "140", "vervanging_kosten": "2170.00"}),
        # fractional norm rounds up: 101 × 5,5 = 555,5 -> 556 books
        ({"leerlingen": "101", "boeken_per_leerling": "5,5"}, {"doel_gekozen": "556"}),
        # current collection 1.701 × 50% = 850,5 -> 850 usable (rounded down); shortfall 1125 - 850 = 275
        ({"huidige_collectie": "1.701"}, {"bruikbaar": "850", "tekort": "275", "aanschafkosten": "4125.00"}),
        # surplus: 3000 × 100% usable against 1125 -> surplus 1875, no purchase
        ({"huidige_collectie": "3000", "bruikbaar_procent": "100"},
         {"tekort": "0", "overschot": "1875", "aanschafkosten": "0.00"}),
        # money rounding half up per line: 3 books × € 0,005? prices have 2 decimals; 1 pupil × 1 book × 33,33
        ({"leerlingen": "1", "boeken_per_leerling": "1", "prijs_per_boek": "33,33", "vervanging_procent": "50"},
         {"doel_gekozen": "1", "aanschafkosten": "33.33", "vervanging_boeken": "1", "vervanging_kosten": "33.33"}),
        # replacement 0% gives no books and no cost
        ({"vervanging_procent": "0"}, {"vervanging_boeken": "0", "vervanging_kosten": "0.00"}),
        # dot as decimal mark: 12.5% of 1125 = 140,625 -> 141
        ({"vervanging_procent": "12.5"}, {"vervanging_boeken": "141", "vervanging_kosten": "2115.00"}),
    ],
)
def test_hand_computed_cases(payload, expected):
    answer = calculators.run("collectie", payload)
    assert answer["ok"], answer
    got = numbers(answer)
    assert {key: got[key] for key in expected} == expected


def test_defaults_equal_empty_payload():
    assert calculators.run("collectie", DEFAULTS) == calculators.run("collectie", {})


def test_output_shape_and_dutch_values():
    answer = calculators.run("collectie", {"leerlingen": "1.000"})
    assert set(answer) == {"ok", "values", "result", "explanation", "warnings"}
    assert answer["values"]["leerlingen"] == "1.000"
    assert answer["result"]["doel_gekozen"]["value"] == "5.000 boeken"
    assert answer["result"]["aanschafkosten"]["value"] == "€ 75.000,00"
    assert any("1.000 leerlingen × 5 boeken = 5.000 boeken" in line for line in answer["explanation"])


def test_explanation_shows_replacement_chain():
    answer = calculators.run("collectie", {"leerlingen": "480"})
    assert "2.400 boeken × 10% = 240 boeken × € 15,00 = € 3.600,00." in answer["explanation"][-1]


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("leerlingen", "12,5", "heel getal"),
        ("leerlingen", "0", "minstens 1"),
        ("leerlingen", "5001", "hoogstens 5.000"),
        ("leerlingen", "veel", "geen getal"),
        ("prijs_per_boek", "15,005", "twee cijfers"),
        ("prijs_per_boek", "-1", "minstens € 0,00"),
        ("vervanging_procent", "60%", "hoogstens 50%"),
        ("huidige_collectie", "x" * 80, "te lang"),
    ],
)
def test_bad_input_gives_dutch_message_at_its_field(field, text, message):
    answer = calculators.run("collectie", {field: text})
    assert answer["ok"] is False
    assert list(answer["errors"]) == [field]
    assert message in answer["errors"][field]


def test_all_wrong_fields_are_reported_at_once():
    answer = calculators.run("collectie", {"leerlingen": "x", "prijs_per_boek": "y"})
    assert set(answer["errors"]) == {"leerlingen", "prijs_per_boek"}


def test_norm_below_minimum_is_a_warning_not_an_error():
    answer = calculators.run("collectie", {"boeken_per_leerling": "3"})
    assert answer["ok"] is True
    assert "minimaal 5" in answer["warnings"]["boeken_per_leerling"]
    assert answer["result"]["doel_gekozen"]["number"] == "675"


def test_unknown_keys_ignored_and_unknown_calculator_answered():
    assert calculators.run("collectie", {"onbekend": "1"}) == calculators.run("collectie", {})
    answer = calculators.run("bestaat-niet", {})
    assert answer["ok"] is False and answer["errors"]


def test_non_string_payload_values_do_not_crash():
    answer = calculators.run("collectie", {"leerlingen": 300, "prijs_per_boek": None})
    assert answer["ok"] and answer["result"]["doel_gekozen"]["number"] == "1500"
    assert calculators.run("collectie", None)["ok"] is True  # type: ignore[arg-type]


def test_every_field_has_label_hint_source_and_valid_default():
    for f in collectie.FIELDS:
        assert f.label and f.hint and f.source.text, f.name
        answer = calculators.run("collectie", {f.name: f.default})
        assert answer["ok"], (f.name, answer)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from([f.name for f in collectie.FIELDS]), st.text(max_size=30)))
def test_no_input_crashes_run(payload):
    answer = calculators.run("collectie", payload)
    assert isinstance(answer["ok"], bool)
    if not answer["ok"]:
        assert answer["errors"]
        for field, message in answer["errors"].items():
            assert field in payload  # a rejection belongs to a field the visitor typed in
            assert message and message[0].isupper() and message.endswith(".")


@settings(max_examples=200, deadline=None)
@given(pupils=st.integers(1, 5000), norm=st.decimals("1", "30", places=1))
def test_target_is_never_below_pupils_times_norm(pupils, norm):
    payload = {"leerlingen": str(pupils), "boeken_per_leerling": str(norm).replace(".", ",")}
    answer = calculators.run("collectie", payload)
    target = int(answer["result"]["doel_gekozen"]["number"])
    assert target >= pupils * norm > target - 1
