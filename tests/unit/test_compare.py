"""Comparing scenarios (calculators/compare.py, calculators.compare_json): hand-computed differences,
the Dutch wording apart from the numbers, scenarios that cannot be calculated, and unreadable input."""
import json
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import calculators
from calculators import compare
from calculators.compare import difference, word_difference
from calculators.present import Rows

UNREADABLE = {"ok": False, "errors": {"": "De invoer kon niet worden gelezen."}, "warnings": {}}


def ask(calculator_id, scenarios):
    """Through the browser's entry point, as JSON text both ways."""
    return json.loads(calculators.compare_json(calculator_id, json.dumps(scenarios)))


def scenario(naam, **waarden):
    return {"naam": naam, "waarden": waarden}


def by_key(answer):
    return {row["key"]: row for row in answer["rows"]}


# ---- Numbers only ----

@pytest.mark.parametrize(("first", "other", "expected"), [
    ("1000.00", "1234.50", Decimal("234.50")),
    ("240", "228", Decimal("-12")),
    ("12.5", "12.5", Decimal("0")),
    ("0.00", "0.01", Decimal("0.01")),
    ("", "5", None),
    ("5", "", None),
    ("abc", "5", None),
])
def test_difference_is_other_minus_first(first, other, expected):
    assert difference(first, other) == expected


# ---- Dutch wording ----

@pytest.mark.parametrize(("kind", "unit", "change", "expected"), [
    ("money", "", Decimal("1234.50"), "+ € 1.234,50"),
    ("money", "", Decimal("-0.01"), "− € 0,01"),
    ("money", "", Decimal("0.00"), "gelijk"),
    ("count", "boeken", Decimal(-12), "− 12 boeken"),
    ("count", "boeken", Decimal(2400), "+ 2.400 boeken"),
    ("count", "boeken", Decimal(1), "+ 1 boek"),
    ("count", "", Decimal(3), "+ 3"),
    ("count", "uur", Decimal("-2.5"), "− 2,5 uur"),
    ("percent", "", Decimal("2.5"), "+ 2,5 procentpunt"),
])
def test_word_difference(kind, unit, change, expected):
    assert word_difference(kind, unit, change) == expected


def test_rows_keep_kind_and_unit_apart_from_the_json():
    rows = Rows()
    rows.count("boeken", "Boeken", 12, "boeken")
    rows.money("totaal", "Totaal", Decimal(5))
    rows.text("tekst", "Tekst", "x")
    assert rows.formats == {"boeken": ("count", "boeken"), "totaal": ("money", ""), "tekst": ("text", "")}
    assert set(rows.items["boeken"]) == {"label", "value", "number"}


# ---- Hand-computed comparisons ----

def test_more_pupils_hand_computed():
    # 200 × 5 = 1000 books, 220 × 5 = 1100; nothing usable yet, so the shortfall is the target:
    # 1000 × € 15 = € 15.000 against 1100 × € 15 = € 16.500; replacement 10%: 100 (€ 1.500) against 110 (€ 1.650).
    answer = ask("collectie", [scenario("Nu", leerlingen="200"), scenario("Groei", leerlingen="220")])
    assert answer["ok"] is True
    assert [s["name"] for s in answer["scenarios"]] == ["Nu", "Groei"]
    rows = by_key(answer)
    assert list(rows) == ["doel_minimum", "doel_optimaal", "doel_gekozen", "bruikbaar", "tekort", "overschot",
                          "aanschafkosten", "vervanging_boeken", "vervanging_kosten"]  # the calculator's order
    assert rows["doel_gekozen"]["values"] == ["1.000 boeken", "1.100 boeken"]
    assert rows["doel_gekozen"]["differences"] == ["", "+ 100 boeken"]
    assert rows["aanschafkosten"]["values"] == ["€ 15.000,00", "€ 16.500,00"]
    assert rows["aanschafkosten"]["differences"] == ["", "+ € 1.500,00"]
    assert rows["aanschafkosten"]["difference_numbers"] == ["", "1500.00"]
    assert rows["vervanging_boeken"]["differences"] == ["", "+ 10 boeken"]
    assert rows["vervanging_kosten"]["differences"] == ["", "+ € 150,00"]
    assert rows["overschot"]["differences"] == ["", "gelijk"]
    assert answer["inputs"] == [{"field": "leerlingen", "label": "Aantal leerlingen",
                                 "values": ["200 leerlingen", "220 leerlingen"], "changed": [False, True]}]
    assert [s["changed"] for s in answer["scenarios"]] == [[], ["leerlingen"]]


