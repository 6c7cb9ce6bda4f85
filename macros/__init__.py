"""mkdocs-macros entry point (`module_name: macros` in mkdocs.yml): loads and checks data/ once,
builds the one Renderer, and registers the macros of each site section, listed in SECTIONS.

Another builder can load this file by its path (importlib.util.spec_from_file_location) without the
project on sys.path. From `env`, define_env uses only `conf` (docs_dir, site_url, nav, extra),
`variables`, `macro(function, name)` and, while a page is rendered, `page.url` and
`page.file.src_uri`; on_post_page_macros uses `variables` and `markdown`.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # data/, schemas/, templates/ and calculators/ live here
if __name__ != "macros" and str(ROOT) not in sys.path:  # loaded by file path, under another name
    sys.path.insert(0, str(ROOT))

from macros import bouwstenen, handboek, ouders, programmas, rekenhulpen, stappenplannen  # noqa: E402
from macros import site as site_pages  # noqa: E402
from macros.data import DataError, Site  # noqa: E402
from macros.registry import Macros  # noqa: E402
from macros.render import Renderer  # noqa: E402
from macros.text import definitions_markdown, tooltip_forms  # noqa: E402

try:  # MkDocs shows a PluginError as a clean message, without a traceback
    from mkdocs.exceptions import PluginError as BuildError
except ImportError:  # another builder: the data error itself reads well enough
    BuildError = DataError

SECTIONS = (handboek, bouwstenen, stappenplannen, ouders, programmas, rekenhulpen, site_pages)
GLOSSARY = "_begrippen_afkortingen"  # env.variables key that carries the definitions to on_post_page_macros


def define_env(env) -> None:
    try:
        site = Site.load(ROOT, Path(env.conf["docs_dir"]))
    except DataError as error:
        raise BuildError(str(error)) from None
    env.variables[GLOSSARY] = definitions_markdown(tooltip_forms(site.glossary))
    macros = Macros(env, site, Renderer.for_site(site))
    for section in SECTIONS:
        section.register(macros)


def on_post_page_macros(env) -> None:
    """Glossary tooltips for the page's own Markdown text: Python-Markdown `*[ABBR]: meaning` lines
    appended after the macros ran, for the `abbr` extension (templates mark their text themselves)."""
    definitions = env.variables.get(GLOSSARY, "")
    if definitions:
        env.markdown = env.markdown.rstrip("\n") + "\n\n" + definitions + "\n"
