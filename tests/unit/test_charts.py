"""Chart geometry (calculators/charts.py) and the charts of the cost calculators: the scale, bar lengths
in proportion to the amounts, stacks that add up, Dutch labels, and every amount equal to one of the
quote tables (or adding up to one)."""
from __future__ import annotations

import dataclasses
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import calculators
from calculators import charts
from calculators.charts import Series, scale, stacked
from calculators.engine import evaluate
from calculators.numbers_nl import format_euro

ZERO = Decimal(0)
EXPLOITATIE_CASES = [
    {},
    {"looptijd": "1"},
    {"looptijd": "6", "indexatie_procent": "2,5", "scholen": "4"},
    {"leerlingen_per_school": "De Linde: 180; Het Anker: 240; De Wegwijzer: 95", "looptijd": "4"},
    {"aandeel_bibliotheek": "50", "aandeel_school": "30", "aandeel_gemeente": "20"},
    # Amounts: the municipality and the school pay more than the later years cost, so the
    # Bibliotheek's part is negative there.
    {"verdeling": "bedragen", "bijdrage_gemeente_per_jaar": "9000", "looptijd": "4"},
]
OUDERPROGRAMMA_CASES = [
    {},
    {"programmas": "voorleesexpress,vve-thuis,opstapje", "jaren": "3"},
    {"gezinnen": "40", "professionals": "0"},
]


def money(text: str) -> Decimal:
    """'€ 1.234,56' as a number."""
    return Decimal(text.removeprefix("€ ").replace(".", "").replace(",", "."))


def table(answer: dict, table_id: str) -> dict:
    return next(t for t in answer["quote"]["tables"] + answer["quote"]["appendix"] if t["id"] == table_id)


def chart(answer: dict, chart_id: str) -> dict:
    return next(c for c in answer["charts"] if c["id"] == chart_id)


def all_cases():
    return ([("exploitatie", case) for case in EXPLOITATIE_CASES]
            + [("ouderprogramma", case) for case in OUDERPROGRAMMA_CASES])


# ---- The scale ----

@pytest.mark.parametrize(("low", "high", "labels"), [
    ("0", "48123.45", ["€ 0", "€ 20.000", "€ 40.000", "€ 60.000"]),
    ("0", "8800", ["€ 0", "€ 5.000", "€ 10.000"]),
    ("0", "24759.66", ["€ 0", "€ 10.000", "€ 20.000", "€ 30.000"]),
    ("0", "1.2", ["€ 0", "€ 0,5", "€ 1", "€ 1,5"]),
    ("0", "1250000", ["€ 0", "€ 500.000", "€ 1.000.000", "€ 1.500.000"]),
    ("0", "0", ["€ 0", "€ 1"]),
    ("-4495.54", "11250", ["€ -10.000", "€ 0", "€ 10.000", "€ 20.000"]),
])
def test_ticks_are_round_amounts_in_dutch_notation(low, high, labels):
    axis = scale(Decimal(low), Decimal(high), ZERO, ZERO, ZERO)
    assert [t.label for t in axis.ticks] == labels
    assert axis.ticks[0].x == 0 and axis.ticks[-1].x == 100
    assert [t.anchor for t in axis.ticks] == ["start"] + ["middle"] * (len(labels) - 2) + ["end"]


@settings(max_examples=300, deadline=None)
@given(st.decimals("-1000000", "0", places=2), st.decimals("0", "100000000", places=2))
def test_ticks_cover_the_amounts_in_at_most_three_equal_round_steps(low, high):
    axis = scale(low, high, ZERO, ZERO, ZERO)
    values = [t.value for t in axis.ticks]
    assert values[0] <= low and values[-1] >= high and ZERO in values
    assert 2 <= len(values) <= charts.MAX_INTERVALS + 1
    steps = {b - a for a, b in zip(values, values[1:], strict=False)}
    assert len(steps) == 1
    step = steps.pop()
    assert step.scaleb(-step.adjusted()).normalize() in (1, 2, Decimal("2.5"), 5)
    assert step >= Decimal("0.01")
    # The axis is not needlessly long: one step less would not hold the amounts.
    assert values[-1] - step < high or values[0] + step > low or len(values) == 2


