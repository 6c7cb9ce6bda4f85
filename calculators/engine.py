"""From the raw strings a visitor typed to a JSON-able answer, for any calculator module.

A calculator module provides `FIELDS` (a tuple of `Field`) and `calculate(values) -> Outcome`;
optionally `GROUPS` (fieldsets) and `check(values) -> (errors, warnings)` for rules that span
fields. This module does everything else: defaults, parsing, bounds, the output shape.
"""
from __future__ import annotations

from dataclasses import dataclass, field as dc_field
from decimal import Decimal
from typing import Any, Callable

from . import numbers_nl
from .fields import CHOICE, COUNT, MONEY, MULTICHOICE, PERCENT, TEXT, Field
from .numbers_nl import NotANumber, format_euro, format_number, format_percent, plain


@dataclass
class Outcome:
    """What `calculate` returns: results in display order, explanation lines, warnings."""

    results: dict[str, dict[str, str]] = dc_field(default_factory=dict)
    explanation: list[str] = dc_field(default_factory=list)
    warnings: dict[str, str] = dc_field(default_factory=dict)
    # Extra JSON-able keys for the answer (e.g. "quote", "csv"); they never replace the base keys.
    extra: dict[str, Any] = dc_field(default_factory=dict)

    def count(self, key: str, label: str, value: int | Decimal, unit: str = "") -> None:
        self._add(key, label, format_number(value) + (f" {unit}" if unit else ""), value)

    def money(self, key: str, label: str, amount: Decimal) -> None:
        self._add(key, label, format_euro(amount), numbers_nl.round_cents(amount))

    def percent(self, key: str, label: str, value: Decimal) -> None:
        self._add(key, label, format_percent(value), value)

    def text(self, key: str, label: str, value: str) -> None:
        self.results[key] = {"label": label, "value": value, "number": ""}

    def _add(self, key: str, label: str, shown: str, number: int | Decimal) -> None:
        self.results[key] = {"label": label, "value": shown, "number": plain(number)}


def _bound_text(f: Field, bound: Decimal) -> str:
    if f.kind == MONEY:
        return format_euro(bound)
    if f.kind == PERCENT:
        return format_percent(bound)
    return format_number(bound)


def parse_field(f: Field, raw: str) -> tuple[Any, str]:
    """Return (value, normalised text) or raise ValueError with a Dutch message for the visitor."""
    text = raw.strip()
    if len(text) > f.max_length:
        raise ValueError(f"Dit is te lang: gebruik hoogstens {f.max_length} tekens.")
    if f.kind == TEXT:
        return text, text
    if f.kind == CHOICE:
        ids = dict(f.choices)
        if text not in ids:
            raise ValueError("Kies een van de mogelijkheden uit de lijst.")
        return text, text
    if f.kind == MULTICHOICE:
        ids = [part.strip() for part in text.split(",") if part.strip()]
        known = [choice for choice, _ in f.choices]
        unknown = [part for part in ids if part not in known]
        if unknown:
            raise ValueError("Onbekende keuze: " + ", ".join(unknown[:3]) + ". Kies uit de lijst.")
        if f.required and not ids:
            raise ValueError("Kies minstens één mogelijkheid.")
        chosen = [choice for choice in known if choice in ids]  # canonical order, no doubles
        return tuple(chosen), ",".join(chosen)
    try:
        number = numbers_nl.parse_number(text)
    except NotANumber as problem:
        raise ValueError(str(problem)) from None
    if f.kind == COUNT and number != number.to_integral_value():
        raise ValueError("Vul een heel getal in, zonder cijfers achter de komma.")
    if f.kind == MONEY and number.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValueError("Een bedrag heeft hoogstens twee cijfers achter de komma.")
    if f.minimum is not None and number < f.minimum:
        raise ValueError(f"Dit moet minstens {_bound_text(f, f.minimum)} zijn.")
    if f.maximum is not None and number > f.maximum:
        raise ValueError(f"Dit mag hoogstens {_bound_text(f, f.maximum)} zijn.")
    if f.kind == COUNT:
        return int(number), format_number(number)
    if f.kind == MONEY:
        return number, format_number(number, 2)
    return number, format_number(number)


def evaluate(module: Any, payload: Any) -> dict[str, Any]:
    """Run one calculator module on a payload of raw strings; never raises for bad input."""
    fields: tuple[Field, ...] = module.FIELDS
    raw_values = payload if isinstance(payload, dict) else {}
    values: dict[str, Any] = {}
    shown: dict[str, str] = {}
    errors: dict[str, str] = {}
    for f in fields:
        raw = raw_values.get(f.name)
        text = "" if raw is None else str(raw)
        if not text.strip():
            text = f.default
        if not text.strip() and not f.required:
            values[f.name], shown[f.name] = (() if f.kind == MULTICHOICE else ""), ""
            continue
        try:
            values[f.name], shown[f.name] = parse_field(f, text)
        except ValueError as problem:
            errors[f.name] = str(problem)
    warnings: dict[str, str] = {}
    check: Callable[[dict[str, Any]], tuple[dict[str, str], dict[str, str]]] | None = getattr(module, "check", None)
    if not errors and check is not None:
        more_errors, warnings = check(values)
        errors.update(more_errors)
    if errors:
        return {"ok": False, "errors": errors, "warnings": warnings}
    outcome: Outcome = module.calculate(values)
    warnings.update(outcome.warnings)
    answer = {
        "ok": True,
        "values": shown,
        "result": outcome.results,
        "explanation": outcome.explanation,
        "warnings": warnings,
    }
    answer.update({key: value for key, value in outcome.extra.items() if key not in answer})
    return answer
