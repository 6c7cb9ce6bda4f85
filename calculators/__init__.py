"""The handbook's calculators: one entry point for pytest, the site build and the browser.

>>> run("collectie", {"leerlingen": "200"})["result"]["doel_gekozen"]["number"]
'1000'
"""
from __future__ import annotations

from typing import Any

from . import collection
from . import exploitatie
from . import ouderprogramma
from .engine import evaluate

REGISTRY = {
    "collectie": collection,
    "exploitatie": exploitatie,
    "ouderprogramma": ouderprogramma,
}

__all__ = ["REGISTRY", "run"]


def run(calculator_id: str, payload: dict[str, str]) -> dict[str, Any]:
    """Calculate with the raw strings a visitor typed; returns plain JSON-able data."""
    module = REGISTRY.get(calculator_id) if isinstance(calculator_id, str) else None
    if module is None:
        return {"ok": False, "errors": {"": "Deze rekenhulp bestaat niet."}, "warnings": {}}
    return evaluate(module, payload)
