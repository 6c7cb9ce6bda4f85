"""Macros that cite the handbook's norms from calculators/norms.py, the one place that holds them."""
from __future__ import annotations

from calculators.norms import NORMS
from calculators.numbers_nl import format_number


def norm_value(key: str) -> str:
    """`5`: the bare number, in Dutch notation."""
    if key not in NORMS:
        raise KeyError(f"Onbekende norm '{key}'. Bekende normen: {', '.join(sorted(NORMS))}.")
    return format_number(NORMS[key].value)


def norm(key: str) -> str:
    """`5 boeken per leerling`: number and unit, as a page cites it."""
    value = norm_value(key)
    return f"{value} {NORMS[key].unit}".strip()


def norm_bron(key: str) -> str:
    norm_value(key)
    source = NORMS[key].source
    return source.text + (f" ({source.year})" if source.year else "")


def register(env, data, renderer) -> None:  # noqa: ARG001 - same signature as the other modules
    env.macro(norm)
    env.macro(norm_value)
    env.macro(norm_bron)
