"""The `werkblad(plan_id)` macro: the site's own guiding questions (hulpvragen) of a step plan, with
answer fields that docs/assets/js/werkblad.js keeps on the visitor's device only."""
from __future__ import annotations

from typing import Any


def register(env, data, renderer) -> None:
    plans: dict[str, Any] = data.get("stappenplannen", {})

    def werkblad(plan_id: str, links: bool = True, kop: bool = True) -> str:
        if plan_id not in plans:
            raise KeyError(f"Onbekend stappenplan '{plan_id}'. Bekend: {', '.join(sorted(plans))}.")
        plan = plans[plan_id]
        if not any(stap.get("hulpvragen") for stap in plan["stappen"]):
            raise ValueError(f"Stappenplan '{plan_id}' heeft geen hulpvragen; een werkblad zou leeg zijn.")
        return renderer.render("werkblad.html", plan=plan, links=links, kop=kop)

    env.macro(werkblad)
