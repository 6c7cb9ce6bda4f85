"""The result rows a page shows while the visitor types: key → label, Dutch value, plain number.

Each row also keeps how its number reads (`formats`: kind and unit), apart from the JSON the page gets,
so that a comparison of scenarios can word a difference the way the row words its value.

>>> from decimal import Decimal
>>> rows = Rows()
>>> rows.money("totaal", "Totaal", Decimal("1234.5"))
>>> rows.count("boeken", "Boeken", 2400, "boeken")
>>> rows.items["totaal"], rows.items["boeken"]["value"]
({'label': 'Totaal', 'value': '€ 1.234,50', 'number': '1234.50'}, '2.400 boeken')
>>> rows.formats["boeken"]
('count', 'boeken')
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from .numbers_nl import format_euro, format_number, format_percent, plain, round_cents

RowKind = Literal["count", "money", "percent", "text"]


@dataclass
class Rows:
    items: dict[str, dict[str, str]] = field(default_factory=dict)
    formats: dict[str, tuple[RowKind, str]] = field(default_factory=dict)  # key → (kind, unit)

    def count(self, key: str, label: str, value: int | Decimal, unit: str = "") -> None:
        self._add(key, label, format_number(value) + (f" {unit}" if unit else ""), value)
        self.formats[key] = ("count", unit)

    def money(self, key: str, label: str, amount: Decimal) -> None:
        self._add(key, label, format_euro(amount), round_cents(amount))
        self.formats[key] = ("money", "")

    def percent(self, key: str, label: str, value: Decimal) -> None:
        self._add(key, label, format_percent(value), value)
        self.formats[key] = ("percent", "")

    def text(self, key: str, label: str, value: str) -> None:
        self.items[key] = {"label": label, "value": value, "number": ""}
        self.formats[key] = ("text", "")

    def _add(self, key: str, label: str, shown: str, number: int | Decimal) -> None:
        self.items[key] = {"label": label, "value": shown, "number": plain(number)}
