"""Macros for step plans (data/stappenplannen/*.yml, one generic kind for every plan of the site)."""
from __future__ import annotations

from typing import Any


def register(env, data, renderer) -> None:
    plans: dict[str, Any] = data.get("stappenplannen", {})

    def plan(plan_id: str) -> dict[str, Any]:
        if plan_id not in plans:
            raise KeyError(f"Onbekend stappenplan '{plan_id}'. Bekend: {', '.join(sorted(plans))}.")
        return plans[plan_id]

    def stappenplan(plan_id: str) -> str:
        """All steps of a plan, each with goal, for whom, texts, tools, worksheet and decisions."""
        p = plan(plan_id)
        parties = {party["id"]: party["naam"] for party in p.get("partijen", [])}
        return renderer.render("stappenplan.html", page_url=env.page.url if env.page else "",
                               plan=p, parties=parties)

    env.macro(stappenplan)
