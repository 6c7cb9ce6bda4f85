"""Macros for the pages about the site itself and for the whole site: the glossary page, the five
original publications (page "Over deze site"), the feedback route (page "Contact"), the norms a
page cites from calculators/norms.py (`{{ norm("key") }}`), and where a section written in Markdown
comes from (`{{ herkomst("handboek-po", "hoofdstuk 2, Afspraken met de school") }}` under its
heading: the same data, and the same checks, as a `herkomst` in data/)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .data import DataError, origin_problems
from .registry import Macros
from .text import norm, norm_bron

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"

GITHUB_PAGES = re.compile(r"^https://([A-Za-z0-9-]+)\.github\.io/([A-Za-z0-9._-]+)/?$")


def repository_url(site_url: str) -> str | None:
    """The GitHub repository of a site on GitHub Pages; elsewhere (a local build, a test server) unknown.

    >>> repository_url("https://voorbeeld.github.io/handboek/")
    'https://github.com/voorbeeld/handboek'
    >>> repository_url("http://127.0.0.1:8000/handboek/") is None
    True
    """
    match = GITHUB_PAGES.match(site_url or "")
    return f"https://github.com/{match.group(1)}/{match.group(2)}" if match else None


def nav_titles(nav: Any, section: str = "") -> Iterator[tuple[str, str]]:
    """(page path, title) for every page in mkdocs.yml's nav; a section's untitled index page gets
    the section's title.

    >>> dict(nav_titles([{"Bouwstenen": ["bouwstenen/index.md", {"Monitor": "bouwstenen/monitor.md"}]}]))
    {'bouwstenen/index.md': 'Bouwstenen', 'bouwstenen/monitor.md': 'Monitor'}
    """
    for entry in nav or []:
        if isinstance(entry, str) and section:
            yield entry, section
        elif isinstance(entry, dict):
            for title, value in entry.items():
                if isinstance(value, str):
                    yield value, title
                else:
                    yield from nav_titles(value, title)


def first_heading(markdown_file: Path) -> str:
    """The text of the page's first level-1 heading, for a page that is not titled in the nav."""
    for line in markdown_file.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


def register(macros: Macros) -> None:
    site = macros.site

    def begrippen_lijst() -> str:
        """The glossary page: abbreviations and terms, alphabetical, with meaning, explanation and sources."""
        ordered = sorted(site.glossary, key=lambda b: b["term"].casefold())
        groups = [(soort, [b for b in ordered if b["soort"] == soort]) for soort in ("afkorting", "begrip")]
        return macros.render("begrippen.html", groups=groups, publicaties=site.index("publicaties"))

    def publicaties_lijst() -> str:
        """The original publications, each with the pages of this site that are based on it."""
        titles = dict(nav_titles(macros.conf.get("nav")))
        items = [{**p, "paginas": [{"pagina": path,
                                    "titel": titles.get(path) or first_heading(site.docs_dir / path) or path}
                                   for path in p["op_deze_site"]]} for p in site.items("publicaties")]
        return macros.render("publicaties.html", items=items)

    def contact_route() -> str:
        return macros.render("contact.html", repo=repository_url(macros.conf.get("site_url") or ""))

    def herkomst(publicatie: str | None = None, sectie: str | None = None, *, buiten: str | None = None,
                 url: str | None = None, aanvulling: str | None = None) -> str:
        """Where the section above comes from: a publication and its heading as printed, an outside
        source (`buiten`, maybe with `url`), or the site's own addition (`aanvulling`, how it was derived)."""
        given = {"publicatie": publicatie, "sectie": sectie, "buiten": buiten, "url": url, "aanvulling": aanvulling}
        origin = {key: value for key, value in given.items() if value is not None}
        problems = origin_problems(origin, macros.page_source(), SCHEMAS, site.index("publicaties"))
        if problems:
            raise DataError(problems)
        return macros.render("herkomst-regel.html", origin=origin)

    macros.add(begrippen_lijst, publicaties_lijst, contact_route, norm, norm_bron, herkomst)
