"""Checks across fields that JSON Schema cannot express, run by load_data after the schemas.

A rule takes one loaded data file (a Unit) and yields Dutch problems in the same form as the
schema errors: `data/programmas.yml › programma 4 (VoorleesExpress) › leeftijd_tot: ...`.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .messages import Unit
from .numbers import getal
from .references import mappings


def age_range_in_order(unit: Unit) -> Iterator[str]:
    """An age range is complete (both bounds or neither) and in order (leeftijd_van <= leeftijd_tot),
    in any data file that has one."""
    for item, trail in mappings(unit.document):
        low, high = item.get("leeftijd_van"), item.get("leeftijd_tot")
        if (low is None) != (high is None):
            missing = "leeftijd_tot" if high is None else "leeftijd_van"
            yield (f"{unit.where(trail + [missing])}: ontbreekt; "
                   "geef beide leeftijden (van en tot en met) of geen van beide.")
            continue
        numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (low, high))
        if numbers and low > high:
            yield (f"{unit.where(trail + ['leeftijd_tot'])}: "
                   f"moet minstens gelijk zijn aan leeftijd_van ({getal(low)}); "
                   f"nu staat er {getal(high)}.")


def _field_exists(node: Any, path: str) -> bool:
    """Whether `path` ('doel', or 'stappen.doel' for the field of the items of a list) names a field
    that at least one item has."""
    head, _, rest = path.partition(".")
    if not isinstance(node, dict) or head not in node:
        return False
    child = node[head]
    if not rest:
        return True
    return any(_field_exists(item, rest) for item in (child if isinstance(child, list) else [child]))


def origin_fields_exist(unit: Unit) -> Iterator[str]:
    """Each field that `herkomst_velden` names exists next to it (a misspelt name would label nothing)."""
    for item, trail in mappings(unit.document):
        entries = item.get("herkomst_velden")
        for index, entry in enumerate(entries if isinstance(entries, list) else []):
            for number, path in enumerate(entry.get("velden", []) if isinstance(entry, dict) else []):
                if isinstance(path, str) and not _field_exists(item, path):
                    yield (f"{unit.where(trail + ['herkomst_velden', index, 'velden', number])}: "
                           f"'{path}' is geen veld van dit onderdeel; controleer de naam.")


RULES: list[Callable[[Unit], Iterable[str]]] = [
    age_range_in_order,
    origin_fields_exist,
]


def check_rules(units: list[Unit]) -> Iterator[str]:
    for unit in units:
        for rule in RULES:
            yield from rule(unit)
