"""Declarative description of a calculator's input fields.

A field knows everything the form, the parser and the explanation need: its public name (the key
in the page's query string), the Dutch label and hint, the unit, its bounds, the default the form
shows (Dutch notation) and where that default comes from.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

# What a field holds; the parser and the form both switch on it.
COUNT = "count"          # whole number (pupils, books, schools)
DECIMAL = "decimal"      # number with optional decimal comma
MONEY = "money"          # euro amount, at most two decimals
PERCENT = "percent"      # percentage, a trailing % is accepted
TEXT = "text"            # free text (names on a quote)
CHOICE = "choice"        # one id out of `choices`
MULTICHOICE = "multichoice"  # ids out of `choices`, separated by commas

KINDS = (COUNT, DECIMAL, MONEY, PERCENT, TEXT, CHOICE, MULTICHOICE)
NUMERIC_KINDS = (COUNT, DECIMAL, MONEY, PERCENT)


@dataclass(frozen=True)
class Source:
    """Where a default or a norm comes from. `assumption` marks a figure to adjust locally."""

    text: str
    url: str = ""
    year: str = ""
    assumption: bool = False


@dataclass(frozen=True)
class Field:
    """One input of a calculator form."""

    name: str
    label: str
    hint: str
    kind: str
    default: str
    source: Source
    unit: str = ""
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    group: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    required: bool = True
    max_length: int = 60

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown field kind {self.kind!r} for {self.name}")

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC_KINDS


@dataclass(frozen=True)
class Group:
    """A fieldset of a form: a step the visitor fills in."""

    id: str
    legend: str
    hint: str = ""


@dataclass(frozen=True)
class Norm:
    """A number the handbook states (or a calculator assumes), with its source."""

    key: str
    value: Decimal
    unit: str
    label: str
    source: Source
