"""Macros for the library page on parent involvement (data/ouders-bibliotheken.yml): the five
reasons with their figures, funding sources, local examples and organisations. The library's five
steps are a step plan (data/stappenplannen/bibliotheek-vijf-stappen.yml)."""
from __future__ import annotations

from decimal import Decimal

from calculators.numbers_nl import format_number


def nl_getal(value: float | int) -> str:
    """`1.5` -> `1,5`, `5.0` -> `5`: a figure from the data in Dutch notation.

    >>> nl_getal(1.5), nl_getal(5), nl_getal(10.0)
    ('1,5', '5', '10')
    """
    return format_number(Decimal(str(value)))


def register(env, data, renderer) -> None:
    info = data["ouders-bibliotheken"]
    renderer.env.filters.setdefault("nl_getal", nl_getal)
    for name in ("leesopvoeding_redenen", "ouders_financiering", "ouders_voorbeelden", "ouders_organisaties"):
        renderer.add_macro(env, name, name.replace("_", "-") + ".html", info=info)
