"""The built site's service worker list (scripts/offline.py) against the pages, and the privacy page's
promise about what the browser keeps."""
from __future__ import annotations

import json
import re


def build_line(site_dir) -> dict:
    first = (site_dir / "sw.js").read_text(encoding="utf-8").split("\n", 1)[0]
    return json.loads(first[len("self.BUILD = "):-1])


def file_of(site_dir, address: str):
    return site_dir / (address + "index.html" if address == "" or address.endswith("/") else address)


def test_the_worker_keeps_every_page_the_search_index_and_the_calculators(site_dir, built_pages):
    files = build_line(site_dir)["files"]
    pages = {page.removesuffix("index.html") for page in built_pages}
    assert pages <= set(files)
    for needed in ("search/search_index.json", "sitemap.xml", "404.html"):
        assert needed in files
    assert any(a.startswith("assets/pyodide/") and a.endswith(".wasm") for a in files)
    assert any(a.startswith("assets/py/") and a.endswith(".whl") for a in files)
    assert all(file_of(site_dir, address).is_file() for address in files)
    assert not [a for a in files if a.endswith((".map", ".gz")) or a == "sw.js"]
    # Every page says the worker may run (the switch that `mkdocs serve` turns off).
    assert '<meta name="handboek-offline" content="aan">' in (site_dir / "index.html").read_text(encoding="utf-8")


def test_the_privacy_page_states_the_size_of_the_copy(site_dir):
    total = sum(file_of(site_dir, address).stat().st_size for address in build_line(site_dir)["files"])
    text = (site_dir / "privacy" / "index.html").read_text(encoding="utf-8")
    stated = int(re.search(r"ongeveer (\d+) MB", text).group(1))
    assert abs(stated - total / 1_000_000) <= 1.5, f"the privacy page says {stated} MB; the copy is {total:,} bytes"
