"""Norm placeholders in data texts: YAML cannot call macros, so a text cites a norm as
`{norm:key}` (number and unit), `{norm_value:key}` (the number) or `{jaar:key}` (a year, without a
thousands dot). The Jinja filter `normen` escapes the text and fills in the values from
calculators/norms.py, so that pages and calculators always show the same figure.

>>> str(resolve("minstens {norm:looptijd_overeenkomst_min} <b>"))
'minstens 3 jaar &lt;b&gt;'
>>> str(resolve("sinds {jaar:afkoop_leenrecht_sinds}"))
'sinds 2023'
"""
from __future__ import annotations

import re

from markupsafe import Markup, escape

from calculators.norms import NORMS

from .norms import norm, norm_value

PLACEHOLDER = re.compile(r"\{(norm|norm_value|jaar):([a-z0-9_]+)\}")


def norm_year(key: str) -> str:
    """A norm that is a year (e.g. 2023), written as a year: no thousands dot."""
    norm_value(key)  # raises the Dutch KeyError for an unknown key
    return str(int(NORMS[key].value))


FORMATTERS = {"norm": norm, "norm_value": norm_value, "jaar": norm_year}


def cited_keys(text: str) -> list[str]:
    """Every norm key a text cites with a placeholder."""
    return [match.group(2) for match in PLACEHOLDER.finditer(text)]


def resolve(text: str) -> Markup:
    """The text, HTML-escaped, with every placeholder replaced by its (escaped) value."""
    escaped = str(escape(text))
    return Markup(PLACEHOLDER.sub(lambda m: str(escape(FORMATTERS[m.group(1)](m.group(2)))), escaped))


def register(env, data, renderer) -> None:  # noqa: ARG001 - same signature as the other modules
    renderer.env.filters["normen"] = resolve
    env.macro(norm_year, "norm_jaar")
