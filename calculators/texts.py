"""Dutch words the calculators share with the page (the wheel cannot read data/teksten.yml, so the
macros pass these to the templates instead of keeping a second copy)."""
from __future__ import annotations

from .model import Norm, Source
from .numbers_nl import format_number

EXPLANATION_HEADING = "Zo is het berekend"
INPUT_HEADING = "Ingevulde waarden"
NOT_FILLED_IN = "(niet ingevuld)"


def below_minimum(norm: Norm) -> str:
    """The warning for a value below a minimum norm, the same in every calculator."""
    return f"Dit is minder dan de norm van minimaal {format_number(norm.value)} {norm.unit}."


# How a source is labelled, the same on every page: one of the five publications, a named outside
# source, or an addition of this site (an assumption, with its reasoning).
ORIGIN_LABELS = {
    "publication": "Bron",
    "outside": "Bron buiten de vijf publicaties",
    "assumption": "Aanvulling van deze site",
}


def origin_kind(source: Source) -> str:
    if source.assumption:
        return "assumption"
    return "publication" if source.publication else "outside"


# In the printed quote and its CSV, read by a school or a municipality that does not know this site's
# five publications: a source is a source, and the site's own figure is a starting point.
QUOTE_ORIGIN_LABELS = {
    "publication": "Bron",
    "outside": "Bron",
    "assumption": "Uitgangspunt",
}


def quote_origin(source: Source) -> str:
    """`Bron: NJi (https://...)`: a source as one line of the printed quote and its CSV."""
    where = f" ({source.url})" if source.url else ""
    year = f", {source.year}" if source.year else ""
    return f"{QUOTE_ORIGIN_LABELS[origin_kind(source)]}: {source.text}{year}{where}"
