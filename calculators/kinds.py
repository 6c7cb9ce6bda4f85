"""What each kind of field accepts and how its value reads: the one place that switches on `kind`.

>>> from decimal import Decimal
>>> from calculators.model import Source, count, money
>>> pupils = count("leerlingen", label="Leerlingen", hint="", default="225", unit="leerlingen",
...                maximum=Decimal(5000), source=Source("x"))
>>> pupils.parse("1.234")
(1234, '1.234')
>>> pupils.show(1234)
'1.234 leerlingen'
>>> price = money("prijs", label="Prijs", hint="", default="15,00", source=Source("x"))
>>> price.parse("€ 15,5"), price.show(Decimal("15.5"))
((Decimal('15.5'), '15,50'), '€ 15,50')
"""
from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .dates_nl import format_date, parse_date
from .numbers_nl import NotANumber, format_euro, format_number, format_percent, parse_number
from .school_list import Entry, SchoolList, parse_list

if TYPE_CHECKING:
    from .model import Field

NUMERIC = ("count", "decimal", "money", "percent")


def amount(f: Field, number: Decimal | int) -> str:
    """A number as this kind writes it, without a unit: `€ 1.234,56`, `12,5%`, `2.400`."""
    if f.kind == "money":
        return format_euro(Decimal(number))
    if f.kind == "percent":
        return format_percent(Decimal(number))
    return format_number(number)


def show(f: Field, value: Any) -> str:
    """A value as a quote shows it: with its unit, a choice by its label."""
    if f.kind == "text":
        return str(value)
    if f.kind == "date":
        return format_date(value) if value else ""
    if f.kind == "schools":
        return "; ".join((f"{e.name}: " if e.name else "") + f"{format_number(e.count)} {f.unit}".strip()
                         for e in value.entries)
    if f.kind == "choice":
        return str(dict(f.choices).get(value, value))
    if f.kind == "multichoice":
        labels = dict(f.choices)
        return ", ".join(labels[v] for v in value)
    shown = amount(f, value)
    unit = f.unit_one if value == 1 and f.unit_one else f.unit
    return f"{shown} {unit}" if f.kind in ("count", "decimal") and unit else shown


def _parse_text(f: Field, text: str) -> tuple[Any, str]:
    return text, text


def _parse_choice(f: Field, text: str) -> tuple[Any, str]:
    if text not in dict(f.choices):
        raise ValueError("Kies een van de mogelijkheden uit de lijst.")
    return text, text


def _parse_multichoice(f: Field, text: str) -> tuple[Any, str]:
    ids = [part.strip() for part in text.split(",") if part.strip()]
    known = [choice for choice, _ in f.choices]
    unknown = [part for part in ids if part not in known]
    if unknown:
        raise ValueError("Onbekende keuze: " + ", ".join(unknown[:3]) + ". Kies uit de lijst.")
    if f.required and not ids:
        raise ValueError("Kies minstens één mogelijkheid.")
    chosen = tuple(choice for choice in known if choice in ids)  # canonical order, no doubles
    return chosen, ",".join(chosen)


def _parse_date(f: Field, text: str) -> tuple[Any, str]:
    day = parse_date(text)
    return day, format_date(day)


def _parse_schools(f: Field, text: str) -> tuple[Any, str]:
    """One number (the same for every school, read as a count) or a list, one entry per school."""
    if not any(mark in text for mark in ";:\n\r") and not re.search(r",\s", text):
        value, shown = _parse_number(f, text)
        return SchoolList((Entry("", value),), listed=False), shown
    schools = parse_list(text, minimum=int(f.minimum or 0), maximum=int(f.maximum or 10**9), noun=f.unit)
    return schools, schools.text()


def _parse_number(f: Field, text: str) -> tuple[Any, str]:
    try:
        number = parse_number(text)
    except NotANumber as problem:
        raise ValueError(str(problem)) from None
    if f.kind in ("count", "schools") and number != number.to_integral_value():
        raise ValueError("Vul een heel getal in, zonder cijfers achter de komma.")
    if f.kind == "money" and number.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValueError("Een bedrag heeft hoogstens twee cijfers achter de komma.")
    if f.minimum is not None and number < f.minimum:
        raise ValueError(f"Dit moet minstens {amount(f, f.minimum)} zijn.")
    if f.maximum is not None and number > f.maximum:
        raise ValueError(f"Dit mag hoogstens {amount(f, f.maximum)} zijn.")
    if f.kind in ("count", "schools"):
        return int(number), format_number(number)
    if f.kind == "money":
        return number, format_number(number, 2)
    return number, format_number(number)


PARSERS: dict[str, Callable[[Field, str], tuple[Any, str]]] = {
    "count": _parse_number,
    "decimal": _parse_number,
    "money": _parse_number,
    "percent": _parse_number,
    "text": _parse_text,
    "choice": _parse_choice,
    "multichoice": _parse_multichoice,
    "date": _parse_date,
    "schools": _parse_schools,
}


def parse(f: Field, raw: str) -> tuple[Any, str]:
    """(value, normalised text) or ValueError with a Dutch message for the visitor."""
    text = raw.strip()
    if len(text) > f.max_length:
        raise ValueError(f"Dit is te lang: gebruik hoogstens {f.max_length} tekens.")
    return PARSERS[f.kind](f, text)
