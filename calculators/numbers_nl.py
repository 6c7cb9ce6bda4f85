"""Dutch number notation in and out.

>>> parse_number("1.234,5")
Decimal('1234.5')
>>> parse_number("1.234")
Decimal('1234')
>>> parse_number("12.5")
Decimal('12.5')
>>> parse_number("€ 15")
Decimal('15')
>>> parse_number("12,5%")
Decimal('12.5')
>>> format_euro(Decimal("1234.5"))
'€ 1.234,50'
>>> format_number(Decimal("2400"))
'2.400'
>>> format_percent(Decimal("12.50"))
'12,5%'
"""
from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from functools import lru_cache

CENT = Decimal("0.01")

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_DIGITS = re.compile(r"[0-9]+")
_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
_DOT_DECIMAL = re.compile(r"[0-9]+\.[0-9]{1,2}")


class NotANumber(ValueError):
    """The text is not a number in Dutch notation; the message is Dutch and meant for the visitor."""


def parse_number(text: str) -> Decimal:
    """Read a number as a Dutch visitor types it (see the module doctests)."""
    raw = _SPACES.sub("", text)
    if raw.startswith("€"):
        raw = raw[1:]
    elif raw.upper().startswith("EUR"):
        raw = raw[3:]
    if raw.endswith("%"):
        raw = raw[:-1]
    negative = raw.startswith("-")
    if negative:
        raw = raw[1:]
    if not raw:
        raise NotANumber("Vul een getal in.")
    if raw.count(",") > 1:
        raise NotANumber("Dit is geen getal: gebruik één komma voor de decimalen, bijvoorbeeld 12,5.")
    if "," in raw:
        whole, _, fraction = raw.partition(",")
        whole = whole or "0"
        if not (_DIGITS.fullmatch(whole) or _GROUPED.fullmatch(whole)) or not _DIGITS.fullmatch(fraction):
            raise NotANumber("Dit is geen getal. Schrijf bijvoorbeeld 1.234 of 12,5.")
        value = Decimal(whole.replace(".", "") + "." + fraction)
    elif _DIGITS.fullmatch(raw) or _GROUPED.fullmatch(raw):
        value = Decimal(raw.replace(".", ""))
    elif _DOT_DECIMAL.fullmatch(raw):
        value = Decimal(raw)
    else:
        raise NotANumber("Dit is geen getal. Schrijf bijvoorbeeld 1.234 of 12,5.")
    return -value if negative else value


def round_cents(amount: Decimal) -> Decimal:
    """Money is rounded half up to whole cents."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def round_up(value: Decimal) -> int:
    """Book targets round up: you cannot buy half a book."""
    return int(value.to_integral_value(rounding=ROUND_CEILING))


def round_down(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_FLOOR))


_DUTCH = str.maketrans(",.", ".,")
_STEPS = {places: Decimal(1).scaleb(-places) for places in range(4)}


def format_number(value: Decimal | int, places: int | None = None) -> str:
    """`2.400`, `12,5`; `places` fixes the number of decimals, None drops trailing zeros.

    >>> format_number(Decimal("-1234567.5"), 2), format_number(Decimal("0.000")), format_number(7)
    ('-1.234.567,50', '0', '7')
    """
    if type(value) is int:
        return f"{value:,}".translate(_DUTCH)
    return _format_decimal(value if type(value) is Decimal else Decimal(value), places)


# A calculation shows the same amounts in its result, quote and charts, and the next calculation mostly
# the same ones again: the text depends only on the number and the places, so it is kept (Decimals that
# are equal, such as 1.0 and 1.00, give the same text here; ints never get this far).
@lru_cache(maxsize=8192)
def _format_decimal(number: Decimal, places: int | None) -> str:
    if places is not None:
        number = number.quantize(_STEPS.get(places) or Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    elif number == 0:
        return "0"
    else:
        number = number.normalize()
    if number.is_zero():
        number = abs(number)  # no "-0,00"
    return f"{number:,f}".translate(_DUTCH)


@lru_cache(maxsize=8192)
def format_euro(amount: Decimal) -> str:
    """`€ 1.234,56`; negative amounts as `€ -12,00`."""
    return "€ " + format_number(round_cents(amount), 2)


def format_percent(value: Decimal) -> str:
    return format_number(value) + "%"


def plain(value: Decimal | int) -> str:
    """The machine-readable form of a number: plain decimal text with a dot."""
    number = Decimal(value)
    return f"{number:f}"
