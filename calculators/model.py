"""The calculator model: sources, norms, fields, groups and the `Calculator` itself.

A calculator is an explicit object, not a module read by `getattr`. It keeps three steps apart:
`calculate` works with numbers only and returns a result object; `explain` turns that result into
Dutch lines; `present` gives the rows the page shows while typing, and `quote` (optional) the
tables of a quote, from which the CSV is written. So numbers can be tested without Dutch text.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from . import kinds

if TYPE_CHECKING:  # only a calculator with charts imports them, when it is first used
    from .charts import Chart

Kind = Literal["count", "decimal", "money", "percent", "text", "choice", "multichoice", "date", "schools"]
Values = Mapping[str, Any]
R = TypeVar("R")


@dataclass(frozen=True)
class Source:
    """Where a default or a norm comes from.

    `publication` is the id of one of the five publications (data/publicaties.yml) when the figure
    comes from it; `assumption` marks the site's own assumption, to be adjusted locally; otherwise
    the text names an outside source.
    """

    text: str
    url: str = ""
    year: str = ""
    assumption: bool = False
    publication: str = ""


def assumption(text: str, url: str = "", year: str = "") -> Source:
    """A figure this site assumes, with its reasoning."""
    return Source(text, url, year, assumption=True)


@dataclass(frozen=True)
class Norm:
    """A number a publication states (or a calculator assumes), with its own precise source."""

    key: str
    value: Decimal
    unit: str
    label: str
    source: Source


@dataclass(frozen=True)
class Group:
    """A fieldset of a form: a step the visitor fills in. `folded`: closed until the visitor opens it
    (settings that rarely change); `kept`: its fields keep their values when the form is reset (the
    names and addresses of a quote)."""

    id: str
    legend: str
    hint: str = ""
    folded: bool = False
    kept: bool = False


# How many texts each field keeps the parse of (see Field.parse).
_PARSED_MAX = 256


@dataclass(frozen=True, kw_only=True)
class Field:
    """One input of a calculator form. Its name is the key in the page's query string."""

    name: str
    label: str
    hint: str
    kind: Kind
    default: str  # as the form shows it, in Dutch notation
    source: Source
    unit: str = ""
    unit_one: str = ""  # the unit for 1, when it differs: "locatie" for "locaties"
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    group: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    required: bool = True
    max_length: int = 60
    lines: int = 1  # more than 1: the form shows a text area
    when: tuple[str, str] | None = None  # (field, value): the field matters only when that choice is made

    def __post_init__(self) -> None:
        if self.kind not in kinds.PARSERS:
            raise ValueError(f"unknown field kind {self.kind!r} for {self.name}")

    @property
    def numeric(self) -> bool:
        return self.kind in kinds.NUMERIC

    def parse(self, text: str) -> tuple[Any, str]:
        """(value, normalised text), or ValueError with a Dutch message for the visitor. Kept per text:
        the next calculation mostly gets the same texts again (parsed values are immutable)."""
        parsed: dict[str, tuple[bool, Any]] | None = self.__dict__.get("_parsed")
        if parsed is None:
            parsed = {}
            object.__setattr__(self, "_parsed", parsed)  # a cache, not part of the (frozen) field
        found = parsed.get(text)
        if found is None:
            try:
                found = (True, kinds.parse(self, text))
            except ValueError as problem:
                found = (False, str(problem))
            if len(parsed) >= _PARSED_MAX:
                parsed.clear()
            parsed[text] = found
        ok, outcome = found
        if not ok:
            raise ValueError(outcome)
        return outcome  # type: ignore[return-value]

    def show(self, value: Any) -> str:
        """How a value of this field reads in a quote: `€ 3.500,00`, `225 leerlingen`, `8%`."""
        return kinds.show(self, value)


def count(name: str, **spec: Any) -> Field:
    """A whole number (pupils, books, schools); at least 0 unless said otherwise."""
    return Field(name=name, kind="count", **{"minimum": Decimal(0), **spec})


