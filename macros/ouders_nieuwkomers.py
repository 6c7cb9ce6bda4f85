"""Macros for the page on parent involvement in newcomer education (data/ouders-nieuwkomers.yml).
The six types of involvement come from the shared list (macro vormen_ouderbetrokkenheid)."""
from __future__ import annotations


def register(env, data, renderer) -> None:
    info = data["ouders-nieuwkomers"]
    refs = {item["id"]: item["bron"] for item in info["literatuur"]}
    renderer.add_macro(env, "nieuwkomers_bevindingen", "nieuwkomers-bevindingen.html",
                       lijst=info["bevindingen"], refs=refs)
    renderer.add_macro(env, "corona_bevindingen", "nieuwkomers-bevindingen.html", lijst=info["corona"], refs=refs)
    for name in ("thuisfactoren", "thuisbetrokkenheid_stimuleren", "praktijkvragen", "praktijktips",
                 "brief_ouders", "nji_tip"):
        renderer.add_macro(env, name, name.replace("_", "-") + ".html", info=info)
    renderer.add_macro(env, "nieuwkomers_links", "bronlinks.html", links=info["links"])
