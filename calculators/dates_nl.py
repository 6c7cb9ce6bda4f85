"""Dates as a Dutch visitor types and reads them.

>>> parse_date("1-3-2027"), parse_date("01-03-2027"), parse_date("1 maart 2027")
(datetime.date(2027, 3, 1), datetime.date(2027, 3, 1), datetime.date(2027, 3, 1))
>>> format_date(parse_date("31 dec. 2026"))
'31 december 2026'
>>> parse_date("31-2-2027")
Traceback (most recent call last):
ValueError: Deze datum bestaat niet: februari 2027 heeft geen 31 dagen.
>>> parse_date("29-2-2028"), _days_in(2100, 2), _days_in(2000, 2)
(datetime.date(2028, 2, 29), 28, 29)
"""
from __future__ import annotations

import re
from datetime import date

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")
NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
WORDS = re.compile(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})")


def _month(word: str) -> int:
    """1-12 for a Dutch month name or its first three letters ("mrt" too)."""
    word = word.lower()
    if word == "mrt":
        return 3
    for number, name in enumerate(MONTHS, start=1):
        if name == word or (len(word) >= 3 and name.startswith(word)):
            return number
    raise ValueError(f"Onbekende maand '{word}'. Schrijf bijvoorbeeld 1 maart 2027 of 1-3-2027.")


def parse_date(text: str) -> date:
    """A date written as 1-3-2027, 01-03-2027 or 1 maart 2027, or ValueError with a Dutch message."""
    cleaned = " ".join(text.strip().lower().split())
    numeric, words = NUMERIC.fullmatch(cleaned), WORDS.fullmatch(cleaned)
    if numeric:
        day, month, year = int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3))
    elif words:
        day, month, year = int(words.group(1)), _month(words.group(2)), int(words.group(3))
    else:
        raise ValueError("Schrijf de datum als 1-3-2027 of 1 maart 2027.")
    if not 1 <= month <= 12:
        raise ValueError(f"Deze datum bestaat niet: er is geen maand {month}.")
    if day < 1 or year < 1:
        raise ValueError("Deze datum bestaat niet.")
    if day > _days_in(year, month):
        raise ValueError(f"Deze datum bestaat niet: {MONTHS[month - 1]} {year} heeft geen {day} dagen.")
    return date(year, month, day)


def _days_in(year: int, month: int) -> int:
    """Days in a month of the Gregorian calendar (the calendar module would cost Pyodide 60 ms to import)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def format_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
