"""The five original publications (data/publicaties.yml), credited on the page "Over deze site"."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any


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


def register(env, data, renderer) -> None:
    publicaties = data["publicaties"]["publicaties"]
    docs_dir = Path(env.conf["docs_dir"])

    def publicaties_lijst() -> str:
        titles = dict(nav_titles(env.conf.get("nav")))
        items = [{**p, "paginas": [{"pagina": path,
                                    "titel": titles.get(path) or first_heading(docs_dir / path) or path}
                                   for path in p["op_deze_site"]]} for p in publicaties]
        return renderer.render("publicaties.html", items=items)

    env.macro(publicaties_lijst)
