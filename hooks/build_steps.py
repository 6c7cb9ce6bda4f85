"""MkDocs hook: runs the site's own build steps after MkDocs has written the site. Each step is a
standalone command as well, so another site builder can run them the same way:

    python -m scripts.runtime install SITE_DIR     # Pyodide, the calculators wheel and its lock file
    python -m scripts.assets fingerprint SITE_DIR  # content hashes in the names of our JS and CSS
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts import assets, runtime  # noqa: E402 - after the project root is on sys.path


def on_post_build(config, **kwargs):
    site = Path(config.site_dir)
    try:
        runtime.install(site)
    except runtime.RuntimeFilesError as problem:
        from mkdocs.exceptions import PluginError

        raise PluginError(str(problem)) from None
    assets.fingerprint(site)