# ---- Geometry ----

@pytest.mark.parametrize(("calculator_id", "payload"), all_cases())
def test_bar_lengths_are_in_proportion_to_the_amounts(calculator_id, payload):
    for view in calculators.run(calculator_id, payload)["charts"]:
        ticks = view["axis"]["ticks"]
        low, high = Decimal(ticks[0]["number"]), Decimal(ticks[-1]["number"])
        zero = next(t["x"] for t in ticks if Decimal(t["number"]) == 0)
        for bar in view["bars"]:
            right = left = Decimal(str(zero))
            for segment in bar["segments"]:
                amount = Decimal(segment["number"])
                x, width = Decimal(str(segment["x"])), Decimal(str(segment["width"]))
                assert abs(width - abs(amount) * 100 / (high - low)) <= Decimal("0.01"), segment
                # Stacked from zero: positive parts to the right, negative parts to the left.
                if amount >= 0:
                    assert x == right
                    right = x + width
                else:
                    assert x + width == left
                    left = x
                assert x >= 0 and x + width <= 100


@pytest.mark.parametrize(("calculator_id", "payload"), all_cases())
def test_stacked_segments_add_up_to_the_bar_and_rows_do_not_overlap(calculator_id, payload):
    for view in calculators.run(calculator_id, payload)["charts"]:
        bottom = 0
        for bar in view["bars"]:
            assert sum(Decimal(s["number"]) for s in bar["segments"]) == Decimal(bar["number"])
            assert bar["value"] == format_euro(Decimal(bar["number"]))
            assert [s["series"] for s in bar["segments"]] == [s["key"] for s in view["series"]]
            assert bottom < bar["label_y"] - 0.9 and bar["label_y"] < bar["y"]
            bottom = bar["y"] + bar["height"]
        assert bottom <= view["axis"]["bottom"] < view["axis"]["label_y"] < view["height"]


def test_a_bar_chart_is_a_stack_of_one_series_with_a_table_of_two_columns():
    view = stacked("t", "Titel", "Post", [Series("kosten", "Per jaar")],
                   [("Boeken", [Decimal("1234.5")]), ("Uren", [Decimal("100")])], total_label="Samen").view()
    assert view["legend"] is False
    assert view["table"] == {"columns": ["Post", "Per jaar"],
                             "rows": [["Boeken", "€ 1.234,50"], ["Uren", "€ 100,00"]],
                             "total": ["Samen", "€ 1.334,50"]}
    assert [(b["segments"][0]["x"], b["segments"][0]["width"]) for b in view["bars"]] == [(0, 82.3), (0, 6.67)]


def test_the_view_is_plain_json_with_positions_as_numbers():
    view = calculators.run("exploitatie", {})["charts"][0]
    assert json.loads(json.dumps(view)) == view
    segment = view["bars"][0]["segments"][0]
    assert all(isinstance(segment[key], int | float) for key in ("x", "width"))
    assert isinstance(view["bars"][0]["y"], int | float) and isinstance(view["height"], int | float)


# ---- The charts of the calculators, against their quote tables ----

@pytest.mark.parametrize("payload", EXPLOITATIE_CASES)
def test_cost_per_year_by_party_equals_the_quote(payload):
    answer = calculators.run("exploitatie", payload)
    view = chart(answer, "per-jaar-per-partij")
    per_year, per_party = table(answer, "per-jaar"), table(answer, "per-partij")
    assert [s["label"] for s in view["series"]] == [row[0] for row in per_party["rows"]]
    assert view["legend"] is True
    # Each year's bar is that year's price excl. VAT, and the bars are the years of the term.
    assert [(b["label"], b["value"]) for b in view["bars"]] == [(row[0], row[1]) for row in per_year["rows"]]
    # Year 1 by party, and each party over the term, as in "Verdeling per partij".
    assert [s["value"] for s in view["bars"][0]["segments"]] == [row[2] for row in per_party["rows"]]
    assert view["table"]["total"][1:-1] == [row[4] for row in per_party["rows"]]
    assert view["table"]["total"][-1] == per_year["total"][1] == per_party["total"][4]
    parties = [sum(money(b["segments"][k]["value"]) for b in view["bars"]) for k in range(3)]
    assert [format_euro(p) for p in parties] == [row[4] for row in per_party["rows"]]
    # The table for screen readers has the chart's own numbers.
    assert view["table"]["rows"] == [[b["label"], *(s["value"] for s in b["segments"]), b["value"]]
                                     for b in view["bars"]]
    assert view["table"]["columns"] == ["Jaar", "Bibliotheek", "School(bestuur)", "Gemeente", "Totaal"]


