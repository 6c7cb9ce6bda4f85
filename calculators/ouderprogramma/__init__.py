"""Budget of a parent-involvement programme in early education (`ouderprogramma`).

One or more programmes (ids shared with data/programmas.yml) for a number of families and
locations: execution by professionals or volunteers, coordination, materials, parent meetings and
training of professionals; per year, over the budget period, per family and per cost item. The
funding routes the sources name are given as information, never as an eligibility check.
"""
from __future__ import annotations

from ..model import Calculator, Checks, Values
from ..numbers_nl import format_number
from .budget import Budget, calculate
from .charts import charts
from .fields import BY_ID, CHECKED, FIELDS, GROUPS, PROGRAMMES
from .present import explain, present, quote

__all__ = ["CALCULATOR", "FIELDS", "PROGRAMMES"]


def check(v: Values) -> Checks:
    errors, warnings = {}, {}
    chosen = [BY_ID[i] for i in v["programmas"]]
    if not chosen:
        errors["programmas"] = "Kies minstens één programma."
    group_programmes = [p.label for p in chosen if not p.per_family]
    if group_programmes and v["locaties"] < 1:
        errors["locaties"] = f"Vul minstens 1 locatie in voor {', '.join(group_programmes)}."
    longer = [p for p in chosen if p.years > v["jaren"]]
    if longer:
        warnings["jaren"] = (f"{longer[0].label} duurt {format_number(longer[0].years)} jaar per gezin; deze begroting "
                             f"dekt {format_number(v['jaren'])} jaar.")
    return Checks(errors, warnings)


CALCULATOR: Calculator[Budget] = Calculator(
    id="ouderprogramma", fields=FIELDS, groups=GROUPS, checked=CHECKED,
    summary=("totaal", "per_jaar", "per_gezin_jaar"),
    check=check, calculate=calculate, explain=explain, present=present, quote=quote,
    chart=charts,
)
