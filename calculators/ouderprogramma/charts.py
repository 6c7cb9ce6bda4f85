"""The chart of a parent-programme budget: the cost of each item per year, largest first (the
budget has no parties to split it over). Each amount is one of the "Jaar 1" column of the budget's
"Kosten per post"; training is only in year 1."""
from __future__ import annotations

from ..charts import Chart, Series, stacked
from ..model import Values
from .budget import ITEMS, Budget
from .present import ITEM_LABELS


def charts(v: Values, b: Budget) -> list[Chart]:
    items = [(ITEM_LABELS[key], b.items[key]) for key in ITEMS if b.items[key]]
    if b.training:
        items.append((f"{ITEM_LABELS['scholing']} (alleen jaar 1)", b.training))
    if not items:
        return []
    items.sort(key=lambda item: -item[1])
    return [stacked("per-post", "Kosten per post per jaar", "Post", [Series("kosten", "Per jaar")],
                    [(label, [amount]) for label, amount in items], total_label="Totaal jaar 1")]
