"""Chart geometry computed from a result: horizontal bars, stacked by series, on a money axis.

A calculator's `chart` step returns a list of `Chart`s. Python computes every position, so the SVG that
the site prerenders at build time and the one the browser redraws come from the same numbers; the
templates (templates/rekenhulp-grafiek.html) and docs/assets/js/grafieken.js only place them.

Units, the same in every view: `x` and `width` are percentages of the chart's width (the SVG is as
wide as the page allows, so its text keeps its size on a phone and on a laptop); `y`, `height` and
the chart's `height` are in em of the chart's font size. A bar chart is a stacked chart with one
series. Negative parts (a party that gets money back) are drawn to the left of zero.

>>> chart = stacked("c", "Kosten", "Jaar", [Series("a", "A"), Series("b", "B")],
...                 [("Jaar 1", [Decimal("30"), Decimal("10")]), ("Jaar 2", [Decimal("50"), Decimal("0")])])
>>> [t.label for t in chart.axis.ticks]
['€ 0', '€ 20', '€ 40', '€ 60']
>>> [(str(s.x), str(s.width)) for s in chart.bars[0].segments]
[('0.00', '50.00'), ('50.00', '16.67')]
>>> chart.table.rows[0], chart.table.total
(['Jaar 1', '€ 30,00', '€ 10,00', '€ 40,00'], ['Totaal', '€ 80,00', '€ 10,00', '€ 90,00'])
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import Any

from .numbers_nl import format_euro, format_number, plain

ZERO = Decimal(0)
HUNDRED = Decimal(100)
PLACE = Decimal("0.01")  # positions are rounded to a hundredth of a percent or an em
MAX_INTERVALS = 3  # tick labels stay apart on a phone, the last one ending at the right edge
MANTISSAS = (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5))

# Vertical layout of one bar, in em: its label line, then the bar; the axis labels below the last bar.
LABEL_Y = Decimal("1.1")  # baseline of the bar's label and amount, from the top of its row
BAR_Y = Decimal("1.5")
BAR_HEIGHT = Decimal("1.4")
ROW_HEIGHT = Decimal("3.4")
AXIS_LABEL_Y = Decimal("1.3")  # baseline of the tick labels, below the last row
AXIS_HEIGHT = Decimal("1.8")


def place(value: Decimal) -> Decimal:
    return value.quantize(PLACE, rounding=ROUND_HALF_UP)


def tidy(value: Decimal) -> Decimal:
    """A round value written plainly: `20000` rather than `2E+4`, `0.5` rather than `0.50`."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def number(value: Decimal) -> int | float:
    """A position as a JSON number: whole numbers without a fraction, so that Python and JavaScript
    write it the same way (`40`, `37.5`)."""
    return int(value) if value == value.to_integral_value() else float(value)


def tick_label(value: Decimal) -> str:
    """`€ 20.000`, `€ 2.500`, `€ 0,5`: a round amount, without trailing zeros."""
    return "€ " + format_number(value)


@dataclass(frozen=True)
class Series:
    """One part of every stacked bar (a party), or the one series of a bar chart; `key` names its fill."""

    key: str
    label: str


@dataclass(frozen=True)
class Tick:
    value: Decimal
    x: Decimal
    anchor: str  # "start", "middle" or "end": where the label sits relative to x

    @property
    def label(self) -> str:
        return tick_label(self.value)

    def view(self) -> dict[str, Any]:
        return {"number": plain(self.value), "label": self.label, "x": number(self.x), "anchor": self.anchor}


@dataclass(frozen=True)
class Axis:
    """The scale from `low` to `high` (round values, low ≤ 0 ≤ high) and its ticks; the grid lines run
    from `top` to `bottom` and the tick labels have their baseline at `label_y`."""

    low: Decimal
    high: Decimal
    ticks: tuple[Tick, ...]
    top: Decimal
    bottom: Decimal
    label_y: Decimal

    def x(self, value: Decimal) -> Decimal:
        """Where an amount lies, as a percentage of the width."""
        return place((value - self.low) * HUNDRED / (self.high - self.low))

    def view(self) -> dict[str, Any]:
        return {"top": number(self.top), "bottom": number(self.bottom), "label_y": number(self.label_y),
                "ticks": [t.view() for t in self.ticks]}


@dataclass(frozen=True)
class Segment:
    series: str
    amount: Decimal
    x: Decimal
    width: Decimal

    def view(self) -> dict[str, Any]:
        return {"series": self.series, "number": plain(self.amount), "value": format_euro(self.amount),
                "x": number(self.x), "width": number(self.width)}


@dataclass(frozen=True)
class Bar:
    """One bar: its label and total above it, its segments (one per series, in the series' order)."""

    label: str
    total: Decimal
    label_y: Decimal
    y: Decimal
    height: Decimal
    segments: tuple[Segment, ...]

    def view(self) -> dict[str, Any]:
        return {"label": self.label, "number": plain(self.total), "value": format_euro(self.total),
                "label_y": number(self.label_y), "y": number(self.y), "height": number(self.height),
                "segments": [s.view() for s in self.segments]}


