"""One Jinja environment over templates/: macros hand it data, templates hold all HTML."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .links import relative_url


class Renderer:
    def __init__(self, template_dir: Path, vocabulary: dict[str, Any],
                 current_page: Callable[[], str] = lambda: "") -> None:
        """`current_page` gives the URL of the page being rendered (mkdocs-macros' env.page), so that
        `link()` in templates is relative to it without every macro passing it."""
        self.current_page = current_page
        self.env = Environment(
            loader=FileSystemLoader(str(template_dir)),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        self.env.globals["t"] = vocabulary
        self.page_url = ""
        self.env.globals["link"] = self.link

    def link(self, target: str) -> str:
        """URL of a site path (e.g. 'bouwstenen/leesplan/') relative to the page being rendered."""
        return relative_url(self.page_url, target)

    def add_macro(self, env, name: str, template: str, **context: Any) -> None:
        """Register a macro without arguments that renders `template` with `context`."""
        env.macro(lambda: self.render(template, **context), name)

    def render(self, template: str, page_url: str | None = None, **context: Any) -> Markup:
        self.page_url = self.current_page() if page_url is None else page_url
        html = self.env.get_template(template).render(**context)
        # Markdown would read blank lines inside a raw HTML block as the end of the block.
        return Markup("\n".join(line for line in html.splitlines() if line.strip()))
