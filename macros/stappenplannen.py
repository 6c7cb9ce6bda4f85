"""Macros for step plans (data/stappenplannen/*.yml, one generic kind for every plan of the site):
`stappenplan(id)` renders every step in full, `stappenplan_stroom(id)` the flow figure."""
from __future__ import annotations

from typing import Any

from .registry import Macros


def plan_context(plan: dict[str, Any], bouwstenen: dict[str, Any]) -> dict[str, Any]:
    """What both step-plan templates need: the plan, its parties and steps by id, and the bouwstenen
    by id (tools name the bouwsteen in whose toolkit they are)."""
    return {
        "plan": plan,
        "parties": {party["id"]: party["naam"] for party in plan.get("partijen", [])},
        "steps": {step["id"]: step for step in plan["stappen"]},
        "bouwstenen": bouwstenen,
    }


def worksheet_plan(plan: dict[str, Any]) -> dict[str, Any]:
    """The plan, if it has guiding questions (hulpvragen) for a worksheet; a worksheet without any would be empty."""
    if not any(step.get("hulpvragen") for step in plan["stappen"]):
        raise ValueError(f"Stappenplan '{plan['id']}' heeft geen hulpvragen; een werkblad zou leeg zijn.")
    return plan


def register(macros: Macros) -> None:
    site = macros.site

    def context(plan_id: str) -> dict[str, Any]:
        return plan_context(site.item("stappenplannen", plan_id), site.index("bouwstenen"))

    def stappenplan(plan_id: str, niveau: int = 3, stroom: bool = False, werkblad: bool = False) -> str:
        """The plan's intro and all its steps, each with goal, for whom, texts, questions, tools,
        worksheet and decisions; `niveau` is the heading level of a step; `stroom=True` puts the
        flow figure between the intro and the steps; `werkblad=True` puts each step's guiding
        questions with answer fields right under that step (the plan is then also its worksheet)."""
        found = context(plan_id)
        if werkblad:
            worksheet_plan(found["plan"])
        return macros.render("stappenplan.html", niveau=niveau, stroom=stroom, werkblad=werkblad, **found)

    def stappenplan_stroom(plan_id: str, links: bool = True) -> str:
        """The plan as a flow figure: steps in order, decisions with a branch per answer.
        `links=False` when the full plan is not on the same page."""
        return macros.render("stappenplan-stroom.html", links=links, **context(plan_id))

    macros.add(stappenplan, stappenplan_stroom)