@pytest.mark.parametrize("payload", EXPLOITATIE_CASES)
def test_cost_per_item_over_the_term_equals_the_quote(payload):
    answer = calculators.run("exploitatie", payload)
    view = chart(answer, "per-onderdeel")
    per_item = table(answer, "per-onderdeel")
    quoted = {row[0]: row[-1] for row in per_item["rows"]}
    assert {b["label"]: b["value"] for b in view["bars"]} == quoted
    amounts = [money(b["value"]) for b in view["bars"]]
    assert amounts == sorted(amounts, reverse=True)  # largest first
    assert view["table"]["total"] == ["Totaal excl. btw", per_item["total"][-1]]
    years = answer["values"]["looptijd"]
    assert view["title"] == f"Kosten per onderdeel over {years} jaar (excl. btw)"
    assert view["legend"] is False


@pytest.mark.parametrize("payload", OUDERPROGRAMMA_CASES)
def test_programme_cost_per_item_per_year_equals_the_budget(payload):
    answer = calculators.run("ouderprogramma", payload)
    [view] = answer["charts"]
    per_post = table(answer, "per-post")
    year_1 = {row[0]: row[1] for row in per_post["rows"]}
    shown = {b["label"].removesuffix(" (alleen jaar 1)"): b["value"] for b in view["bars"]}
    assert shown == year_1
    assert view["table"]["total"] == ["Totaal jaar 1", per_post["total"][1]]
    training = [b for b in view["bars"] if "Scholing" in b["label"]]
    assert all(b["label"].endswith("(alleen jaar 1)") for b in training)


def test_the_charts_step_adds_only_the_charts():
    for calculator_id in ("exploitatie", "ouderprogramma"):
        calculator = calculators.REGISTRY[calculator_id]
        with_charts = calculators.run(calculator_id, {"looptijd": "4", "gezinnen": "12"})
        without = evaluate(dataclasses.replace(calculator, chart=None), {"looptijd": "4", "gezinnen": "12"})
        assert {k: v for k, v in with_charts.items() if k != "charts"} == without
        assert "charts" not in without
    assert "charts" not in calculators.run("collectie", {})
    assert "charts" not in calculators.run("exploitatie", {"looptijd": "abc"})  # not ok: no charts


@settings(max_examples=60, deadline=None)
@given(st.fixed_dictionaries({
    "looptijd": st.integers(1, 10).map(str),
    "scholen": st.integers(1, 30).map(str),
    "indexatie_procent": st.sampled_from(["0", "2", "3,5"]),
    "verdeling": st.sampled_from(["procenten", "bedragen"]),
    "bijdrage_gemeente_per_jaar": st.integers(0, 80000).map(str),
    "bijdrage_school_per_leerling": st.integers(0, 200).map(str),
}))
def test_any_cost_calculation_draws_charts_that_add_up(payload):
    answer = calculators.run("exploitatie", payload)
    assert answer["ok"]
    by_party = chart(answer, "per-jaar-per-partij")
    per_year = table(answer, "per-jaar")
    assert [b["value"] for b in by_party["bars"]] == [row[1] for row in per_year["rows"]]
    for view in answer["charts"]:
        for bar in view["bars"]:
            assert sum(Decimal(s["number"]) for s in bar["segments"]) == Decimal(bar["number"])
            assert all(s["x"] >= 0 and s["x"] + s["width"] <= 100.001 for s in bar["segments"])
