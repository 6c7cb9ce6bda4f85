"""A quote (or budget) built from tables of amounts: the page's quote view and a CSV for Dutch Excel.

A calculator's `quote` step returns a `Quote` whose table cells are text (`str`), money (`Money`) or
counts (`int`). `Quote.view()` is plain JSON with Dutch display text for the page; `Quote.csv()`
writes the same content as CSV that Dutch Excel opens as it is: `;` between cells, a decimal comma,
no thousands separators, CRLF line ends and a UTF-8 byte order mark.

>>> t = Table("t", "Kosten", ("Post", "Bedrag"), [["Boeken", Money("1234.5")]])
>>> q = Quote("Offerte", "offerte.csv", [t], "Een schatting.", details=[("Nummer", "=1+1")])
>>> q.view()["tables"][0]["rows"]
[['Boeken', '€ 1.234,50']]
>>> q.csv().splitlines()[:5]
['\\ufeffOfferte', "Nummer;'=1+1", '', 'Kosten', 'Post;Bedrag']
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .model import Field, Values
from .numbers_nl import format_euro, format_number, round_cents
from .texts import EXPLANATION_HEADING, INPUT_HEADING

BOM = "\ufeff"
SEPARATOR = ";"
NEWLINE = "\r\n"
# Text starting with one of these is read by spreadsheet programs as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class Money(Decimal):
    """An amount in euro: `€ 1.234,56` on the page, `1234,56` in the CSV."""


Cell = str | int | Money


@dataclass
class Table:
    id: str
    title: str
    columns: Sequence[str]
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


def input_summary(fields: Iterable[Field], values: Values, skip: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(label, value as the quote shows it) for every field not skipped."""
    skipped = set(skip)
    return [(f.label, f.show(values[f.name])) for f in fields if f.name not in skipped]


@dataclass
class Quote:
    """A quote or budget: the document (what prints and is sent) and an appendix (the detailed tables
    and the inputs, for the CSV, the screen and, when asked, the printout). Every text is Dutch."""

    title: str
    filename: str
    tables: list[Table]
    note: str
    details: list[tuple[str, str]] = field(default_factory=list)  # date, number, valid until, ...
    sender: list[str] = field(default_factory=list)  # lines of the sender block
    recipient: list[str] = field(default_factory=list)
    intro: list[str] = field(default_factory=list)  # paragraphs
    offer: list[str] = field(default_factory=list)  # what is offered, in words
    terms: list[str] = field(default_factory=list)
    signatures: list[str] = field(default_factory=list)  # one signature block per party
    appendix: list[Table] = field(default_factory=list)
    inputs: list[tuple[str, str]] = field(default_factory=list)

    def view(self) -> dict[str, Any]:
        """Plain JSON for the quote section of the page."""
        return {
            "title": self.title,
            "details": [[label, value] for label, value in self.details],
            "sender": list(self.sender),
            "recipient": list(self.recipient),
            "intro": list(self.intro),
            "offer": list(self.offer),
            "tables": [table_view(t) for t in self.tables],
            "terms": list(self.terms),
            "signatures": list(self.signatures),
            "note": self.note,
            "appendix": [table_view(t) for t in self.appendix],
            "inputs": [[label, value] for label, value in self.inputs],
        }

    def csv(self, explanation: Sequence[str] = ()) -> str:
        """The whole quote, appendix included, as one CSV text for Dutch Excel (see the module docstring)."""
        lines: list[Sequence[Cell]] = [[self.title]]
        lines += [[label, value] for label, value in self.details]
        for heading, block in (("Van", self.sender), ("Aan", self.recipient)):
            if block:
                lines.append([heading, ", ".join(block)])
        if self.inputs:
            lines += [[], [INPUT_HEADING]] + [[label, value] for label, value in self.inputs]
        for t in self.tables + self.appendix:
            lines += [[], [t.title], list(t.columns)]
            lines += t.rows
            if t.total:
                lines.append(t.total)
            lines += [[note] for note in t.notes]
        if explanation:
            lines += [[], [EXPLANATION_HEADING]] + [[line] for line in explanation]
        lines += [[], [self.note]]
        return BOM + NEWLINE.join(SEPARATOR.join(csv_cell(c) for c in line) for line in lines) + NEWLINE


def table_view(t: Table) -> dict[str, Any]:
    return {
        "id": t.id,
        "title": t.title,
        "columns": list(t.columns),
        "rows": [[show(c) for c in row] for row in t.rows],
        "total": [show(c) for c in t.total] if t.total else [],
        "notes": list(t.notes),
    }
