"""The handbook's calculators: one entry point for pytest, the site build and the browser.

>>> run("collectie", {"leerlingen": "200"})["result"]["doel_gekozen"]["number"]
'1000'
>>> run_json("collectie", '{"leerlingen": "200"}')[:12]
'{"ok": true,'
>>> run_json("collectie", "[1, 2]")
'{"ok": false, "errors": {"": "De invoer kon niet worden gelezen."}, "warnings": {}}'
>>> two = [{"naam": "A", "waarden": {"leerlingen": "200"}}, {"naam": "B", "waarden": {"leerlingen": "180"}}]
>>> json.loads(compare_json("collectie", json.dumps(two)))["rows"][2]["differences"]
['', '− 100 boeken']
>>> compare_json("collectie", "{")
'{"ok": false, "errors": {"": "De invoer kon niet worden gelezen."}, "warnings": {}}'
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator, MutableMapping
from importlib import import_module
from typing import TYPE_CHECKING, Any

from .engine import charts_only, evaluate, quote_only

if TYPE_CHECKING:
    from .model import Calculator

IDS = ("collectie", "exploitatie", "ouderprogramma")


class Registry(MutableMapping[str, "Calculator[Any]"]):
    """The calculators by id. Each one's module is imported when it is first asked for, so that a page
    in the browser starts Python with only the calculator it shows (the others took Pyodide about
    80 ms to import, under Node on the benchmark machine). A test can add a calculator of its own for
    a while (`REGISTRY["proef"] = ...`).

    >>> list(REGISTRY), REGISTRY["collectie"].id, "geen" in REGISTRY
    (['collectie', 'exploitatie', 'ouderprogramma'], 'collectie', False)
    """

    def __init__(self) -> None:
        self.added: dict[str, Calculator[Any]] = {}

    def __getitem__(self, calculator_id: str) -> Calculator[Any]:
        if calculator_id in self.added:
            return self.added[calculator_id]
        if calculator_id not in IDS:
            raise KeyError(calculator_id)
        calculator: Calculator[Any] = import_module(f"{__name__}.{calculator_id}").CALCULATOR
        return calculator

    def __setitem__(self, calculator_id: str, calculator: Calculator[Any]) -> None:
        self.added[calculator_id] = calculator

    def __delitem__(self, calculator_id: str) -> None:
        del self.added[calculator_id]

    def __iter__(self) -> Iterator[str]:
        yield from IDS
        yield from (key for key in self.added if key not in IDS)

    def __len__(self) -> int:
        return len(IDS) + sum(key not in IDS for key in self.added)


REGISTRY = Registry()

__all__ = ["REGISTRY", "charts_json", "compare_json", "csv_json", "quote_json", "run", "run_json"]

UNKNOWN = {"ok": False, "errors": {"": "Deze rekenhulp bestaat niet."}, "warnings": {}}
UNREADABLE = {"ok": False, "errors": {"": "De invoer kon niet worden gelezen."}, "warnings": {}}


def run(calculator_id: str, payload: dict[str, str], *, quote: bool = True, csv: bool = True,
        charts: bool = True) -> dict[str, Any]:
    """Calculate with the raw strings a visitor typed; returns plain JSON-able data, never raises
    for bad input. A calculator with a quote includes it and its CSV unless `quote=False` (or only
    the CSV left out: `csv=False`), one with charts its charts unless `charts=False`."""
    calculator = _find(calculator_id)
    if calculator is None:
        return dict(UNKNOWN)
    return evaluate(calculator, payload, quote=quote, csv=csv, charts=charts)


def _find(calculator_id: Any) -> Calculator[Any] | None:
    return REGISTRY.get(calculator_id) if isinstance(calculator_id, str) else None


def _read(payload_json: str) -> dict[str, Any] | None:
    try:
        payload = json.loads(payload_json)
    except (TypeError, ValueError):
        return None
    return payload if isinstance(payload, dict) else None


def run_json(calculator_id: str, payload_json: str) -> str:
    """The browser's entry point: JSON text in, the same data as `run()` as JSON text out (so no
    Python object crosses into JavaScript). Without the quote, the CSV and the charts: the page asks
    for the quote with `quote_json` right after the answer (it is drawn below the result, after it),
    for the CSV with `csv_json` when the visitor downloads it and for the charts with `charts_json`
    when they come into view, so the answer the visitor looks at comes first."""
    payload = _read(payload_json)
    answer = run(calculator_id, payload, quote=False, charts=False) if payload is not None else UNREADABLE
    return json.dumps(answer, ensure_ascii=False)


def quote_json(calculator_id: str, payload_json: str) -> str:
    """The quote for these inputs: `{"ok": true, "quote": ..., "csv_filename": ...}` as JSON text, or
    `{"ok": false, "errors": ...}` when the inputs have errors or the calculator makes no quote."""
    return _part_json(quote_only, calculator_id, payload_json)


def csv_json(calculator_id: str, payload_json: str) -> str:
    """The CSV of the quote for these inputs: `{"ok": true, "csv": ..., "filename": ...}` as JSON
    text, or `{"ok": false, "errors": ...}` when the inputs have errors or there is no quote."""
    payload = _read(payload_json)
    answer = run(calculator_id, payload, charts=False) if payload is not None else UNREADABLE
    if answer.get("ok"):
        answer = ({"ok": True, "csv": answer["csv"], "filename": answer["csv_filename"]} if "csv" in answer
                  else {"ok": False, "errors": {"": "Deze rekenhulp maakt geen offerte."}, "warnings": {}})
    return json.dumps(answer, ensure_ascii=False)


def charts_json(calculator_id: str, payload_json: str) -> str:
    """The charts for these inputs: `{"ok": true, "charts": [...]}` as JSON text, or the errors."""
    return _part_json(charts_only, calculator_id, payload_json)


def _part_json(part: Callable[[Calculator[Any], Any], dict[str, Any]], calculator_id: str, payload_json: str) -> str:
    """One part of the answer (`engine.quote_only` or `engine.charts_only`) as JSON text."""
    calculator = _find(calculator_id)
    payload = _read(payload_json)
    if calculator is None:
        return json.dumps(UNKNOWN, ensure_ascii=False)
    answer = part(calculator, payload) if payload is not None else UNREADABLE
    return json.dumps(answer, ensure_ascii=False)


def compare_json(calculator_id: str, scenarios_json: str) -> str:
    """The browser's entry point for comparing 2 or 3 scenarios of one calculator (`calculators.compare`):
    `[{"naam": str, "waarden": {field: typed text}}, ...]` as JSON text in, the comparison as JSON text
    out; unreadable input gives the same answer as `run_json`. Never raises for bad input."""
    calculator = _find(calculator_id)
    try:
        scenarios = json.loads(scenarios_json)
    except (TypeError, ValueError):
        scenarios = None
    if calculator is None:
        answer = dict(UNKNOWN)
    elif not isinstance(scenarios, list):
        answer = UNREADABLE
    else:
        from .compare import compare  # only when the visitor compares scenarios

        answer = compare(calculator, scenarios)
    return json.dumps(answer, ensure_ascii=False)
