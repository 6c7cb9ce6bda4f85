"""Macros for the ten bouwstenen: the overview (cards), one bouwsteen in full, and a link to one.

Each bouwsteen has its own page docs/bouwstenen/<id>.md that calls `{{ bouwsteen("id") }}`.
"""
from __future__ import annotations

from typing import Any

from .registry import Macros

PARTS = ("good_practice", "uitdagingen", "oplossingen", "bronnen")


def missing_parts(bouwsteen: dict[str, Any]) -> list[str]:
    """The parts the handbook gives no points for with this bouwsteen, in page order: their sections
    are left out, and one line under the description names them."""
    return [part for part in PARTS if not bouwsteen.get(part)]


def register(macros: Macros) -> None:
    site = macros.site
    document = site.document("bouwstenen")
    index = site.index("bouwstenen")
    soorten = {s["id"]: s for s in document["soorten"]}
    partijen = {p["id"]: p["naam"] for p in document["partijen"]}

    def bouwstenen_overzicht() -> str:
        """The overview: one card per bouwsteen, grouped by kind, each linking to its page."""
        groups = [(soort, [b for b in index.values() if b["soort"] == soort["id"]]) for soort in soorten.values()]
        return macros.render("bouwstenen-overzicht.html", groups=groups, index=index)

    def bouwsteen(bouwsteen_id: str) -> str:
        """One bouwsteen in full: description, good practice, relations, challenges per party,
        solutions, sources and cross-links to other parts of the site."""
        b = site.item("bouwstenen", bouwsteen_id)
        return macros.render("bouwsteen.html", b=b, index=index, partijen=partijen, soort=soorten[b["soort"]],
                             zie_ook=b.get("zie_ook", []), ontbreekt=missing_parts(b))

    def bouwsteen_link(bouwsteen_id: str) -> str:
        return macros.render("bouwsteen-link.html", b=site.item("bouwstenen", bouwsteen_id))

    macros.add(bouwstenen_overzicht, bouwsteen, bouwsteen_link)
