"""Text from data/ and data/teksten.yml on its way into HTML: one pipeline, one number format.

The pipeline (the Jinja filter `tekst`, built by Renderer.for_site) does, in this order:

1. escape the text (markup in YAML stays text);
2. fill in placeholders: `{norm:key}` (number and unit), `{norm_value:key}` (the number) and
   `{jaar:key}` (a year, no thousands dot) from calculators/norms.py, so that pages and calculators
   show the same figure; `{name}` from a value the template passes (`tekst(name=...)`);
3. mark every form of a glossary term that has a tooltip (data/begrippen.yml) with
   templates/afkorting.html, as the Markdown `abbr` extension does for the pages' own text.

>>> text = pipeline(glossary_marker({"POI": "provinciale ondersteuningsinstelling"},
...                                 lambda form, meaning: f'<abbr title="{meaning}">{form}</abbr>'))
>>> str(text("De POI: minstens {norm:looptijd_overeenkomst_min} <b>"))
'De <abbr title="provinciale ondersteuningsinstelling">POI</abbr>: minstens 3 jaar &lt;b&gt;'
>>> str(text("De lijn van {leeftijd}", leeftijd="0 tot 20 jaar"))
'De lijn van 0 tot 20 jaar'
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from markupsafe import Markup, escape

from calculators.norms import NORMS
from calculators.numbers_nl import format_number

from .data.site import unknown

PLACEHOLDER = re.compile(r"\{(?:(norm|norm_value|jaar):)?([a-z0-9_]+)\}")


# ---- norms (calculators/norms.py) ---------------------------------------------------------------

NUMBER_WORDS = ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
                "twaalf")


def number_word(count: int) -> str:
    """A small count as Dutch prose writes it ('vier rollen'); from 13 on in digits."""
    return NUMBER_WORDS[count] if 0 <= count < len(NUMBER_WORDS) else str(count)


def dutch_list(names: Iterable[str]) -> str:
    """Names joined as a Dutch list: 'a', 'a en b', 'a, b en c'."""
    names = list(names)
    return " en ".join(filter(None, [", ".join(names[:-1]), names[-1]])) if names else ""


def norm_value(key: str) -> str:
    """`5`: the bare number, in Dutch notation."""
    if key not in NORMS:
        raise unknown("norm", key, sorted(NORMS))
    return format_number(NORMS[key].value)


def norm(key: str) -> str:
    """`5 boeken per leerling`: number and unit, as a page cites it."""
    return f"{norm_value(key)} {NORMS[key].unit}".strip()


def norm_year(key: str) -> str:
    """A norm that is a year (e.g. 2023), written as a year: no thousands dot."""
    norm_value(key)  # the Dutch error for an unknown key
    return str(int(NORMS[key].value))


def norm_bron(key: str) -> str:
    """Where a norm comes from: the source's text and year."""
    norm_value(key)
    source = NORMS[key].source
    return source.text + (f" ({source.year})" if source.year else "")


NORM_FORMS = {"norm": norm, "norm_value": norm_value, "jaar": norm_year}


def cited_keys(text: str) -> list[str]:
    """Every norm key a text cites with a placeholder.

    >>> cited_keys("{norm:a} {norm_value:b} {jaar:c} {naam}")
    ['a', 'b', 'c']
    """
    return [match.group(2) for match in PLACEHOLDER.finditer(text) if match.group(1)]


def fill(html: str, values: dict[str, Any]) -> str:
    """Placeholders in escaped text replaced by escaped values; every `{name}` must be given, every
    given value used (a misspelt placeholder fails the build instead of showing braces)."""
    used: set[str] = set()

    def value(match: re.Match[str]) -> str:
        form, key = match.groups()
        if form:
            return str(escape(NORM_FORMS[form](key)))
        if key not in values:
            raise ValueError(f"De tekst '{html}' noemt {{{key}}}, maar die waarde wordt niet meegegeven.")
        used.add(key)
        return str(escape(values[key]))

    filled = PLACEHOLDER.sub(value, html)
    if set(values) - used:
        raise ValueError(f"De tekst '{html}' heeft geen plaats voor {', '.join(sorted(set(values) - used))}.")
    return filled


# ---- glossary (data/begrippen.yml) --------------------------------------------------------------

def tooltip_forms(begrippen: Iterable[dict[str, Any]]) -> dict[str, str]:
    """{written form: meaning} for every term with a tooltip, its other forms included.

    >>> tooltip_forms([{"term": "POI", "betekenis": "prov.", "vormen": ["POI's"]},
    ...                {"term": "jaarplan", "betekenis": "plan", "tooltip": False}])
    {'POI': 'prov.', "POI's": 'prov.'}
    """
    forms: dict[str, str] = {}
    for begrip in begrippen:
        if begrip.get("tooltip", True):
            for form in [begrip["term"], *begrip.get("vormen", [])]:
                forms[form] = begrip["betekenis"]
    return forms


def definitions_markdown(forms: dict[str, str]) -> str:
    """Python-Markdown abbreviation definitions, each a block of its own (for the pages' own Markdown
    text). With a blank line between them the parser takes each in one step; as one block of ~100 lines
    it tested the rest of the block again after every line, a third of the site's build time.

    >>> print(definitions_markdown({"KB": "Koninklijke Bibliotheek", "po": "primair onderwijs"}))
    *[KB]: Koninklijke Bibliotheek
    <BLANKLINE>
    *[po]: primair onderwijs
    """
    return "\n\n".join(f"*[{form}]: {meaning}" for form, meaning in forms.items())


def glossary_pattern(forms: Iterable[str]) -> re.Pattern[str]:
    """Whole-word occurrences of any form, longest first (also inside escaped text: `IB&#39;er`)."""
    ordered = sorted(forms, key=len, reverse=True)
    return re.compile(r"(?<![\w&#])(" + "|".join(re.escape(form) for form in ordered) + r")(?!\w)")


def glossary_marker(forms: dict[str, str], wrap: Callable[[str, str], str]) -> Callable[[str], str]:
    """A function that marks every form in escaped text with `wrap(form, meaning)` (the rendered
    templates/afkorting.html, rendered once per form).

    >>> mark = glossary_marker({"POI": "prov.", "IB'er": "intern begeleider"},
    ...                        lambda form, meaning: f"<abbr>{escape(form)}</abbr>")
    >>> mark(str(escape("De POI en de IB'er, niet POIS")))
    'De <abbr>POI</abbr> en de <abbr>IB&#39;er</abbr>, niet POIS'
    """
    if not forms:
        return lambda html: html
    marked = {str(escape(form)): str(wrap(form, meaning)) for form, meaning in forms.items()}
    pattern = glossary_pattern(marked)
    return lambda html: pattern.sub(lambda m: marked[m.group(1)], html)


def pipeline(mark: Callable[[str], str]) -> Callable[..., Markup]:
    """The filter `tekst`: escape, fill in placeholders, mark glossary terms."""

    def tekst(value: Any, **values: Any) -> Markup:
        if isinstance(value, Markup):
            raise TypeError("tekst() is for plain text from data/ or teksten.yml, not for markup.")
        return Markup(mark(fill(str(escape(value)), values)))

    return tekst
