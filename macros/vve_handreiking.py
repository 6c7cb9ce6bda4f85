"""Macros for the pages of the vve guide "Samenwerken met alle ouders": the lists of the four
groups of parents (data/oudergroepen.yml), of what works (data/wat-werkt.yml), the competences of
professionals (data/competenties.yml) and the literature (data/literatuur.yml)."""
from __future__ import annotations

from typing import Any

LITERATURE_PAGE = "ouderbetrokkenheid/vve/literatuur/"


def find(items: list[dict[str, Any]], item_id: str, what: str) -> dict[str, Any]:
    for item in items:
        if item["id"] == item_id:
            return item
    raise KeyError(f"Onbekend(e) {what} '{item_id}'. Bekend: {', '.join(i['id'] for i in items)}.")


def register(env, data, renderer) -> None:
    groups = data.get("oudergroepen", {}).get("groepen", [])
    works = data.get("wat-werkt", {}).get("lijsten", [])
    competences = data.get("competenties", {}).get("lijsten", [])
    literature = data.get("literatuur", {"bronnen": [], "losse_links": []})
    references = {b["id"]: b for b in literature["bronnen"]}


    def lists(lijsten: list[dict[str, Any]], links: list[dict[str, Any]], prefix: str) -> str:
        return renderer.render("vve-lijsten.html", lijsten=lijsten, links=links,
                               prefix=prefix, references=references, literature_page=LITERATURE_PAGE)

    def oudergroep(group_id: str) -> str:
        """The lists (characteristics, barriers, tips) and links of one group of parents."""
        group = find(groups, group_id, "oudergroep")
        return lists(group["lijsten"], group.get("links", []), group_id)

    def wat_werkt(list_id: str) -> str:
        """One list of the chapter on what works."""
        item = find(works, list_id, "lijst in data/wat-werkt.yml")
        return lists([item], [], "wat-werkt")

    def competenties() -> str:
        """The knowledge and skills professionals need."""
        return lists(competences, [], "competenties")

    def bron(reference_id: str, haakjes: bool = False) -> str:
        """An inline reference, e.g. 'Epstein (2001)' or with haakjes '(Epstein, 2001)', linked to its
        entry on the literature page."""
        if reference_id not in references:
            raise KeyError(f"Onbekende bron '{reference_id}' (zie data/literatuur.yml).")
        return renderer.render("literatuur-verwijzing.html", b=references[reference_id],
                               literature_page=LITERATURE_PAGE, haakjes=haakjes)

    def literatuur() -> str:
        """Every reference of the vve guide, with where the guide cites it."""
        return renderer.render("literatuur.html", literatuur=literature)

    env.macro(oudergroep)
    env.macro(wat_werkt)
    env.macro(competenties)
    env.macro(bron)
    env.macro(literatuur)