def test_three_scenarios_each_against_the_first():
    # 200 pupils at € 15,00 (first), at € 14,50 and 198 pupils at € 15,00:
    # purchase 1000 × 15 = 15.000; 1000 × 14,50 = 14.500 (− 500); 990 × 15 = 14.850 (− 150).
    # replacement 100 books; 100; 10% of 990 = 99 (− 1 book).
    answer = ask("collectie", [scenario("Basis", leerlingen="200"),
                               scenario("Goedkoper", leerlingen="200", prijs_per_boek="14,50"),
                               scenario("Kleiner", leerlingen="198")])
    rows = by_key(answer)
    assert rows["aanschafkosten"]["differences"] == ["", "− € 500,00", "− € 150,00"]
    assert rows["vervanging_boeken"]["differences"] == ["", "gelijk", "− 1 boek"]
    assert rows["vervanging_kosten"]["values"] == ["€ 1.500,00", "€ 1.450,00", "€ 1.485,00"]
    inputs = {row["field"]: row for row in answer["inputs"]}
    assert inputs["leerlingen"]["changed"] == [False, False, True]
    assert inputs["prijs_per_boek"] == {"field": "prijs_per_boek", "label": "Gemiddelde prijs per boek",
                                        "values": ["€ 15,00", "€ 14,50", "€ 15,00"], "changed": [False, True, False]}


def test_same_value_typed_differently_is_not_a_change():
    answer = ask("collectie", [scenario("A", leerlingen="1200"), scenario("B", leerlingen="1.200")])
    assert answer["inputs"] == []
    assert {row["differences"][1] for row in answer["rows"]} == {"gelijk"}


def test_a_label_that_depends_on_the_inputs_is_given_per_scenario():
    answer = ask("collectie", [scenario("Minimum"), scenario("Ruim", boeken_per_leerling="7")])
    row = by_key(answer)["doel_gekozen"]
    assert row["label"] == "Collectie bij de gekozen norm (5 per leerling)"
    assert row["labels"] == [row["label"], "Collectie bij de gekozen norm (7 per leerling)"]
    assert row["differences"] == ["", "+ 450 boeken"]  # 225 × 7 = 1575 against 225 × 5 = 1125


def test_rows_only_one_scenario_has_are_kept_in_order():
    # One year has no row for year 2; three years has. The year-2 rows sit right after year 1.
    answer = ask("exploitatie", [scenario("Eén jaar", looptijd="1"), scenario("Drie jaar", looptijd="3")])
    keys = [row["key"] for row in answer["rows"]]
    assert keys[keys.index("jaar1_incl") + 1:keys.index("jaar1_incl") + 3] == ["jaar2_excl", "jaar2_incl"]
    row = by_key(answer)["jaar2_excl"]
    assert row["values"][0] == "—" and row["values"][1].startswith("€ ")
    assert row["label"] == "Jaar 2, excl. btw"
    # a row a calculated scenario leaves out is nothing: the difference is the whole amount
    assert row["difference_numbers"] == ["", row["numbers"][1]]
    assert row["differences"][1] == "+ " + row["values"][1]


def test_a_cost_only_one_programme_has_counts_as_nothing_in_the_other():
    # VoorleesExpress alone has no professionals; VVE Thuis has: 1 location × 8 meetings × 3 h × € 55 = € 1.320.
    answer = ask("ouderprogramma", [scenario("Alleen VoorleesExpress", programmas="voorleesexpress"),
                                    scenario("Met VVE Thuis", programmas="voorleesexpress,vve-thuis"),
                                    scenario("Terug", programmas="voorleesexpress")])
    row = next(row for row in answer["rows"] if row["values"][0] == "—")
    assert row["values"] == ["—", "€ 1.320,00", "—"]
    assert row["differences"] == ["", "+ € 1.320,00", "gelijk"]


def test_hours_a_week_two_against_three():
    # 2 hours a week × 40 weeks = 80 hours; 3 hours = 120: only the consultant's hours change, at the same rate.
    answer = ask("exploitatie", [scenario("2 uur per week", uren_per_school="80"),
                                 scenario("3 uur per week", uren_per_school="120")])
    rows = by_key(answer)
    assert rows["uurkosten"]["values"] == ["€ 49,36", "€ 49,36"]
    assert rows["uurkosten"]["differences"] == ["", "gelijk"]
    # 40 more hours × € 49,36 = € 1.974,40, in year 1 and in every year after it
    assert rows["jaar1_excl"]["difference_numbers"] == ["", "1974.40"]
    assert rows["jaar1_excl"]["differences"] == ["", "+ € 1.974,40"]
    assert rows["jaar2_excl"]["differences"] == ["", "+ € 1.974,40"]
    assert answer["inputs"][0]["values"] == ["80 uur", "120 uur"]


def test_a_text_row_that_reads_the_same_everywhere_is_left_out():
    answer = ask("ouderprogramma", [scenario("A"), scenario("B", gezinnen="30")])
    keys = [row["key"] for row in answer["rows"]]
    assert "financiering_goab" not in keys and "totaal" in keys
    assert {row["kind"] for row in answer["rows"]} == {"money"}


def test_text_rows_that_differ_read_as_different():
    calculator = calculators.REGISTRY["collectie"]
    present = calculator.present

    def with_text(values, result):
        rows = present(values, result)
        rows.text("soort", "Soort school", "groot" if values["leerlingen"] > 300 else "klein")
        return rows

    scenarios = [scenario("A"), scenario("B", leerlingen="400"), scenario("C")]
    answer = compare.compare(replace(calculator, present=with_text), scenarios)
    row = next(row for row in answer["rows"] if row["key"] == "soort")
    assert row["kind"] == "text"
    assert row["values"] == ["klein", "groot", "klein"]
    assert row["differences"] == ["", "anders", "gelijk"]


