"""Content hashes in the names of our own JavaScript and CSS, in a built site.

    python -m scripts.assets fingerprint SITE_DIR

GitHub Pages caches every file for 10 minutes, so after a deploy an old script could meet a new page.
With the hash of its content in its name (`main.3f2a1b9c0d.js`), a file that changes gets a new
name. Our modules import each other by relative name (`./lib/dom.js`); each file is renamed after
the files it refers to (leaves first), with its references rewritten, so a change in a small module
changes the names of the modules that import it too. Then every page's `src`/`href` to these files
is rewritten.
"""
from __future__ import annotations

import hashlib
import json
import posixpath
import re
import sys
from pathlib import Path

OWN = ("assets/js", "assets/css")
# A quoted relative reference to another file of ours: "./lib/dom.js", "../css/x.css".
REFERENCE = re.compile(r"""(["'])(\.{1,2}/[A-Za-z0-9_./-]+\.(?:js|css))\1""")
HASHED = re.compile(r"\.[0-9a-f]{10}\.(?:js|css)$")


def own_files(site_dir: Path) -> list[str]:
    """Site-relative paths of our JS and CSS files that do not carry a hash yet."""
    found = []
    for folder in OWN:
        for path in sorted((site_dir / folder).rglob("*")):
            if path.suffix in (".js", ".css") and not HASHED.search(path.name):
                found.append(path.relative_to(site_dir).as_posix())
    return found


def references(site_dir: Path, name: str, names: set[str]) -> dict[str, str]:
    """{literal as written: site-relative path} for each reference in `name` to another of our files."""
    text = (site_dir / name).read_text(encoding="utf-8")
    found = {}
    for match in REFERENCE.finditer(text):
        target = posixpath.normpath(posixpath.join(posixpath.dirname(name), match.group(2)))
        if target in names:
            found[match.group(2)] = target
    return found


def hashed_name(name: str, content: bytes) -> str:
    stem, dot, suffix = name.rpartition(".")
    return f"{stem}.{hashlib.sha256(content).hexdigest()[:10]}{dot}{suffix}"


def fingerprint(site_dir: Path) -> dict[str, str]:
    """Rename our files to hashed names and rewrite every reference; returns {old: new} (site paths)."""
    names = own_files(site_dir)
    pending = {name: references(site_dir, name, set(names)) for name in names}
    renamed: dict[str, str] = {}
    while pending:
        ready = [name for name, refs in pending.items() if all(t in renamed for t in refs.values())]
        if not ready:
            raise ValueError(f"Kringverwijzing tussen {sorted(pending)}")
        for name in ready:
            text = (site_dir / name).read_text(encoding="utf-8")
            for literal, target in pending.pop(name).items():
                new = posixpath.relpath(renamed[target], posixpath.dirname(name))
                new = new if new.startswith(".") else "./" + new
                text = re.sub(r"""(["'])""" + re.escape(literal) + r"\1", lambda m, n=new: m.group(1) + n + m.group(1),
                              text)
            content = text.encode("utf-8")
            renamed[name] = hashed_name(name, content)
            (site_dir / renamed[name]).write_bytes(content)
            (site_dir / name).unlink()
    for page in site_dir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        rewritten = rewrite_page(html, renamed)
        if rewritten != html:
            page.write_text(rewritten, encoding="utf-8")
    return renamed


def rewrite_page(html: str, renamed: dict[str, str]) -> str:
    """Point `src` and `href` attributes that end in one of the old names to the new names."""
    def replace(match: re.Match[str]) -> str:
        attribute, quote, url = match.group(1), match.group(2), match.group(3)
        path, sep, query = url.partition("?")
        for old, new in renamed.items():
            if path == old or path.endswith("/" + old):
                return f"{attribute}={quote}{path[: len(path) - len(old)]}{new}{sep}{query}{quote}"
        return match.group(0)

    return re.sub(r"""\b(src|href)=(["'])([^"']+)\2""", replace, html)


def main(argv: list[str]) -> int:
    if argv[:1] != ["fingerprint"] or len(argv) != 2:
        print(__doc__)
        return 2
    print(json.dumps(fingerprint(Path(argv[1])), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
