"""Macros for the programme overview (data/programmas.yml): the filterable table, one programme's
page (with its step plan, if it has one), and its name for a page title."""
from __future__ import annotations

from typing import Any

from .registry import Macros
from .stappenplannen import plan_context

SECTION = "ouderbetrokkenheid/programmas/"
# Pages of the vve guide that a programme page links back to.
VVE_PAGES = ("ouderbetrokkenheid/vve/wat-werkt.md", "ouderbetrokkenheid/vve/afstemmen-op-ouders.md")
# The page of the handbook that renders each source a programme is named in (genoemd_in).
SOURCE_PAGES = {
    "handreiking-vve": "ouderbetrokkenheid/vve/index.md",
    "bibliotheken": "ouderbetrokkenheid/bibliotheken.md",
    "nieuwkomers": "ouderbetrokkenheid/nieuwkomers.md",
}


def age_options(programmes: list[dict[str, Any]]) -> list[int]:
    """Whole years from the youngest to the oldest age any programme names, for the age filter.

    >>> age_options([{"leeftijd_van": 1, "leeftijd_tot": 2.5}, {"leeftijd_van": 3, "leeftijd_tot": 6}, {}])
    [1, 2, 3, 4, 5, 6]
    """
    lows = [p["leeftijd_van"] for p in programmes if "leeftijd_van" in p]
    highs = [p["leeftijd_tot"] for p in programmes if "leeftijd_tot" in p]
    if not lows or not highs:
        return []
    return list(range(int(min(lows)), int(max(highs)) + 1))


def register(macros: Macros) -> None:
    site = macros.site
    programmes = site.items("programmas")

    def programmas_tabel() -> str:
        """Every programme as a row of one complete table, with a filter form that the script
        docs/assets/js/programmafilter.js reveals and drives (the table works without it)."""
        return macros.render("programmas-tabel.html", programmes=programmes, age_options=age_options(programmes),
                             section=SECTION)

    def programmas_overzichten() -> str:
        """The other overviews of programmes the vve guide points to."""
        return macros.render("programmas-overzichten.html", overzichten=site.document("programmas")["overzichten"])

    def programma_naam(programme_id: str) -> str:
        """The programme's name as plain text, for the page title in Markdown."""
        return site.item("programmas", programme_id)["naam"]

    def programma(programme_id: str) -> str:
        """One programme in full; a programme with a step plan also gets its intro, flow figure and steps."""
        p = site.item("programmas", programme_id)
        plan = p.get("stappenplan")
        stappenplan = plan_context(site.item("stappenplannen", plan), site.index("bouwstenen")) if plan else None
        return macros.render("programma.html", p=p, stappenplan=stappenplan, section=SECTION, vve_pages=VVE_PAGES,
                             source_pages=SOURCE_PAGES, activiteiten=site.item("bouwstenen", "activiteiten"))

    def programma_rekenhulp() -> str:
        """A link to the parent-programme calculator."""
        return macros.render("programma-rekenhulp-link.html")

    macros.add(programmas_tabel, programma_rekenhulp, programmas_overzichten, programma_naam, programma)
