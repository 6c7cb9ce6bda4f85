"""A number per school, typed as one number (the same for every school) or as a list, one entry per
school: entries separated by `;` or a line break, an entry `[naam:] aantal`, the last `:` splitting
the name from the number.

>>> parse_list("225", minimum=1, maximum=5000)
SchoolList(entries=(Entry(name='', count=225),), listed=False)
>>> parse_list("De Linde: 180; Het Anker: 240; 410", minimum=1, maximum=5000).counts
(180, 240, 410)
>>> parse_list("Basisschool 't Hoekje: 2: 1.204", minimum=1, maximum=5000).entries[0]
Entry(name="Basisschool 't Hoekje: 2", count=1204)
>>> parse_list("180, 240, 410", minimum=1, maximum=5000)
Traceback (most recent call last):
ValueError: Scheid de scholen met een puntkomma, bijvoorbeeld 180; 240; 410.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .numbers_nl import NotANumber, format_number, parse_number

SEPARATOR = re.compile(r"[;\n\r]+")
# "180, 240, 410": commas between whole numbers read as a list, not as decimal commas.
COMMA_LIST = re.compile(r"^\s*[\w .:'-]*\d+\s*(,\s+[\w .:'-]*\d+\s*)+$")
MAX_ENTRIES = 500


@dataclass(frozen=True)
class Entry:
    name: str
    count: int


@dataclass(frozen=True)
class SchoolList:
    """What was typed: one entry without a name is a single number for every school (`listed` False)."""

    entries: tuple[Entry, ...]
    listed: bool

    @property
    def counts(self) -> tuple[int, ...]:
        return tuple(e.count for e in self.entries)

    def text(self) -> str:
        """The normalised text, in the form it was typed: `225` or `De Linde: 180; 240`."""
        if not self.listed:
            return format_number(self.entries[0].count)
        return "; ".join((f"{e.name}: " if e.name else "") + format_number(e.count) for e in self.entries)


def _entry_problem(count_text: str, minimum: int, maximum: int, noun: str) -> tuple[int | None, str]:
    try:
        number = parse_number(count_text)
    except NotANumber:
        return None, f"vul een aantal {noun} in"
    if number != number.to_integral_value():
        return None, f"vul een heel aantal {noun} in"
    if number < minimum:
        return None, f"vul minstens {format_number(Decimal(minimum))} in"
    if number > maximum:
        return None, f"vul hoogstens {format_number(Decimal(maximum))} in"
    return int(number), ""


def parse_list(text: str, *, minimum: int, maximum: int, noun: str = "leerlingen") -> SchoolList:
    """The list, or ValueError with one Dutch message that names every bad entry."""
    raw = text.strip()
    parts = [part.strip() for part in SEPARATOR.split(raw)]
    if len(parts) == 1 and COMMA_LIST.match(raw) and not re.fullmatch(r"[\d.]+,\d{1,2}", raw):
        raise ValueError("Scheid de scholen met een puntkomma, bijvoorbeeld 180; 240; 410.")
    parts = [part for part in parts if part]  # blank entries (";;", an empty line) are left out
    if len(parts) > MAX_ENTRIES:
        raise ValueError(f"Dit zijn meer dan {MAX_ENTRIES} scholen.")
    entries, problems = [], []
    for number, part in enumerate(parts, start=1):
        name, _, count_text = part.rpartition(":")
        name = name.strip()
        count, problem = _entry_problem(count_text, minimum, maximum, noun)
        if problem or count is None:
            problems.append(f"School {number}" + (f" ({name})" if name else "") + f": {problem}")
        else:
            entries.append(Entry(name, count))
    if problems:
        raise ValueError("; ".join(problems) + ".")
    if not entries:
        raise ValueError("Vul een aantal in.")
    return SchoolList(tuple(entries), listed=len(entries) > 1 or bool(entries[0].name))
