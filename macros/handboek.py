"""Macros for the handbook chapters 1, 2, 4 and 5: lists, the quality cycle, the continuous line,
the reading figures, the roles of the reading consultant and the network."""
from __future__ import annotations

from typing import Any

from .cycle_geometry import BOX_H, BOX_W, HEIGHT, WIDTH, cycle_layout


def pick(document: Any, dotted: str) -> Any:
    """`pick(data, "exploitatiemodel.invoer")`: the value at a dotted path, or a Dutch KeyError."""
    node = document
    for key in dotted.split("."):
        if not isinstance(node, dict) or key not in node:
            raise KeyError(f"Onbekende lijst '{dotted}'.")
        node = node[key]
    return node


def register(env, data, renderer) -> None:
    bouwstenen = {b["id"]: b for b in data.get("bouwstenen", {}).get("bouwstenen", [])}


    def handboek_lijst(soort: str, pad: str, genummerd: bool = False) -> str:
        """A list from data/<soort>.yml at a dotted path, e.g. handboek_lijst("starten", "intenties")."""
        if soort not in data:
            raise KeyError(f"Onbekend databestand '{soort}'.")
        items = pick(data[soort], pad)
        return renderer.render("handboek-lijst.html", items=items,
                               naam=pad.replace(".", "-").replace("_", "-"), genummerd=genummerd,
                               bouwstenen=bouwstenen)

    def rollen_vergelijking() -> str:
        """The roles of the reading consultant as a comparison (table on wide screens, cards on narrow)."""
        rollen = data["rollen"]
        return renderer.render("rollen-vergelijking.html", rollen=rollen["rollen"],
                               aspecten=rollen["aspecten"], bouwstenen=bouwstenen)

    def ander_rollenmodel() -> str:
        """The footnote: another organisation's model with more roles."""
        return renderer.render("rollen-ander-model.html", model=data["rollen"]["ander_model"],
                               aantal=len(data["rollen"]["rollen"]))

    def kwaliteitscyclus() -> str:
        """The PDCA quality cycle: an SVG drawn from data/kwaliteitscyclus.yml, and the same as a list."""
        cyclus = data["kwaliteitscyclus"]
        boxes, arrows = cycle_layout(len(cyclus["fases"]))
        return renderer.render("kwaliteitscyclus.html", cyclus=cyclus, boxes=boxes,
                               arrows=arrows, width=WIDTH, height=HEIGHT, box_w=BOX_W, box_h=BOX_H,
                               bouwstenen=bouwstenen)

    def doorgaande_lijn() -> str:
        """The continuous line 0-20 years from data/inleiding.yml."""
        return renderer.render("doorgaande-lijn.html", lijn=data["inleiding"]["doorgaande_lijn"])

    def leescijfers() -> str:
        """The figures on reading from data/inleiding.yml, with when they hold."""
        return renderer.render("leescijfers.html", cijfers=data["inleiding"]["cijfers"])

    def netwerk_partijen(niveau: str) -> str:
        """The parties of one level of the network: landelijk, provinciaal or lokaal."""
        partijen = [p for p in data["netwerk"]["partijen"] if p["niveau"] == niveau]
        if not partijen:
            raise KeyError(f"Geen partijen met niveau '{niveau}' in data/netwerk.yml.")
        return renderer.render("netwerk-partijen.html", niveau=niveau, partijen=partijen,
                               bouwstenen=bouwstenen)

    env.macro(handboek_lijst)
    env.macro(netwerk_partijen)
    env.macro(doorgaande_lijn)
    env.macro(leescijfers)
    env.macro(kwaliteitscyclus)
    env.macro(ander_rollenmodel)
    env.macro(rollen_vergelijking)
