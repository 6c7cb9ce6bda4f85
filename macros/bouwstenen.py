"""Macros for the ten bouwstenen: the overview (cards), one bouwsteen in full, and a link to one.

Each bouwsteen has its own page docs/bouwstenen/<id>.md that calls `{{ bouwsteen("id") }}`.
"""
from __future__ import annotations

from typing import Any


def by_id(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {b["id"]: b for b in data["bouwstenen"]["bouwstenen"]}


def register(env, data, renderer) -> None:
    items = data["bouwstenen"]["bouwstenen"]
    soorten = data["bouwstenen"]["soorten"]
    partijen = {p["id"]: p["naam"] for p in data["bouwstenen"]["partijen"]}
    index = by_id(data)

    def known(bouwsteen_id: str) -> dict[str, Any]:
        if bouwsteen_id not in index:
            raise KeyError(f"Onbekende bouwsteen '{bouwsteen_id}'. Bekend: {', '.join(index)}.")
        return index[bouwsteen_id]

    def bouwstenen_overzicht() -> str:
        """The overview: one card per bouwsteen, grouped by kind, each linking to its page."""
        groups = [(soort, [b for b in items if b["soort"] == soort["id"]]) for soort in soorten]
        return renderer.render("bouwstenen-overzicht.html", groups=groups, index=index)

    def bouwsteen(bouwsteen_id: str) -> str:
        """One bouwsteen in full: description, good practice, relations, challenges per party,
        solutions, sources and cross-links to other parts of the site."""
        b = known(bouwsteen_id)
        return renderer.render("bouwsteen.html", b=b, index=index, partijen=partijen,
                               soort={s["id"]: s for s in soorten}[b["soort"]], zie_ook=b.get("zie_ook", []))

    def bouwsteen_link(bouwsteen_id: str) -> str:
        return renderer.render("bouwsteen-link.html", b=known(bouwsteen_id))

    env.macro(bouwstenen_overzicht)
    env.macro(bouwsteen)
    env.macro(bouwsteen_link)
