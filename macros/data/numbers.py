"""The one Dutch notation for figures from data/ (ages, factors, counts), in messages and on pages.
Built on calculators.numbers_nl, so that pages, data messages and calculators write numbers alike."""
from __future__ import annotations

from decimal import Decimal

from calculators.numbers_nl import format_number


def getal(value: float | int | Decimal) -> str:
    """A figure from data/ in Dutch notation (the Jinja filter `getal`).

    >>> getal(1.5), getal(5), getal(10.0), getal(0.25), getal(2000)
    ('1,5', '5', '10', '0,25', '2.000')
    """
    return format_number(Decimal(str(value)))
