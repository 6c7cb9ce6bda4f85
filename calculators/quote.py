"""A printable quote view and a CSV for Dutch Excel, built from tables of amounts.

A calculator builds `Table`s whose cells are text (`str`), money (`Money`) or counts (`int`).
`quote_view()` turns them into plain JSON (Dutch display text) for the page; `to_csv()` writes the
same content as CSV that Dutch Excel opens as it is: `;` between cells, a decimal comma, no
thousands separators, CRLF line ends and a UTF-8 byte order mark.

>>> t = Table("t", "Kosten", ("Post", "Bedrag"), [["Boeken", Money("1234.5")]])
>>> quote_view("Offerte", [("Nummer", "=1+1")], [], [t], "Een schatting.")["tables"][0]["rows"]
[['Boeken', '€ 1.234,50']]
>>> to_csv("Offerte", [("Nummer", "=1+1")], [], [t], "Een schatting.").splitlines()[:5]
['\\ufeffOfferte', "Nummer;'=1+1", '', 'Kosten', 'Post;Bedrag']
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Union

from .fields import CHOICE, COUNT, MONEY, MULTICHOICE, PERCENT, TEXT, Field
from .numbers_nl import format_euro, format_number, format_percent, round_cents

BOM = "\ufeff"
SEPARATOR = ";"
NEWLINE = "\r\n"
# Text starting with one of these is read by spreadsheet programs as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class Money(Decimal):
    """An amount in euro: `€ 1.234,56` on the page, `1234,56` in the CSV."""


Cell = Union[str, int, Money]


@dataclass
class Table:
    id: str
    title: str
    columns: tuple[str, ...]
    rows: list[list[Cell]]
    total: list[Cell] | None = None
    notes: list[str] = field(default_factory=list)


def show(cell: Cell) -> str:
    """Dutch display text of a cell."""
    if isinstance(cell, Money):
        return format_euro(cell)
    if isinstance(cell, int):
        return format_number(cell)
    return str(cell)


def csv_cell(cell: Cell) -> str:
    """One CSV cell: numbers with a decimal comma; text quoted when needed and never a formula."""
    if isinstance(cell, Money):
        return f"{round_cents(cell):f}".replace(".", ",")
    if isinstance(cell, int):
        return str(cell)
    text = str(cell)
    if text.startswith(FORMULA_START):
        text = "'" + text
    if any(ch in text for ch in (SEPARATOR, '"', "\n", "\r")):
        text = '"' + text.replace('"', '""') + '"'
    return text


def field_text(f: Field, value: Any) -> str:
    """How an input is shown in the quote's summary of inputs."""
    if f.kind == TEXT:
        return value
    if f.kind == MONEY:
        return format_euro(value)
    if f.kind == PERCENT:
        return format_percent(value)
    if f.kind == CHOICE:
        return dict(f.choices).get(value, value)
    if f.kind == MULTICHOICE:
        labels = dict(f.choices)
        return ", ".join(labels[v] for v in value)
    shown = format_number(value)
    return f"{shown} {f.unit}".strip() if f.kind == COUNT or f.unit else shown


def input_summary(fields: tuple[Field, ...], values: dict[str, Any], skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(f.label, field_text(f, values[f.name])) for f in fields if f.name not in skip]


def quote_view(title: str, details: list[tuple[str, str]], inputs: list[tuple[str, str]],
               tables: list[Table], note: str) -> dict[str, Any]:
    """Plain JSON for the quote section of the page (all text already Dutch)."""
    return {
        "title": title,
        "details": [[label, value] for label, value in details],
        "inputs": [[label, value] for label, value in inputs],
        "tables": [
            {
                "id": t.id,
                "title": t.title,
                "columns": list(t.columns),
                "rows": [[show(c) for c in row] for row in t.rows],
                "total": [show(c) for c in t.total] if t.total else [],
                "notes": list(t.notes),
            }
            for t in tables
        ],
        "note": note,
    }


def to_csv(title: str, details: list[tuple[str, str]], inputs: list[tuple[str, str]],
           tables: list[Table], note: str, explanation: list[str] = (), input_heading: str = "Invoer",
           explanation_heading: str = "Zo is het berekend") -> str:
    """The whole quote as one CSV text for Dutch Excel (see the module docstring)."""
    lines: list[list[Cell]] = [[title]]
    lines += [[label, value] for label, value in details]
    if inputs:
        lines += [[], [input_heading]] + [[label, value] for label, value in inputs]
    for t in tables:
        lines += [[], [t.title], list(t.columns)] + t.rows
        if t.total:
            lines.append(t.total)
        lines += [[n] for n in t.notes]
    if explanation:
        lines += [[], [explanation_heading]] + [[line] for line in explanation]
    lines += [[], [note]]
    return BOM + NEWLINE.join(SEPARATOR.join(csv_cell(c) for c in line) for line in lines) + NEWLINE
