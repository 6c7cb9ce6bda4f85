"""What a site section gets to add its macros (see macros/__init__.py)."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from markupsafe import Markup

from .data import Site
from .render import Renderer


class Macros:
    """The site's content, the renderer, the build's settings (`conf`), and `render()` for the page
    that mkdocs-macros is rendering when a macro runs."""

    def __init__(self, env: Any, site: Site, renderer: Renderer) -> None:
        self._env = env
        self.site = site
        self.renderer = renderer

    @property
    def conf(self) -> Mapping[str, Any]:
        return self._env.conf

    def page_url(self) -> str:
        """The URL of the page being rendered ('' for the site root, or outside a page)."""
        page = getattr(self._env, "page", None)
        return page.url if page is not None else ""

    def page_source(self) -> str:
        """The Markdown file of the page being rendered ('docs/handboek/starten.md'), for messages."""
        file = getattr(getattr(self._env, "page", None), "file", None)
        return f"docs/{file.src_uri}" if file is not None else "docs/"

    def render(self, template: str, /, **context: Any) -> Markup:
        return self.renderer.render(template, page_url=self.page_url(), **context)

    def add(self, *functions: Callable[..., Any]) -> None:
        """Register functions as macros under their own names."""
        for function in functions:
            self._env.macro(function, function.__name__)

    def add_template(self, name: str, template: str, **context: Any) -> None:
        """Register a macro without arguments that renders `template` with `context`."""
        self._env.macro(lambda: self.render(template, **context), name)
