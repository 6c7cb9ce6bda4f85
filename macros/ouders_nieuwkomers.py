"""Macros for the page on parent involvement in newcomer education (data/ouders-nieuwkomers.yml).
The six types of involvement come from the shared list (macro vormen_ouderbetrokkenheid)."""
from __future__ import annotations


def register(env, data, renderer) -> None:
    info = data["ouders-nieuwkomers"]
    refs = {item["id"]: item["bron"] for item in info["literatuur"]}


    def nieuwkomers_bevindingen() -> str:
        return renderer.render("nieuwkomers-bevindingen.html", lijst=info["bevindingen"], refs=refs)

    def corona_bevindingen() -> str:
        return renderer.render("nieuwkomers-bevindingen.html", lijst=info["corona"], refs=refs)

    def thuisfactoren() -> str:
        return renderer.render("thuisfactoren.html", info=info)

    def thuisbetrokkenheid_stimuleren() -> str:
        return renderer.render("thuisbetrokkenheid-stimuleren.html", info=info)

    def praktijkvragen() -> str:
        return renderer.render("praktijkvragen.html", info=info)

    def praktijktips() -> str:
        return renderer.render("praktijktips.html", info=info)

    def brief_ouders() -> str:
        return renderer.render("brief-ouders.html", info=info)

    def nji_tip() -> str:
        return renderer.render("nji-tip.html", info=info)

    def nieuwkomers_links() -> str:
        return renderer.render("bronlinks.html", links=info["links"])

    for macro in (nieuwkomers_bevindingen, corona_bevindingen, thuisfactoren, thuisbetrokkenheid_stimuleren,
                  praktijkvragen, praktijktips, brief_ouders, nji_tip, nieuwkomers_links):
        env.macro(macro)