def decimal(name: str, **spec: Any) -> Field:
    """A number with an optional decimal comma (hours, books per pupil)."""
    return Field(name=name, kind="decimal", **{"minimum": Decimal(0), **spec})


def money(name: str, *, maximum: int | Decimal = 100000, **spec: Any) -> Field:
    """An amount in euro, at most two decimals, from € 0."""
    return Field(name=name, kind="money", maximum=Decimal(maximum), **{"minimum": Decimal(0), "unit": "euro", **spec})


def percent(name: str, *, maximum: int | Decimal = 100, **spec: Any) -> Field:
    """A percentage from 0; a trailing % is accepted."""
    return Field(name=name, kind="percent", maximum=Decimal(maximum), **{"minimum": Decimal(0), "unit": "%", **spec})


def text(name: str, **spec: Any) -> Field:
    """Free text, optional (names on a quote)."""
    return Field(name=name, kind="text", **{"default": "", "required": False, "max_length": 100, **spec})


def date(name: str, **spec: Any) -> Field:
    """A date typed as 1-3-2027 or 1 maart 2027, optional."""
    return Field(name=name, kind="date", **{"default": "", "required": False, "max_length": 40, **spec})


def schools(name: str, **spec: Any) -> Field:
    """A count per school: one number for every school, or a list `naam: aantal; ...` (one per school)."""
    return Field(name=name, kind="schools", **{"minimum": Decimal(0), "max_length": 5000, "lines": 3, **spec})


def choice(name: str, **spec: Any) -> Field:
    return Field(name=name, kind="choice", **spec)


def multichoice(name: str, **spec: Any) -> Field:
    return Field(name=name, kind="multichoice", **spec)


@dataclass(frozen=True)
class Checks:
    """Problems that span fields: errors stop the calculation, warnings do not. `deferred` names the
    fields whose error the page shows only once the visitor has left their group (e.g. shares that
    must add up to 100, typed one after the other); `notes` holds a neutral running line per group
    (e.g. "Samen 40%")."""

    errors: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)
    deferred: tuple[str, ...] = ()
    notes: dict[str, str] = field(default_factory=dict)


def no_checks(values: Values) -> Checks:
    return Checks()


def no_warnings(values: Values, result: Any) -> dict[str, str]:
    return {}


@dataclass(frozen=True, kw_only=True)
class Calculator(Generic[R]):
    """One calculator: its fields, and the steps from checked values to an answer.

    - `check(values)`: rules across fields, before calculating;
    - `calculate(values)`: numbers only, a result object;
    - `warn(values, result)`: warnings that depend on the result;
    - `explain(values, result)`: the steps of the calculation as Dutch lines;
    - `present(values, result)`: the result rows the page shows (`present.Rows`);
    - `quote(values, result)`: the quote tables (`quote.Quote`), or None for no quote;
    - `chart(values, result)`: the charts (`charts.Chart`, every position computed in Python), or None.
    """

    id: str
    fields: tuple[Field, ...]
    groups: tuple[Group, ...] = ()
    calculate: Callable[[Values], R]
    explain: Callable[[Values, R], list[str]]
    present: Callable[[Values, R], Any]
    quote: Callable[[Values, R], Any] | None = None
    chart: Callable[[Values, R], list[Chart]] | None = None
    check: Callable[[Values], Checks] = no_checks
    warn: Callable[[Values, R], dict[str, str]] = no_warnings
    checked: str = ""  # when the defaults were last checked, e.g. "22 november 2026"
    summary: tuple[str, ...] = ()  # result keys of the short summary that stays in view while typing

    def __post_init__(self) -> None:
        names = [f.name for f in self.fields]
        if len(set(names)) != len(names):
            raise ValueError(f"{self.id}: a field name occurs twice")
        groups = {g.id for g in self.groups}
        stray = [f.name for f in self.fields if self.groups and f.group not in groups]
        if stray:
            raise ValueError(f"{self.id}: fields without a known group: {stray}")

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    @property
    def defaults(self) -> dict[str, str]:
        return {f.name: f.default for f in self.fields}
