"""The `vormen_ouderbetrokkenheid()` macro: Epstein's six types of parent involvement, one list
(data/vormen-ouderbetrokkenheid.yml) shared by every page that names them."""
from __future__ import annotations


def register(env, data, renderer) -> None:
    lijst = data["vormen-ouderbetrokkenheid"]

    def vormen_ouderbetrokkenheid(kort: bool = False) -> str:
        """The six types as an ordered list; `kort=True` shows the names only."""
        return renderer.render("vormen-ouderbetrokkenheid.html", lijst=lijst, kort=kort)

    env.macro(vormen_ouderbetrokkenheid)
