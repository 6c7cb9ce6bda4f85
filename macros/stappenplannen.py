"""Macros for step plans (data/stappenplannen/*.yml, one generic kind for every plan of the site):
`stappenplan(id)` renders every step in full, `stappenplan_stroom(id)` the flow figure."""
from __future__ import annotations

from typing import Any


def plan_context(plan: dict[str, Any], bouwstenen: list[dict[str, Any]]) -> dict[str, Any]:
    """What both step-plan templates need besides the plan itself."""
    return {
        "plan": plan,
        "parties": {party["id"]: party["naam"] for party in plan.get("partijen", [])},
        "steps": {step["id"]: step for step in plan["stappen"]},
        "bouwstenen": {b["id"]: b for b in bouwstenen},
    }


def register(env, data, renderer) -> None:
    plans: dict[str, Any] = data.get("stappenplannen", {})
    bouwstenen = data.get("bouwstenen", {}).get("bouwstenen", [])

    def plan(plan_id: str) -> dict[str, Any]:
        if plan_id not in plans:
            raise KeyError(f"Onbekend stappenplan '{plan_id}'. Bekend: {', '.join(sorted(plans))}.")
        return plans[plan_id]


    def stappenplan(plan_id: str, niveau: int = 3, stroom: bool = False) -> str:
        """The plan's intro and all its steps, each with goal, for whom, texts, questions, tools,
        worksheet and decisions; `niveau` is the heading level of a step; `stroom=True` puts the
        flow figure between the intro and the steps."""
        return renderer.render("stappenplan.html", niveau=niveau, stroom=stroom,
                               **plan_context(plan(plan_id), bouwstenen))

    def stappenplan_stroom(plan_id: str, links: bool = True) -> str:
        """The plan as a flow figure: steps in order, decisions with a branch per answer.
        `links=False` when the full plan is not on the same page."""
        return renderer.render("stappenplan-stroom.html", links=links,
                               **plan_context(plan(plan_id), bouwstenen))

    env.macro(stappenplan)
    env.macro(stappenplan_stroom)
