"""The service worker's list of files (scripts/offline.py) and the switch that keeps it off under
`mkdocs serve` (hooks/build_steps.py), on a small site folder made here."""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from hooks import build_steps
from scripts import offline

WORKER_SOURCE = "const BUILD = self.BUILD;\n"


def small_site(root: Path) -> Path:
    files = {
        "index.html": "<h1>Start</h1>",
        "over/index.html": "<h1>Over</h1>",
        "404.html": "<h1>Niet gevonden</h1>",
        "sw.js": WORKER_SOURCE,
        "sitemap.xml": "<urlset/>",
        "sitemap.xml.gz": "gz",
        "search/search_index.json": "{}",
        "assets/js/main.0123456789.js": "export {};",
        "assets/javascripts/bundle.abc.min.js": "x",
        "assets/javascripts/bundle.abc.min.js.map": "{}",
        "assets/javascripts/lunr/min/lunr.nl.min.js": "nl",
        "assets/javascripts/lunr/min/lunr.stemmer.support.min.js": "s",
        "assets/javascripts/lunr/min/lunr.ja.min.js": "ja",
        "assets/pyodide/314.0.7/pyodide.asm.wasm": "wasm",
        "assets/py/abc/calculators-0.1.0-py3-none-any.whl": "wheel",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def written_build(site: Path) -> dict:
    first, rest = (site / "sw.js").read_text(encoding="utf-8").split("\n", 1)
    assert first.startswith("self.BUILD = ") and first.endswith(";")
    assert rest == WORKER_SOURCE
    return json.loads(first[len("self.BUILD = "):-1])


def test_pages_by_their_address_assets_search_and_runtime_are_kept(tmp_path):
    site = small_site(tmp_path)
    files = offline.manifest(site)["files"]
    assert sorted(files) == sorted([
        "", "over/", "404.html", "sitemap.xml", "search/search_index.json", "assets/js/main.0123456789.js",
        "assets/javascripts/lunr/min/lunr.nl.min.js",
        "assets/javascripts/lunr/min/lunr.stemmer.support.min.js", "assets/pyodide/314.0.7/pyodide.asm.wasm",
        "assets/py/abc/calculators-0.1.0-py3-none-any.whl"])


def test_the_version_follows_every_file_and_writing_twice_keeps_one_line(tmp_path):
    site = small_site(tmp_path)
    first = offline.write(site)
    assert written_build(site) == first
    assert offline.write(site) == first and written_build(site) == first
    (site / "over/index.html").write_text("<h1>Over deze site</h1>", encoding="utf-8")
    second = offline.write(site)
    assert second["version"] != first["version"]
    assert second["files"]["over/"] != first["files"]["over/"] and second["files"][""] == first["files"][""]
    assert written_build(site) == second


def test_a_site_without_the_worker_is_an_error_that_says_so(tmp_path):
    with pytest.raises(FileNotFoundError, match="sw.js"):
        offline.write(tmp_path)


@pytest.mark.parametrize(("command", "expected"), [("serve", False), ("build", True), ("gh-deploy", True)])
def test_the_worker_is_off_under_mkdocs_serve_only(command, expected):
    config = SimpleNamespace(extra={"offline": True})
    build_steps.on_startup(command=command, dirty=False)
    try:
        assert build_steps.on_config(config).extra["offline"] is expected
    finally:
        build_steps.on_startup(command="build", dirty=False)


def test_the_site_switches_the_worker_on():
    import yaml

    config = yaml.load((Path(__file__).resolve().parents[2] / "mkdocs.yml").read_text(encoding="utf-8"),
                       Loader=yaml.BaseLoader)
    assert config["extra"]["offline"] == "true"
