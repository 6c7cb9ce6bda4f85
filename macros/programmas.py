"""Macros for the programme overview (data/programmas.yml): the filterable table, one programme's
page, and its name for a page title."""
from __future__ import annotations

from pathlib import Path
from typing import Any

SECTION = "ouderbetrokkenheid/programmas/"
CALCULATOR_PAGE = "rekenhulpen/ouderprogramma.md"
# Pages of the vve guide that a programme page links back to (site paths).
VVE_PAGES = ("ouderbetrokkenheid/vve/wat-werkt/", "ouderbetrokkenheid/vve/afstemmen-op-ouders/")
# The page of the handbook that renders each source a programme is named in (genoemd_in).
SOURCE_PAGES = {
    "handreiking-vve": "ouderbetrokkenheid/vve/",
    "bibliotheken": "ouderbetrokkenheid/bibliotheken/",
    "nieuwkomers": "ouderbetrokkenheid/nieuwkomers/",
}


def format_age(years: float | int | None) -> str:
    """2 -> '2'; 2.5 -> '2,5'; None -> ''.

    >>> format_age(2.5), format_age(4), format_age(None)
    ('2,5', '4', '')
    """
    if years is None:
        return ""
    return f"{years:g}".replace(".", ",")


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


def by_id(programmes: list[dict[str, Any]], programme_id: str) -> dict[str, Any]:
    for p in programmes:
        if p["id"] == programme_id:
            return p
    known = ", ".join(p["id"] for p in programmes)
    raise KeyError(f"Onbekend programma '{programme_id}'. Bekend: {known}.")


def register(env, data, renderer) -> None:
    document = data.get("programmas", {"programmas": [], "overzichten": []})
    programmes: list[dict[str, Any]] = document["programmas"]


    def calculator_exists() -> bool:
        return (Path(env.conf["docs_dir"]) / CALCULATOR_PAGE).exists()

    def programmas_tabel() -> str:
        """Every programme as a row of one complete table, with a filter form that the script
        docs/assets/js/programmafilter.js reveals and drives (the table works without it)."""
        return renderer.render("programmas-tabel.html", programmes=programmes,
                               ages={p["id"]: (format_age(p.get("leeftijd_van")), format_age(p.get("leeftijd_tot")))
                                     for p in programmes},
                               age_options=age_options(programmes), section=SECTION)

    def programmas_overzichten() -> str:
        """The other overviews of programmes the vve guide points to."""
        return renderer.render("programmas-overzichten.html",
                               overzichten=document.get("overzichten", []))

    def programma_naam(programme_id: str) -> str:
        """The programme's name as plain text, for the page title in Markdown."""
        return by_id(programmes, programme_id)["naam"]

    def programma(programme_id: str) -> str:
        """One programme in full; a programme with a step plan also gets its intro, flow figure and steps."""
        p = by_id(programmes, programme_id)
        plan_parts = []
        if p.get("stappenplan"):
            plan_parts = [env.macros["stappenplan"](p["stappenplan"], niveau=3, stroom=True)]
        return renderer.render("programma.html", p=p,
                               age=(format_age(p.get("leeftijd_van")), format_age(p.get("leeftijd_tot"))),
                               plan_parts=plan_parts, section=SECTION, vve_pages=VVE_PAGES,
                               source_pages=SOURCE_PAGES,
                               calculator=calculator_exists(),
                               bouwsteen=env.macros["bouwsteen_link"]("activiteiten"))

    def programma_rekenhulp() -> str:
        """A link to the parent-programme calculator, or nothing while that page does not exist."""
        if not calculator_exists():
            return ""
        return renderer.render("programma-rekenhulp-link.html")

    env.macro(programmas_tabel)
    env.macro(programma_rekenhulp)
    env.macro(programmas_overzichten)
    env.macro(programma_naam)
    env.macro(programma)
