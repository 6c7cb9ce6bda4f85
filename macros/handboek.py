"""Macros for the handbook chapters 1, 2, 4 and 5 (docs/handboek/): lists, the quality cycle, the
continuous line, the reading figures, the roles of the reading consultant and the network."""
from __future__ import annotations

from typing import Any

from .cycle_geometry import BOX_H, BOX_W, HEIGHT, WIDTH, cycle_layout
from .data import UnknownItem
from .registry import Macros


def pick(document: Any, dotted: str) -> Any:
    """`pick(data, "exploitatiemodel.invoer")`: the value at a dotted path, or a Dutch error.

    >>> pick({"a": {"b": [1]}}, "a.b")
    [1]
    """
    node = document
    for key in dotted.split("."):
        if not isinstance(node, dict) or key not in node:
            raise UnknownItem(f"Onbekende lijst '{dotted}'.")
        node = node[key]
    return node


def register(macros: Macros) -> None:
    site = macros.site
    bouwstenen = site.index("bouwstenen")

    def handboek_lijst(soort: str, pad: str, genummerd: bool = False) -> str:
        """A list from data/<soort>.yml at a dotted path, e.g. handboek_lijst("starten", "intenties")."""
        return macros.render("handboek-lijst.html", items=pick(site.document(soort), pad),
                             naam=pad.replace(".", "-").replace("_", "-"), genummerd=genummerd, bouwstenen=bouwstenen)

    def rollen_vergelijking() -> str:
        """The roles of the reading consultant as a comparison (table on wide screens, cards on narrow)."""
        rollen = site.document("rollen")
        return macros.render("rollen-vergelijking.html", rollen=rollen["rollen"], aspecten=rollen["aspecten"],
                             bouwstenen=bouwstenen, document=rollen)

    def ander_rollenmodel() -> str:
        """The footnote: another organisation's model with more roles."""
        rollen = site.document("rollen")
        return macros.render("rollen-ander-model.html", model=rollen["ander_model"], aantal=len(rollen["rollen"]))

    def kwaliteitscyclus() -> str:
        """The PDCA quality cycle: an SVG drawn from data/kwaliteitscyclus.yml, and the same as a list."""
        cyclus = site.document("kwaliteitscyclus")
        boxes, arrows = cycle_layout(len(cyclus["fases"]))
        return macros.render("kwaliteitscyclus.html", cyclus=cyclus, boxes=boxes, arrows=arrows, width=WIDTH,
                             height=HEIGHT, box_w=BOX_W, box_h=BOX_H, bouwstenen=bouwstenen)

    def doorgaande_lijn() -> str:
        """The continuous line 0-20 years from data/inleiding.yml."""
        return macros.render("doorgaande-lijn.html", lijn=site.document("inleiding")["doorgaande_lijn"])

    def leescijfers() -> str:
        """The figures on reading from data/inleiding.yml, with when they hold."""
        return macros.render("leescijfers.html", cijfers=site.document("inleiding")["cijfers"])

    def netwerk_partijen(niveau: str) -> str:
        """The parties of one level of the network: landelijk, provinciaal or lokaal."""
        partijen = [p for p in site.document("netwerk")["partijen"] if p["niveau"] == niveau]
        if not partijen:
            raise UnknownItem(f"Geen partijen met niveau '{niveau}' in data/netwerk.yml.")
        return macros.render("netwerk-partijen.html", niveau=niveau, partijen=partijen, bouwstenen=bouwstenen)

    macros.add(handboek_lijst, netwerk_partijen, doorgaande_lijn, leescijfers, kwaliteitscyclus, ander_rollenmodel,
               rollen_vergelijking)
