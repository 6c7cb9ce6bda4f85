"""The numbers of a parent-programme budget: cost items per programme and per year. No Dutch text
here: `present` turns a `Budget` into words."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..model import Values
from ..numbers_nl import round_cents
from .fields import BY_ID, Programme

ZERO = Decimal(0)
# Yearly cost items (training is once, in year 1).
ITEMS = ("uitvoering", "vrijwilligers", "coordinatie", "materialen", "bijeenkomsten")


def programme_costs(p: Programme, v: Values) -> dict[str, Decimal]:
    """Yearly cost items of one programme, each rounded to cents."""
    families: int = v["gezinnen"]
    costs = {"uitvoering": ZERO, "vrijwilligers": ZERO, "bijeenkomsten": ZERO}
    if p.per_family and p.volunteers:
        costs["vrijwilligers"] = round_cents(families * p.contacts * v["onkosten_per_bezoek"])
    elif p.per_family:
        costs["uitvoering"] = round_cents(families * p.contacts * p.hours * v["uurtarief_professional"])
    else:
        meetings = v["locaties"] * p.contacts
        costs["uitvoering"] = round_cents(meetings * v["uren_per_bijeenkomst"] * v["uurtarief_professional"])
        costs["bijeenkomsten"] = round_cents(meetings * v["kosten_per_bijeenkomst"])
    costs["coordinatie"] = round_cents(families * v["coordinatie_uren_per_gezin"] * v["uurtarief_coordinatie"])
    costs["materialen"] = round_cents(families * v["materialen_per_gezin"])
    return costs


@dataclass(frozen=True)
class Budget:
    programmes: list[Programme]
    per_programme: dict[str, dict[str, Decimal]]  # programme id -> yearly cost items
    items: dict[str, Decimal]  # yearly cost items, all programmes together
    training: Decimal
    years: int

    @property
    def yearly(self) -> Decimal:
        return sum(self.items.values(), ZERO)

    @property
    def first(self) -> Decimal:
        return self.yearly + self.training

    @property
    def total(self) -> Decimal:
        return self.first + self.yearly * (self.years - 1)

    def programme_total(self, programme_id: str) -> Decimal:
        return sum(self.per_programme[programme_id].values(), ZERO)


def calculate(v: Values) -> Budget:
    chosen = [BY_ID[i] for i in v["programmas"]]
    per_programme = {p.id: programme_costs(p, v) for p in chosen}
    items = {key: sum((c[key] for c in per_programme.values()), ZERO) for key in ITEMS}
    training = round_cents(v["professionals"] * v["scholing_per_professional"])
    return Budget(chosen, per_programme, items, training, v["jaren"])
