"""The glossary (data/begrippen.yml): tooltips for abbreviations and terms on every page, and the
glossary page.

- Markdown text: `on_post_page_macros` (re-exported by macros/__init__.py) appends Python-Markdown
  `*[ABBR]: meaning` definitions to every page, so the `abbr` extension marks each occurrence and
  Material shows the meaning as a tooltip.
- HTML that templates render (Markdown leaves raw HTML blocks alone): the Jinja filter `afkortingen`
  marks the same words in a text from the data files.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Iterable

from markupsafe import Markup, escape

VARIABLE = "_begrippen_afkortingen"  # env.variables key that carries the definitions to the hook


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
    """Python-Markdown abbreviation definitions, one per line.

    >>> print(definitions_markdown({"KB": "Koninklijke Bibliotheek"}))
    *[KB]: Koninklijke Bibliotheek
    """
    return "\n".join(f"*[{form}]: {meaning}" for form, meaning in forms.items())


def marker(forms: dict[str, str], wrap: Callable[[str, str], str]):
    """A function that marks every whole-word form in an (escaped) text with `wrap(form, meaning)`,
    the rendered templates/afkorting.html (rendered once per form).

    >>> from jinja2 import Environment
    >>> wrap = Environment(autoescape=True).from_string('<abbr title="{{ meaning }}">{{ form }}</abbr>')
    >>> mark = marker({"POI": "provinciale ondersteuningsinstelling", "IB'er": "intern begeleider"},
    ...               lambda form, meaning: wrap.render(form=form, meaning=meaning))
    >>> str(mark("De POI en de IB'er, niet POIS of <b>"))
    'De <abbr title="provinciale ondersteuningsinstelling">POI</abbr> en de <abbr title="intern begeleider">IB&#39;er</abbr>, niet POIS of &lt;b&gt;'
    """
    if not forms:
        return lambda text: Markup(escape(text))
    marked = {str(escape(form)): str(wrap(form, meaning)) for form, meaning in forms.items()}
    pattern = re.compile(r"(?<![\w&#])(" + "|".join(re.escape(f) for f in sorted(marked, key=len, reverse=True))
                         + r")(?![\w])")

    def mark(text: Any) -> Markup:
        html = str(escape(text))  # Markup stays as it is; plain text is escaped first
        return Markup(pattern.sub(lambda m: marked[m.group(1)], html))

    return mark


def add_marker(renderer, forms: dict[str, str]) -> None:
    """Register the Jinja filter `afkortingen`, marking terms with templates/afkorting.html."""
    template = renderer.env.get_template("afkorting.html")
    renderer.env.filters["afkortingen"] = marker(
        forms, lambda form, meaning: template.render(form=form, meaning=meaning).strip())


def on_post_page_macros(env) -> None:
    """Append the abbreviation definitions to the page's Markdown (after the macros ran)."""
    definitions = env.variables.get(VARIABLE, "")
    if definitions:
        env.markdown = env.markdown.rstrip("\n") + "\n\n" + definitions + "\n"


def register(env, data, renderer) -> None:
    begrippen = data["begrippen"]["begrippen"]
    publicaties = {p["id"]: p for p in data["publicaties"]["publicaties"]}
    forms = tooltip_forms(begrippen)
    env.variables[VARIABLE] = definitions_markdown(forms)
    add_marker(renderer, forms)

    def begrippen_lijst() -> str:
        """The glossary page: abbreviations and terms, alphabetical, with meaning, explanation and sources."""
        ordered = sorted(begrippen, key=lambda b: b["term"].casefold())
        groups = [(soort, [b for b in ordered if b["soort"] == soort]) for soort in ("afkorting", "begrip")]
        return renderer.render("begrippen.html", groups=groups, publicaties=publicaties)

    env.macro(begrippen_lijst)
