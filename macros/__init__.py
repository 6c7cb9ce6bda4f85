"""mkdocs-macros entry point: loads and validates data/ once and registers the macros.

Every module of this package that defines `register(env, data, renderer)` is registered, in
alphabetical order; adding macros means adding a module, nothing else.
"""
from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from .begrippen import on_post_page_macros  # noqa: F401 - mkdocs-macros hook: glossary tooltips on every page
from .data import DataError, load_data
from .render import Renderer

try:  # MkDocs shows a PluginError as a clean message, without a traceback
    from mkdocs.exceptions import PluginError as BuildError
except ImportError:  # another builder: the data error itself reads well enough
    BuildError = DataError


def define_env(env) -> None:
    root = Path(env.project_dir)
    try:
        data = load_data(root / "data", root / "schemas")
    except DataError as error:
        raise BuildError(str(error)) from None
    renderer = Renderer(root / "templates", vocabulary=data["teksten"],
                        current_page=lambda: env.page.url if env.page else "")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if callable(register):
            register(env, data, renderer)
