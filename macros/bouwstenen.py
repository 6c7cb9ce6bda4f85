"""Macros for the ten bouwstenen: the overview and a single bouwsteen."""
from __future__ import annotations

from typing import Any


def by_id(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {b["id"]: b for b in data["bouwstenen"]["bouwstenen"]}


def register(env, data, renderer) -> None:
    items = data["bouwstenen"]["bouwstenen"]
    soorten = data["bouwstenen"]["soorten"]
    index = by_id(data)

    def page_url() -> str:
        return env.page.url if env.page else ""

    def bouwstenen_overzicht() -> str:
        groups = [(soort, [b for b in items if b["soort"] == soort["id"]]) for soort in soorten]
        return renderer.render("bouwstenen-overzicht.html", page_url=page_url(), groups=groups, index=index)

    def bouwsteen_link(bouwsteen_id: str) -> str:
        if bouwsteen_id not in index:
            raise KeyError(f"Onbekende bouwsteen '{bouwsteen_id}'.")
        return renderer.render("bouwsteen-link.html", page_url=page_url(), b=index[bouwsteen_id])

    env.macro(bouwstenen_overzicht)
    env.macro(bouwsteen_link)