def test_quote_texts_that_differ_are_listed_and_empty_reads_as_not_filled_in():
    answer = ask("exploitatie", [scenario("A"), scenario("B", naam_school="De Linde")])
    assert answer["inputs"] == [{"field": "naam_school", "label": calculators.REGISTRY["exploitatie"].field(
        "naam_school").label, "values": ["(niet ingevuld)", "De Linde"], "changed": [False, True]}]


# ---- Scenarios that cannot be calculated ----

def test_an_invalid_scenario_gets_a_message_and_the_others_still_compare():
    answer = ask("collectie", [scenario("Goed", leerlingen="200"), scenario("Half", leerlingen="12,5"),
                               scenario("Ook goed", leerlingen="300")])
    assert answer["ok"] is True
    half = answer["scenarios"][1]
    assert half["ok"] is False
    assert half["message"] == ("Scenario ‘Half’ kan niet worden berekend. Aantal leerlingen: "
                               "Vul een heel getal in, zonder cijfers achter de komma.")
    assert half["errors"] == {"leerlingen": "Vul een heel getal in, zonder cijfers achter de komma."}
    row = by_key(answer)["doel_gekozen"]
    assert row["values"] == ["1.000 boeken", "—", "1.500 boeken"]
    assert row["differences"] == ["", "—", "+ 500 boeken"]
    assert {"field": "leerlingen", "label": "Aantal leerlingen", "values": ["200 leerlingen", "12,5", "300 leerlingen"],
            "changed": [False, True, True]} in answer["inputs"]


def test_an_invalid_first_scenario_leaves_no_differences():
    answer = ask("collectie", [scenario("Fout", leerlingen="abc"), scenario("Goed", leerlingen="200")])
    assert answer["scenarios"][0]["ok"] is False
    assert {row["differences"][1] for row in answer["rows"]} == {"—"}
    assert by_key(answer)["doel_gekozen"]["values"] == ["—", "1.000 boeken"]


def test_a_rule_across_fields_names_the_fields():
    answer = ask("exploitatie", [scenario("Goed"), scenario("Scheef", aandeel_school="50")])
    message = answer["scenarios"][1]["message"]
    assert message.startswith("Scenario ‘Scheef’ kan niet worden berekend. ")
    assert "116,67%" in message and "100%" in message


@pytest.mark.parametrize("item", [None, "tekst", 12, {"naam": "X"}, {"naam": "X", "waarden": [1, 2]}])
def test_unreadable_values_are_one_scenario_problem(item):
    answer = ask("collectie", [scenario("Goed"), item])
    assert answer["ok"] is True
    assert answer["scenarios"][1]["ok"] is False
    assert answer["scenarios"][1]["message"].endswith("De waarden konden niet worden gelezen.")


def test_a_scenario_without_a_name_is_numbered():
    answer = ask("collectie", [scenario("A"), {"waarden": {}}])
    assert answer["scenarios"][1]["name"] == "Scenario 2"


# ---- Unreadable input ----

@pytest.mark.parametrize("text", ["{", "", "null", '{"naam": "A"}', '"twee"', "12"])
def test_bad_json_gives_the_run_json_shape(text):
    assert json.loads(calculators.compare_json("collectie", text)) == UNREADABLE
    assert json.loads(calculators.run_json("collectie", "[")) == UNREADABLE


@pytest.mark.parametrize("count", [0, 1, 4])
def test_two_or_three_scenarios(count):
    answer = ask("collectie", [scenario(f"S{i}") for i in range(count)])
    assert answer == {"ok": False, "errors": {"": "Kies twee of drie scenario's om te vergelijken."}, "warnings": {}}


def test_unknown_calculator():
    assert ask("bestaat-niet", [scenario("A"), scenario("B")])["errors"] == {"": "Deze rekenhulp bestaat niet."}


def test_public_api():
    assert set(calculators.__all__) == {"REGISTRY", "charts_json", "compare_json", "csv_json", "quote_json", "run",
                                      "run_json"}
    assert compare.compare(calculators.REGISTRY["collectie"], [scenario("A"), scenario("B")])["ok"] is True


VALUES = st.one_of(st.text(max_size=12), st.sampled_from(["", "0", "12,5", "1.234", "€ 15", "10%", "-3", "abc"]),
                   st.integers(), st.none())


@settings(max_examples=60, deadline=None)
@given(calculator_id=st.sampled_from(sorted(calculators.REGISTRY)),
       scenarios=st.lists(st.dictionaries(st.sampled_from(["naam", "waarden", "x"]),
                                          st.one_of(VALUES, st.dictionaries(st.text(max_size=30), VALUES))),
                          min_size=0, max_size=4))
def test_no_input_crashes_the_comparison(calculator_id, scenarios):
    answer = json.loads(calculators.compare_json(calculator_id, json.dumps(scenarios)))
    assert isinstance(answer["ok"], bool)
    if answer["ok"]:
        assert all(len(row["values"]) == len(scenarios) for row in answer["rows"])
