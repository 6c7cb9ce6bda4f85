"""The result rows a page shows while the visitor types: key → label, Dutch value, plain number.

>>> from decimal import Decimal
>>> rows = Rows()
>>> rows.money("totaal", "Totaal", Decimal("1234.5"))
>>> rows.count("boeken", "Boeken", 2400, "boeken")
>>> rows.items["totaal"], rows.items["boeken"]["value"]
({'label': 'Totaal', 'value': '€ 1.234,50', 'number': '1234.50'}, '2.400 boeken')
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .numbers_nl import format_euro, format_number, format_percent, plain, round_cents


@dataclass
class Rows:
    items: dict[str, dict[str, str]] = field(default_factory=dict)

    def count(self, key: str, label: str, value: int | Decimal, unit: str = "") -> None:
        self._add(key, label, format_number(value) + (f" {unit}" if unit else ""), value)

    def money(self, key: str, label: str, amount: Decimal) -> None:
        self._add(key, label, format_euro(amount), round_cents(amount))

    def percent(self, key: str, label: str, value: Decimal) -> None:
        self._add(key, label, format_percent(value), value)

    def text(self, key: str, label: str, value: str) -> None:
        self.items[key] = {"label": label, "value": value, "number": ""}

    def _add(self, key: str, label: str, shown: str, number: int | Decimal) -> None:
        self.items[key] = {"label": label, "value": shown, "number": plain(number)}
