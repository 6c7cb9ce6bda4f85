"""Dutch words the calculators share with the page (the wheel cannot read data/teksten.yml, so the
macros pass these to the templates instead of keeping a second copy)."""
from __future__ import annotations

from .model import Norm
from .numbers_nl import format_number

EXPLANATION_HEADING = "Zo is het berekend"
INPUT_HEADING = "Ingevulde waarden"
NOT_FILLED_IN = "(niet ingevuld)"


def below_minimum(norm: Norm) -> str:
    """The warning for a value below a minimum norm, the same in every calculator."""
    return f"Dit is minder dan de norm van minimaal {format_number(norm.value)} {norm.unit}."
