"""mkdocs-macros entry point (`module_name: macros` in mkdocs.yml): loads and checks data/ once,
builds the one Renderer, and registers the macros of each site section, listed in SECTIONS.

Another builder can load this file by its path (importlib.util.spec_from_file_location) without the
project on sys.path. From `env`, define_env uses only `conf` (docs_dir, site_url, nav, extra),
`variables`, `macro(function, name)` and, while a page is rendered, `page.url` and
`page.file.src_uri`; on_post_page_macros uses `variables`, `markdown` and `page.file.src_uri`, and
on_post_build `conf` (site_dir).
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent  # data/, schemas/, templates/ and calculators/ live here
if __name__ != "macros" and str(ROOT) not in sys.path:  # loaded by file path, under another name
    sys.path.insert(0, str(ROOT))

from macros import bouwstenen, handboek, ouders, programmas, rekenhulpen, stappenplannen  # noqa: E402
from macros import site as site_pages  # noqa: E402
from macros.data import DataError, Site  # noqa: E402
from macros.registry import Macros  # noqa: E402
from macros.render import Renderer  # noqa: E402
from macros.text import definitions_markdown, tooltip_forms  # noqa: E402
from scripts import preview  # noqa: E402

try:  # MkDocs shows a PluginError as a clean message, without a traceback
    from mkdocs.exceptions import PluginError as BuildError
except ImportError:  # another builder: the data error itself reads well enough
    BuildError = DataError

SECTIONS = (handboek, bouwstenen, stappenplannen, ouders, programmas, rekenhulpen, site_pages)
GLOSSARY = "_begrippen_afkortingen"  # env.variables key that carries the definitions to on_post_page_macros


# This build's site and, per page (its Markdown file), the data kinds its macros drew on: written for
# `make serve` after the build (scripts/preview.py), which then builds a page again only when one of
# those changed. The glossary's tooltips are not noted (every page's text may carry them, and every
# template marks them): preview.py looks for the changed terms in the pages themselves.
_build: dict[str, Any] = {}


def define_env(env) -> None:
    try:
        site = Site.load(ROOT, Path(env.conf["docs_dir"]))
    except DataError as error:
        raise BuildError(str(error)) from None
    env.variables[GLOSSARY] = definitions_markdown(tooltip_forms(site.glossary))
    site.reads.clear()
    renderer = Renderer.for_site(site)
    everywhere = set(site.reads) - {preview.GLOSSARY_KIND}  # e.g. the interface texts: in every template
    macros = Macros(env, site, renderer)
    for section in SECTIONS:
        site.reads.clear()
        macros.registering = set(everywhere)
        section.register(macros)
        macros.registering.update(site.reads)
    _build.update(site=site, pages={})


def on_pre_page_macros(env) -> None:
    _build["site"].reads.clear()


def on_post_page_macros(env) -> None:
    """Glossary tooltips for the page's own Markdown text: Python-Markdown `*[ABBR]: meaning` lines
    appended after the macros ran, for the `abbr` extension (templates mark their text themselves).
    Notes the data kinds the page's macros read."""
    definitions = env.variables.get(GLOSSARY, "")
    if definitions:
        env.markdown = env.markdown.rstrip("\n") + "\n\n" + definitions + "\n"
    _build["pages"][env.page.file.src_uri] = sorted(set(_build["site"].reads))


def on_post_build(env) -> None:
    if _build:
        preview.note_uses(Path(env.conf["site_dir"]), _build["pages"], _build["site"].glossary)
