"""Macros for the programme overview (data/programmas.yml): the filterable table, one programme's
page (with its step plan, if it has one), and its name for a page title."""
from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from .registry import Macros
from .stappenplannen import plan_context

SCHEMA = Path(__file__).resolve().parent.parent / "schemas" / "programmas.schema.json"
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


@functools.cache
def enums() -> dict[str, list[str]]:
    """The values `erkenning` and `setting` may take, in the schema's order (the one list of them).

    >>> enums()["setting"]
    ['thuis', 'groep', 'beide', 'niet-vermeld']
    """
    fields = json.loads(SCHEMA.read_text(encoding="utf-8"))["properties"]["programmas"]["items"]["properties"]
    return {name: list(fields[name]["enum"]) for name in ("erkenning", "setting")}


def recognised(erkenning: str) -> bool:
    """Whether a programme is in the NJi's database at any level ('niet-vermeld': not that we know of).

    >>> recognised("goed-onderbouwd"), recognised("effectief-eerste-aanwijzingen"), recognised("niet-vermeld")
    (True, True, False)
    """
    if erkenning not in enums()["erkenning"]:
        raise ValueError(f"Onbekende erkenning '{erkenning}'.")
    return erkenning != "niet-vermeld"


def setting_matches(setting: str) -> list[str]:
    """The choices of the setting filter a programme with this setting matches: one that happens in
    both places ('beide') is also what someone looking for 'thuis' or for 'groep' wants to see.

    >>> setting_matches("beide"), setting_matches("thuis"), setting_matches("niet-vermeld")
    (['beide', 'thuis', 'groep'], ['thuis'], ['niet-vermeld'])
    """
    if setting not in enums()["setting"]:
        raise ValueError(f"Onbekende setting '{setting}'.")
    return [setting, "thuis", "groep"] if setting == "beide" else [setting]


def table_context(programmes: list[dict[str, Any]]) -> dict[str, Any]:
    """What templates/programmas-tabel.html needs: the rows, the filter's choices and, per programme,
    the filter values it matches (so that the script knows no value of the data)."""
    return {
        "programmes": programmes,
        "age_options": age_options(programmes),
        "settings": enums()["setting"],
        "recognised_levels": [level for level in enums()["erkenning"] if recognised(level)],
        "recognised": {p["id"]: recognised(p["erkenning"]) for p in programmes},
        "setting_matches": {p["id"]: setting_matches(p["setting"]) for p in programmes},
        "section": SECTION,
    }


def register(macros: Macros) -> None:
    site = macros.site
    programmes = site.items("programmas")

    def programmas_tabel() -> str:
        """Every programme as a row of one complete table, with a filter form that the script
        docs/assets/js/programmafilter.js reveals and drives (the table works without it)."""
        return macros.render("programmas-tabel.html", **table_context(programmes))

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