@dataclass(frozen=True)
class Table:
    """The chart's numbers as a table (Dutch text), for screen readers and for whoever wants the amounts."""

    columns: tuple[str, ...]
    rows: tuple[list[str], ...]
    total: list[str]

    def view(self) -> dict[str, Any]:
        return {"columns": list(self.columns), "rows": [list(r) for r in self.rows], "total": list(self.total)}


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    series: tuple[Series, ...]
    bars: tuple[Bar, ...]
    axis: Axis
    height: Decimal
    table: Table

    def view(self) -> dict[str, Any]:
        """Plain JSON for the page: every position and every text the chart shows."""
        return {
            "id": self.id,
            "title": self.title,
            "series": [{"key": s.key, "label": s.label} for s in self.series],
            "legend": len(self.series) > 1,
            "height": number(self.height),
            "axis": self.axis.view(),
            "bars": [b.view() for b in self.bars],
            "table": self.table.view(),
        }


def steps(raw: Decimal) -> list[Decimal]:
    """Round step sizes from the first one at least `raw` upwards (1, 2, 2,5 and 5 times a power of
    ten), whole cents only."""
    exponent = raw.adjusted() if raw > 0 else 0
    out = []
    for power in range(exponent, exponent + 3):
        for mantissa in MANTISSAS:
            step = mantissa.scaleb(power)
            if step >= raw and step >= PLACE and (step / PLACE) == (step / PLACE).to_integral_value():
                out.append(step)
    return out


def scale(low: Decimal, high: Decimal, top: Decimal, bottom: Decimal, label_y: Decimal) -> Axis:
    """An axis from a round value at or below `low` (never above 0) to one at or above `high` (never
    below 0), with at most MAX_INTERVALS equal steps of a round size.

    >>> [plain(t.value) for t in scale(ZERO, Decimal("48123.45"), ZERO, ZERO, ZERO).ticks]
    ['0', '20000', '40000', '60000']
    >>> [tick_label(t.value) for t in scale(Decimal(-900), Decimal(2600), ZERO, ZERO, ZERO).ticks]
    ['€ -2.000', '€ 0', '€ 2.000', '€ 4.000']
    """
    low, high = min(low, ZERO), max(high, ZERO)
    span = high - low
    for step in steps(span / MAX_INTERVALS):
        first = (low / step).to_integral_value(rounding=ROUND_FLOOR)
        last = (high / step).to_integral_value(rounding=ROUND_CEILING)
        if last == first:  # nothing to show: one step up from zero
            last = first + 1
        if last - first <= MAX_INTERVALS:
            break
    values = [tidy(k * step) for k in range(int(first), int(last) + 1)]
    axis = Axis(values[0], values[-1], (), top, bottom, label_y)
    ticks = tuple(Tick(v, axis.x(v), "start" if k == 0 else "end" if k == len(values) - 1 else "middle")
                  for k, v in enumerate(values))
    return Axis(axis.low, axis.high, ticks, top, bottom, label_y)


def stacked(chart_id: str, title: str, first_column: str, series: Sequence[Series],
            rows: Sequence[tuple[str, Sequence[Decimal]]], total_label: str = "Totaal") -> Chart:
    """A chart with one bar per row, each split into one segment per series (the amounts in the
    series' order). The table lists the same amounts, with a total per bar (more than one series) and
    a total per series."""
    sums = [(sum((a for a in amounts if a > 0), ZERO), sum((a for a in amounts if a < 0), ZERO))
            for _, amounts in rows]
    bottom = ROW_HEIGHT * len(rows)
    axis = scale(min((neg for _, neg in sums), default=ZERO), max((pos for pos, _ in sums), default=ZERO),
                 ZERO, bottom, bottom + AXIS_LABEL_Y)
    bars = []
    for k, (label, amounts) in enumerate(rows):
        top = ROW_HEIGHT * k
        segments, right, left = [], ZERO, ZERO  # stacked from zero: positive parts right, negative left
        for s, amount in zip(series, amounts, strict=True):
            start, end = (right, right + amount) if amount >= 0 else (left + amount, left)
            if amount >= 0:
                right = end
            else:
                left = start
            segments.append(Segment(s.key, amount, axis.x(start), axis.x(end) - axis.x(start)))
        bars.append(Bar(label, sum(amounts, ZERO), top + LABEL_Y, top + BAR_Y, BAR_HEIGHT, tuple(segments)))
    several = len(series) > 1
    columns = (first_column, *(s.label for s in series), *(["Totaal"] if several else []))

    def line(label: str, amounts: Sequence[Decimal]) -> list[str]:
        return [label, *(format_euro(a) for a in amounts),
                *([format_euro(sum(amounts, ZERO))] if several else [])]

    per_series = [sum((amounts[i] for _, amounts in rows), ZERO) for i in range(len(series))]
    table = Table(columns, tuple(line(label, amounts) for label, amounts in rows), line(total_label, per_series))
    return Chart(chart_id, title, tuple(series), tuple(bars), axis, bottom + AXIS_HEIGHT, table)
