"""What a site section gets to add its macros (see macros/__init__.py)."""
from __future__ import annotations

import functools
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
        # The data kinds that the section being registered read, and every template may use: each of
        # its macros notes them as read when a page calls it (see `reading`).
        self.registering: set[str] = set()

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
            self._env.macro(self.reading(function), function.__name__)

    def add_template(self, name: str, template: str, **context: Any) -> None:
        """Register a macro without arguments that renders `template` with `context`."""
        self._env.macro(self.reading(lambda: self.render(template, **context)), name)

    def reading(self, function: Callable[..., Any]) -> Callable[..., Any]:
        """`function`, noting at each call the data its section read when it was registered (a macro
        may show data it was given then): the page that calls it draws on that data too."""
        kinds = self.registering  # the section's own set, completed after its registration

        @functools.wraps(function)
        def macro(*args: Any, **kwargs: Any) -> Any:
            self.site.reads.extend(kinds)
            return function(*args, **kwargs)

        return macro
