"""One Jinja environment over templates/, built in one place: macros hand it data, templates hold
all HTML.

Every filter and global is set by `Renderer.for_site`, and nowhere else:

- `t`: the interface texts of data/teksten.yml (`t.<group>.<key>`);
- `link(target)`: the URL of a site path or docs/ page relative to the page being rendered;
- `tekst`: the text pipeline of macros/text.py (escape, placeholders, glossary tooltips), for every
  text a template shows as element content; never in attribute values, `<option>`, SVG or form labels;
- `getal`: a figure from data/ in Dutch notation;
- `woord`: a small count in words ("vier");
- `opsomming`: names joined as a Dutch list ("a, b en c");
- `herkomst`: where content comes from, its three labels and how an origin is shown
  (macros/origins.py; templates/herkomst.html shows it).

The page is passed to each render call (`page_url`), never kept on the renderer. Each render is
shaped for the page's Markdown (macros/html_block.py), so that its headings reach the table of
contents.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from .data import Site, getal
from .html_block import for_markdown
from .links import relative_url
from .origins import Origins
from .text import dutch_list, glossary_marker, number_word, pipeline, tooltip_forms

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@pass_context
def link(context: Context, target: str) -> str:
    """`link('bouwstenen/leesplan/')` or `link('handboek/starten.md#kop')`, relative to the page of
    this render call. A macro library that calls link() must be imported `with context`."""
    page_url = context.get("page_url")
    if page_url is None:
        raise RuntimeError(f"link('{target}') outside a page: render with page_url, import macros 'with context'.")
    return relative_url(page_url, target)


def compiled_templates() -> FileSystemBytecodeCache:
    """Compiled templates kept between builds (keyed by each template's text, so an edited template is
    compiled again): `mkdocs serve` and the tests build many times in one run."""
    folder = Path(tempfile.gettempdir()) / f"handboek-jinja-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
    folder.mkdir(exist_ok=True)
    return FileSystemBytecodeCache(str(folder))


class Renderer:
    def __init__(self, env: Environment) -> None:
        self.env = env

    @classmethod
    def for_site(cls, site: Site, template_dir: Path = TEMPLATES) -> Renderer:
        """The renderer of the site: templates/, the site's texts and glossary, every filter and global."""
        env = Environment(loader=FileSystemLoader(str(template_dir)), autoescape=True, undefined=StrictUndefined,
                          trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False,
                          bytecode_cache=compiled_templates())
        abbr = env.get_template("afkorting.html")
        mark = glossary_marker(tooltip_forms(site.glossary),
                               lambda form, meaning: abbr.render(form=form, meaning=meaning).strip())
        env.filters.update(tekst=pipeline(mark), getal=getal, opsomming=dutch_list, woord=number_word)
        env.globals.update(t=site.vocabulary, link=link, herkomst=Origins.for_site(site.index("publicaties")))
        return cls(env)

    def render(self, template: str, /, *, page_url: str, **context: Any) -> Markup:
        """`template` rendered for the page at `page_url` (e.g. 'bouwstenen/leesplan/'; '' for the site root)."""
        html = self.env.get_template(template).render(page_url=page_url, **context)
        # Shaped for the page's Markdown: headings reach the table of contents (macros/html_block.py).
        return Markup(for_markdown(html, template))
