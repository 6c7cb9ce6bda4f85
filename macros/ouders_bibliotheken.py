"""Macros for the library page on parent involvement (data/ouders-bibliotheken.yml): the five
reasons with their figures, funding sources, local examples and organisations. The library's five
steps are a step plan (data/stappenplannen/bibliotheek-vijf-stappen.yml)."""
from __future__ import annotations

from decimal import Decimal


def nl_getal(value: float | int) -> str:
    """`1.5` -> `1,5`, `5.0` -> `5`: a figure in Dutch notation.

    >>> nl_getal(1.5), nl_getal(5), nl_getal(10.0)
    ('1,5', '5', '10')
    """
    number = Decimal(str(value)).normalize()
    text = format(number, "f")
    return text.replace(".", ",")


def register(env, data, renderer) -> None:
    info = data["ouders-bibliotheken"]
    renderer.env.filters.setdefault("nl_getal", nl_getal)


    def leesopvoeding_redenen() -> str:
        return renderer.render("leesopvoeding-redenen.html", info=info)

    def ouders_financiering() -> str:
        return renderer.render("ouders-financiering.html", info=info)

    def ouders_voorbeelden() -> str:
        return renderer.render("ouders-voorbeelden.html", info=info)

    def ouders_organisaties() -> str:
        return renderer.render("ouders-organisaties.html", info=info)

    env.macro(leesopvoeding_redenen)
    env.macro(ouders_financiering)
    env.macro(ouders_voorbeelden)
    env.macro(ouders_organisaties)
