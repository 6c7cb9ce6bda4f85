"""Macros for the section Ouderbetrokkenheid (docs/ouderbetrokkenheid/), except the programmes:

- the library page (data/ouders-bibliotheken.yml): the five reasons with their figures, funding
  sources, local examples and organisations;
- the childcare page (data/ouders-kinderopvang.yml): the four goals and the (incomplete) starting
  situations of the eight-step plan;
- the newcomer page (data/ouders-nieuwkomers.yml): findings, home factors, ways to stimulate home
  involvement, the good-practice questions, a parent's tips, the letter to parents, the NJi tip;
- Epstein's six types of involvement (data/vormen-ouderbetrokkenheid.yml), shared by several pages;
- the vve guide "Samenwerken met alle ouders": the groups of parents (data/oudergroepen.yml), what
  works (data/wat-werkt.yml), the competences (data/competenties.yml), the literature
  (data/literatuur.yml) and inline references to it;
- the worksheet of a step plan on its own: its guiding questions (hulpvragen) with answer fields that
  docs/assets/js/werkblad.js keeps on the visitor's device only (`stappenplan(id, werkblad=True)`
  puts them under each step instead).

The steps themselves are step plans (macros/stappenplannen.py).
"""
from __future__ import annotations

from typing import Any

from .origins import Origins
from .registry import Macros
from .stappenplannen import worksheet_plan

LITERATURE_PAGE = "ouderbetrokkenheid/vve/literatuur.md"


def register(macros: Macros) -> None:
    site = macros.site
    add_template = macros.add_template

    bieb = site.document("ouders-bibliotheken")
    for name in ("leesopvoeding_redenen", "ouders_financiering", "ouders_voorbeelden", "ouders_organisaties"):
        add_template(name, name.replace("_", "-") + ".html", info=bieb)

    opvang = site.document("ouders-kinderopvang")
    add_template("kinderopvang_doelen", "kinderopvang-doelen.html", info=opvang)
    add_template("kinderopvang_links", "bronlinks.html", links=opvang["links"])

    nieuw = site.document("ouders-nieuwkomers")
    refs = {item["id"]: item["bron"] for item in nieuw["literatuur"]}
    add_template("nieuwkomers_bevindingen", "nieuwkomers-bevindingen.html", lijst=nieuw["bevindingen"], refs=refs)
    add_template("corona_bevindingen", "nieuwkomers-bevindingen.html", lijst=nieuw["corona"], refs=refs)
    for name in ("thuisfactoren", "thuisbetrokkenheid_stimuleren", "praktijkvragen", "praktijktips", "brief_ouders",
                 "nji_tip"):
        add_template(name, name.replace("_", "-") + ".html", info=nieuw)
    add_template("nieuwkomers_links", "bronlinks.html", links=nieuw["links"],
                 titel_herkomst=Origins.van_veld(nieuw, "links.titel"))

    vormen = site.document("vormen-ouderbetrokkenheid")

    def vormen_ouderbetrokkenheid(kort: bool = False) -> str:
        """Epstein's six types as an ordered list; `kort=True` shows the names only."""
        return macros.render("vormen-ouderbetrokkenheid.html", lijst=vormen, kort=kort)

    literature = site.document("literatuur")
    references = site.index("literatuur")

    def lists(lijsten: list[dict[str, Any]], links: list[dict[str, Any]], prefix: str) -> str:
        return macros.render("vve-lijsten.html", lijsten=lijsten, links=links, prefix=prefix,
                             references=references, literature_page=LITERATURE_PAGE)

    def oudergroep(group_id: str) -> str:
        """The lists (characteristics, barriers, tips) and links of one group of parents."""
        group = site.item("oudergroepen", group_id)
        return lists(group["lijsten"], group.get("links", []), group_id)

    def wat_werkt(list_id: str) -> str:
        """One list of the chapter on what works."""
        return lists([site.item("wat-werkt", list_id)], [], "wat-werkt")

    def competenties() -> str:
        """The knowledge and skills professionals need."""
        return lists(site.document("competenties")["lijsten"], [], "competenties")

    def bron(reference_id: str, haakjes: bool = False) -> str:
        """An inline reference, e.g. 'Epstein (2001)' or with haakjes '(Epstein, 2001)', linked to its
        entry on the literature page."""
        return macros.render("literatuur-verwijzing.html", b=site.item("literatuur", reference_id),
                             literature_page=LITERATURE_PAGE, haakjes=haakjes)

    def literatuur() -> str:
        """Every reference of the vve guide, with where the guide cites it."""
        return macros.render("literatuur.html", literatuur=literature)

    def werkblad(plan_id: str, links: bool = True, kop: bool = True) -> str:
        """The site's own guiding questions of a step plan, each with an answer field. `links`: link each
        step to its section (only when stappenplan() is on the same page); `kop`: the section's heading."""
        plan = worksheet_plan(site.item("stappenplannen", plan_id))
        return macros.render("werkblad.html", plan=plan, links=links, kop=kop)

    macros.add(vormen_ouderbetrokkenheid, oudergroep, wat_werkt, competenties, bron, literatuur, werkblad)
