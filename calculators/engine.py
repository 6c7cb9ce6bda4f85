"""From the raw strings a visitor typed to a JSON-able answer, for any `Calculator`.

The calculator provides its fields and its steps (see `model.Calculator`); this module does the
rest: defaults, parsing, bounds, the order of the steps and the shape of the answer.
"""
from __future__ import annotations

from typing import Any

from .model import Calculator


def parse_all(calculator: Calculator[Any], payload: Any) -> tuple[dict[str, Any], dict[str, str], dict[str, str]]:
    """(values, normalised texts, errors): a missing or empty field takes its default."""
    raw_values = payload if isinstance(payload, dict) else {}
    values: dict[str, Any] = {}
    shown: dict[str, str] = {}
    errors: dict[str, str] = {}
    for f in calculator.fields:
        raw = raw_values.get(f.name)
        text = "" if raw is None else str(raw)
        if not text.strip():
            text = f.default
        if not text.strip() and not f.required:
            values[f.name], shown[f.name] = ((), "") if f.kind == "multichoice" else ("", "")
            continue
        try:
            values[f.name], shown[f.name] = f.parse(text)
        except ValueError as problem:
            errors[f.name] = str(problem)
    return values, shown, errors


def checked(calculator: Calculator[Any], payload: Any) -> tuple[dict[str, Any], dict[str, str], dict[str, str],
                                                                  dict[str, str], dict[str, Any]]:
    """(values, normalised texts, errors, warnings, extra): the fields parsed, then the rules across
    fields; `extra` holds the checks' notes and deferred fields for the answer. The values may be
    calculated only when there are no errors."""
    values, shown, errors = parse_all(calculator, payload)
    warnings: dict[str, str] = {}
    extra: dict[str, Any] = {}
    if not errors:
        checks = calculator.check(values)
        errors.update(checks.errors)
        warnings.update(checks.warnings)
        if checks.notes:
            extra["notes"] = checks.notes
        deferred = [name for name in checks.deferred if name in checks.errors]
        if deferred:
            extra["deferred"] = deferred
    return values, shown, errors, warnings, extra


def evaluate(calculator: Calculator[Any], payload: Any, *, quote: bool = True, csv: bool = True,
             charts: bool = True) -> dict[str, Any]:
    """Run one calculator on a payload of raw strings; never raises for bad input. `quote=False` leaves
    out the quote and its CSV (the browser asks for the quote right after the answer: `quote_only`),
    `csv=False` the CSV (the browser asks for it only when the visitor downloads it), `charts=False` the
    charts (the browser asks for them when they come into view: `charts_only`)."""
    values, shown, errors, warnings, extra = checked(calculator, payload)
    if errors:
        return {"ok": False, "errors": errors, "warnings": warnings, **extra}
    result = calculator.calculate(values)
    warnings.update(calculator.warn(values, result))
    explanation = calculator.explain(values, result)
    answer: dict[str, Any] = {
        "ok": True,
        "values": shown,
        "result": calculator.present(values, result).items,
        "explanation": explanation,
        "warnings": warnings,
        **extra,
    }
    if quote and calculator.quote is not None:
        made = calculator.quote(values, result)
        answer.update(quote=made.view(), csv_filename=made.filename)
        if csv:
            answer["csv"] = made.csv(explanation)
    if charts and calculator.chart is not None:
        answer["charts"] = [chart.view() for chart in calculator.chart(values, result)]
    return answer


def quote_only(calculator: Calculator[Any], payload: Any) -> dict[str, Any]:
    """Only the quote for a payload: `{"ok": True, "quote": {...}, "csv_filename": ...}`, or the answer
    with the errors."""
    values, _shown, errors, warnings, extra = checked(calculator, payload)
    if errors:
        return {"ok": False, "errors": errors, "warnings": warnings, **extra}
    if calculator.quote is None:
        return {"ok": False, "errors": {"": "Deze rekenhulp maakt geen offerte."}, "warnings": {}}
    made = calculator.quote(values, calculator.calculate(values))
    return {"ok": True, "quote": made.view(), "csv_filename": made.filename}


def charts_only(calculator: Calculator[Any], payload: Any) -> dict[str, Any]:
    """Only the charts for a payload: `{"ok": True, "charts": [...]}`, or the answer with the errors."""
    values, _shown, errors, warnings, extra = checked(calculator, payload)
    if errors:
        return {"ok": False, "errors": errors, "warnings": warnings, **extra}
    if calculator.chart is None:
        return {"ok": False, "errors": {"": "Deze rekenhulp maakt geen grafieken."}, "warnings": {}}
    result = calculator.calculate(values)
    return {"ok": True, "charts": [chart.view() for chart in calculator.chart(values, result)]}
