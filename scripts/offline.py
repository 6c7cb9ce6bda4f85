"""The site offline after one visit: write the service worker of a built site, with the list of files it keeps.

    python -m scripts.offline write SITE_DIR   # sw.js with the files of this build and their hashes

`docs/sw.js` is the service worker itself (MkDocs copies it to the site root, so its scope is the whole
site). This step puts one line in front of it: `self.BUILD = {"version": ..., "files": {path: hash}}`,
listing every page (as its folder address, `bouwstenen/leesplan/`), our assets, Material's assets, the
search index, the Pyodide runtime and the calculators wheel. Source maps, the gzipped sitemap and the
search languages other than Dutch are left out. A `sw.js` without this line (as under `make serve`, which
skips the step) removes itself and its caches: editors always see their latest change.

The version is a hash of all the files' hashes, so any change to the site gives a new service worker; it
copies the files that did not change from the previous version's cache and fetches only the rest.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

WORKER = "sw.js"
# Dutch search needs only these three of Material's lunr files.
LUNR = {"lunr.stemmer.support.min.js", "lunr.nl.min.js", "lunr.multi.min.js"}
SKIPPED_SUFFIXES = (".map", ".gz")


def kept(path: str) -> bool:
    """Whether the service worker keeps this site-relative file."""
    if path == WORKER or path.endswith(SKIPPED_SUFFIXES):
        return False
    if path.startswith("assets/javascripts/lunr/"):
        return path.rsplit("/", 1)[-1] in LUNR
    # Material's own script: the pages do not load it (overrides/main.html); its search worker stays.
    return not path.startswith("assets/javascripts/bundle.")


def address(path: str) -> str:
    """The address a visitor uses for a file: a page's folder (`over/`, and `` for the home page)."""
    if path == "index.html":
        return ""
    if path.endswith("/index.html"):
        return path[: -len("index.html")]
    return path


def manifest(site_dir: Path) -> dict[str, object]:
    """{"version": 16 hex digits, "files": {address: first 16 hex digits of its sha256}}, sorted."""
    files = {}
    for file in sorted(site_dir.rglob("*")):
        path = file.relative_to(site_dir).as_posix()
        if file.is_file() and kept(path):
            files[address(path)] = hashlib.sha256(file.read_bytes()).hexdigest()[:16]
    version = hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()[:16]
    return {"version": version, "files": files}


def write(site_dir: Path) -> dict[str, object]:
    """Put this build's manifest in front of the site's sw.js; returns the manifest."""
    worker = site_dir / WORKER
    if not worker.exists():
        raise FileNotFoundError(f"{worker} ontbreekt: docs/{WORKER} hoort in de site te staan.")
    source = worker.read_text(encoding="utf-8")
    if source.startswith("self.BUILD"):
        source = source.split("\n", 1)[1]
    found = manifest(site_dir)
    line = "self.BUILD = " + json.dumps(found, separators=(",", ":"), sort_keys=True) + ";\n"
    worker.write_text(line + source, encoding="utf-8")
    return found


def main(argv: list[str]) -> int:
    if argv[:1] != ["write"] or len(argv) != 2:
        print(__doc__)
        return 2
    found = write(Path(argv[1]))
    print(json.dumps({"version": found["version"], "files": len(found["files"])}))  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
