"""MkDocs hook: runs the site's own build steps after MkDocs has written the site. Each step is a
standalone command as well, so another site builder can run them the same way:

    python -m scripts.runtime install SITE_DIR     # Pyodide, the calculators wheel and its lock file
    python -m scripts.assets fingerprint SITE_DIR  # content hashes in the names of our JS and CSS
    python -m scripts.first_paint SITE_DIR /handboek/  # critical CSS inline, stylesheets after the paint
    python -m scripts.offline write SITE_DIR       # the service worker's list of files (last: it hashes them)

Under `mkdocs serve` the service worker is switched off (`extra.offline`), so editors see every change,
and the first-paint step is skipped, so they see it sooner. `make serve` adds --dirty, so that MkDocs
rebuilds only the Markdown pages that changed; after a data file changed, this hook has the pages that
show its data built again too; when another file that many pages draw on changed, it empties the site
folder first, so that every page is built again (scripts/preview.py).
"""
from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts import assets, first_paint, offline, preview, runtime  # noqa: E402 - after the project root is on sys.path

log = logging.getLogger("mkdocs.hooks.build_steps")  # MkDocs shows its own loggers' INFO lines
serving = False
rebuilding_changes = False  # mkdocs serve --dirty: only what changed is built again
sources: preview.Snapshot | None = None  # the project's sources as the previous build saw them
saved_pages: set[str] = set()  # Markdown pages saved since the previous build began
rebuild = preview.Rebuild()  # what else this build builds again (a changed data file's pages)
notes: dict | None = None  # the previous build's notes: the data kinds each page read (scripts/preview.py)
DIRTY_WARNING = "A 'dirty' build is being performed"


def on_startup(command, dirty, **kwargs):
    global serving, rebuilding_changes
    serving = command == "serve"
    rebuilding_changes = serving and dirty
    if rebuilding_changes:
        os.environ[preview.WANTED] = "1"  # the macros note which data each page shows
    else:
        os.environ.pop(preview.WANTED, None)
    if rebuilding_changes:  # MkDocs warns at every dirty build; --strict would make that an error
        logging.getLogger("mkdocs.commands.build").addFilter(
            lambda record: not record.getMessage().startswith(DIRTY_WARNING))


def on_config(config, **kwargs):
    if serving:
        config.extra["offline"] = False
    return config


def on_pre_build(config, **kwargs):
    global sources, saved_pages, rebuild, notes
    if not rebuilding_changes:
        return
    now = preview.snapshot(ROOT, Path(config.docs_dir))
    notes = preview.read_notes(Path(config.site_dir))
    rebuild = preview.plan(sources, now, notes, ROOT)
    if rebuild.everything:
        preview.empty(Path(config.site_dir))
        log.info("Meer veranderd dan de tekst van een pagina: alle pagina's worden opnieuw gebouwd")
    elif rebuild.kinds:
        log.info("Gegevens veranderd (%s): de pagina's die ze tonen worden opnieuw gebouwd",
                 ", ".join(sorted(rebuild.kinds)))
    saved_pages = preview.changed_pages(sources, now)
    sources = now


def on_files(files, config, **kwargs):
    """Under --dirty: the pages saved since the previous build, and those that show changed data, are
    built again, whatever the times of their HTML say (MkDocs rebuilds a page whose HTML is missing)."""
    if not rebuilding_changes:
        return files
    pages = (notes or {}).get("pages", {})
    for file in files.documentation_pages():
        html = Path(file.abs_dest_path)
        if file.src_uri in saved_pages or rebuild.includes(file.src_uri, pages, lambda html=html: read(html)):
            html.unlink(missing_ok=True)
    return files


def read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def on_post_build(config, **kwargs):
    started = time.perf_counter()
    site = Path(config.site_dir)
    try:
        runtime.install(site)
    except runtime.RuntimeFilesError as problem:
        from mkdocs.exceptions import PluginError

        raise PluginError(str(problem)) from None
    assets.fingerprint(site)
    steps = ["rekenhulpen", "bestandsnamen"]
    if not serving:
        try:
            first_paint.run(site, urlsplit(config.site_url or "/").path or "/")
        except first_paint.FirstPaintError as problem:
            from mkdocs.exceptions import PluginError

            raise PluginError(str(problem)) from None
        steps.append("eerste beeld")
    if config.extra.get("offline"):
        offline.write(site)
        steps.append("offline")
    log.info("Eigen bouwstappen (%s) in %.2f s", ", ".join(steps), time.perf_counter() - started)
