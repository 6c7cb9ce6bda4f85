"""The `rekenhulp(id)` macro: a calculator's form, generated from its FIELDS, with the result for
the defaults prerendered, so the page is complete before (and without) Python in the browser.

A thin port of the former calculator_forms.py; it will follow the calculators' own model."""
from __future__ import annotations

from typing import Any

import calculators
from calculators import texts
from calculators.model import Calculator, Group
from calculators.numbers_nl import format_number
from scripts import runtime

from .data.site import unknown
from .registry import Macros


def form_context(calculator_id: str) -> dict[str, Any]:
    calculator = calculators.REGISTRY[calculator_id]
    groups = calculator.groups or (Group(id="", legend=""),)
    grouped = [(group, [f for f in calculator.fields if f.group == group.id]) for group in groups]
    answer = calculators.run(calculator_id, {}, csv=False)  # the browser asks Python for the CSV
    if not answer["ok"]:
        raise ValueError(f"De standaardwaarden van rekenhulp '{calculator_id}' geven fouten: {answer['errors']}")
    return {
        "calculator_id": calculator_id,
        "groups": [(group, group_fields) for group, group_fields in grouped if group_fields],
        "answer": answer,
        "checked": calculator.checked,
        "summary": list(calculator.summary),
        # Shared with the CSV, which Python writes: the words exist once, in calculators/texts.py.
        "texts": {"explanation_heading": texts.EXPLANATION_HEADING, "input_heading": texts.INPUT_HEADING},
        "runtime": runtime.describe(),
        "calculator_ids": list(calculators.REGISTRY),  # scenarios: a file to import may only name these
        "school_list": school_list(calculator),
    }


# The number of schools that a table of schools makes unneeded (the table counts its rows). The
# template marks both fields in the HTML (data-replaced-by-list), and scholen.js finds them by that mark.
COUNT_FIELD = "scholen"


def school_list(calculator: Calculator) -> dict[str, Any] | None:
    """The table of schools for the defaults, as scholen.js shows it: written into the HTML, so that the
    form does not move when the script takes it over. A single number without a name is that many
    schools (the number of schools), as in the script."""
    field = next((f for f in calculator.fields if f.kind == "schools"), None)
    if field is None:
        return None
    schools, _ = field.parse(field.default)
    count = next((f for f in calculator.fields if f.name == COUNT_FIELD), None)
    times = 1 if schools.listed or count is None else int(count.default)
    rows = [(entry.name, format_number(entry.count)) for entry in schools.entries] * times
    return {"field": field.name, "count_field": count.name if count else "", "rows": rows}


def register(macros: Macros) -> None:
    def rekenhulp(calculator_id: str) -> str:
        if calculator_id not in calculators.REGISTRY:
            raise unknown("rekenhulp", calculator_id, list(calculators.REGISTRY))
        return macros.render("rekenhulp.html", **form_context(calculator_id))

    macros.add(rekenhulp)
