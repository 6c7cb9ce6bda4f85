"""Two or three scenarios of one calculator side by side: every result row with each scenario's value
and its difference to the first scenario, and the inputs in which a scenario differs from the first.

The comparison itself works with numbers only (`difference`); the Dutch wording is apart
(`word_difference`), in the notation of `numbers_nl`. A scenario whose inputs are invalid gets a Dutch
message and empty cells; it never stops the others.

>>> from calculators import collectie
>>> answer = compare(collectie.CALCULATOR, [{"naam": "Nu", "waarden": {"leerlingen": "200"}},
...                                         {"naam": "Groei", "waarden": {"leerlingen": "220"}}])
>>> row = next(r for r in answer["rows"] if r["key"] == "doel_gekozen")
>>> row["values"], row["differences"]
(['1.000 boeken', '1.100 boeken'], ['', '+ 100 boeken'])
>>> answer["inputs"]
[{'field': 'leerlingen', 'label': 'Aantal leerlingen', 'values': ['200 leerlingen', '220 leerlingen'], \
'changed': [False, True]}]
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from .engine import checked
from .model import Calculator
from .numbers_nl import format_euro, format_number
from .present import RowKind, Rows
from .texts import NOT_FILLED_IN

FEWEST, MOST = 2, 3
NOT_SHOWN = "—"  # a row this scenario's result does not have (nothing), or a scenario that could not be calculated
EQUAL = "gelijk"
DIFFERENT = "anders"
MINUS = "\u2212"  # the minus sign, not a hyphen: "− € 12,00"
# The unit of a count row for a difference of exactly one ("+ 1 boek").
UNIT_ONE = {"boeken": "boek", "leerlingen": "leerling", "scholen": "school", "gezinnen": "gezin"}

WRONG_COUNT = "Kies twee of drie scenario's om te vergelijken."


# ---- Numbers only ----

def difference(first: str, other: str) -> Decimal | None:
    """`other − first` for two plain decimal texts (a row's `number`); None when either is not a number.

    >>> difference("1000.00", "1234.50"), difference("240", "228"), difference("", "5")
    (Decimal('234.50'), Decimal('-12'), None)
    """
    try:
        return Decimal(other) - Decimal(first)
    except (InvalidOperation, ValueError):
        return None


# ---- Dutch wording ----

def word_difference(kind: RowKind, unit: str, change: Decimal) -> str:
    """A difference as a visitor reads it: `+ € 1.234,50`, `− 12 boeken`, `+ 2,5 procentpunt`, `gelijk`.

    >>> word_difference("money", "", Decimal("1234.5"))
    '+ € 1.234,50'
    >>> word_difference("count", "boeken", Decimal(-12)), word_difference("count", "boeken", Decimal(-1))
    ('− 12 boeken', '− 1 boek')
    >>> word_difference("percent", "", Decimal("2.5")), word_difference("money", "", Decimal("0.00"))
    ('+ 2,5 procentpunt', 'gelijk')
    """
    if change == 0:
        return EQUAL
    sign = "+" if change > 0 else MINUS
    size = abs(change)
    if kind == "money":
        return f"{sign} {format_euro(size)}"
    if kind == "percent":
        return f"{sign} {format_number(size)} procentpunt"
    unit = UNIT_ONE.get(unit, unit) if size == 1 else unit
    return f"{sign} {format_number(size)}" + (f" {unit}" if unit else "")


def scenario_name(item: Any, index: int) -> str:
    name = item.get("naam") if isinstance(item, dict) else None
    return name.strip() if isinstance(name, str) and name.strip() else f"Scenario {index + 1}"


def problem_message(calculator: Calculator[Any], name: str, errors: dict[str, str]) -> str:
    """`Scenario ‘3 uur’ kan niet worden berekend. Uren per week: Vul een getal in.`"""
    labels = {f.name: f.label for f in calculator.fields}
    parts = [f"{labels[key]}: {text}" if key in labels else text for key, text in errors.items()]
    return f"Scenario ‘{name}’ kan niet worden berekend. " + " ".join(parts)


# ---- One scenario, calculated ----

@dataclass
class Outcome:
    name: str
    typed: dict[str, str] = field(default_factory=dict)  # per field: the normalised text, else what was typed
    shown: dict[str, str] = field(default_factory=dict)  # per field: the value as a quote shows it
    errors: dict[str, str] = field(default_factory=dict)
    rows: Rows | None = None


def outcome(calculator: Calculator[Any], item: Any, index: int) -> Outcome:
    name = scenario_name(item, index)
    waarden = item.get("waarden") if isinstance(item, dict) else None
    if not isinstance(waarden, dict):
        return Outcome(name, errors={"": "De waarden konden niet worden gelezen."})
    values, normalised, errors, _, _ = checked(calculator, waarden)
    result = Outcome(name, errors=errors)
    for f in calculator.fields:
        if f.name in normalised:
            result.typed[f.name] = normalised[f.name]
            result.shown[f.name] = f.show(values[f.name]) if normalised[f.name] else NOT_FILLED_IN
        else:  # could not be read: compare and show what was typed
            raw = waarden.get(f.name)
            result.typed[f.name] = result.shown[f.name] = "" if raw is None else str(raw).strip()
    if not errors:
        rows = calculator.present(values, calculator.calculate(values))
        result.rows = rows if isinstance(rows, Rows) else None
    return result


def row_keys(outcomes: Sequence[Outcome]) -> list[str]:
    """Every row key of every scenario, in the calculator's order: the first scenario's rows, and a
    row only another scenario has right after the row it follows there."""
    keys: list[str] = []
    for item in outcomes:
        if item.rows is None:
            continue
        previous = -1
        for key in item.rows.items:
            if key in keys:
                previous = keys.index(key)
            else:
                previous += 1
                keys.insert(previous, key)
    return keys


def compare_rows(outcomes: Sequence[Outcome]) -> list[dict[str, Any]]:
    """Every result row side by side. A text row (e.g. where funding may come from) is left out when it
    reads the same in every scenario: it says nothing about the difference."""
    out = []
    for key in row_keys(outcomes):
        items = [o.rows.items.get(key) if o.rows else None for o in outcomes]
        kind, unit = next(o.rows.formats[key] for o in outcomes if o.rows and key in o.rows.items)
        if kind == "text" and len({item["value"] for item in items if item}) == 1:
            continue
        labels = [item["label"] if item else "" for item in items]
        row: dict[str, Any] = {
            "key": key,
            "kind": kind,
            "label": next(label for label in labels if label),
            "labels": labels,
            "values": [item["value"] if item else NOT_SHOWN for item in items],
            "numbers": [item["number"] if item else "" for item in items],
            "differences": [""],
            "difference_numbers": [""],
        }
        # A calculator leaves out a row of nothing (a cost the chosen programmes do not have, a second
        # year of a one-year term): in a scenario that was calculated, a number it does not show is 0.
        numbers = [item["number"] if item else "0" if o.rows and kind != "text" else ""
                   for item, o in zip(items, outcomes, strict=True)]
        base = items[0]
        for item, number in zip(items[1:], numbers[1:], strict=True):
            if kind == "text":
                change = None
                words = NOT_SHOWN if not item or not base else EQUAL if item["value"] == base["value"] else DIFFERENT
            else:
                change = difference(numbers[0], number)
                words = NOT_SHOWN if change is None else word_difference(kind, unit, change)
            row["differences"].append(words)
            row["difference_numbers"].append("" if change is None else f"{change:f}")
        out.append(row)
    return out


def compare_inputs(calculator: Calculator[Any], outcomes: Sequence[Outcome]) -> list[dict[str, Any]]:
    """The fields in which at least one scenario differs from the first, with every scenario's value."""
    out = []
    for f in calculator.fields:
        typed = [o.typed.get(f.name, "") for o in outcomes]
        changed = [index > 0 and text != typed[0] for index, text in enumerate(typed)]
        if any(changed):
            out.append({"field": f.name, "label": f.label, "values": [o.shown.get(f.name, "") for o in outcomes],
                        "changed": changed})
    return out


def compare(calculator: Calculator[Any], scenarios: Any) -> dict[str, Any]:
    """Compare 2 or 3 scenarios (`[{"naam": str, "waarden": {field: typed text}}, ...]`) of one calculator.
    Plain JSON-able data out; never raises for bad input."""
    if not isinstance(scenarios, list) or not FEWEST <= len(scenarios) <= MOST:
        return {"ok": False, "errors": {"": WRONG_COUNT}, "warnings": {}}
    outcomes = [outcome(calculator, item, index) for index, item in enumerate(scenarios)]
    inputs = compare_inputs(calculator, outcomes)
    return {
        "ok": True,
        "scenarios": [
            {"name": o.name, "ok": not o.errors, "message": problem_message(calculator, o.name, o.errors) if o.errors
             else "", "errors": o.errors, "changed": [row["field"] for row in inputs if row["changed"][index]]}
            for index, o in enumerate(outcomes)
        ],
        "rows": compare_rows(outcomes),
        "inputs": inputs,
    }
