"""What `make serve` rebuilds after an editor saves a file.

`make serve` runs `mkdocs serve --dirty`: MkDocs then rebuilds only the Markdown pages whose file
changed (a page's HTML older than its Markdown; the hook also removes the HTML of every page saved
since the previous build began, see changed_pages). That is right for a change in one page's text.

A data file is drawn on by several pages. Each build notes, per page, the data kinds its macros read
(macros/__init__.py, `note_uses`, in build/preview/, outside the site). After a change of data files
only, the hook removes the HTML of the pages that read a changed kind, so MkDocs builds those again.
The glossary (data/begrippen.yml) is the exception: every page's text can carry a term's tooltip, so
the pages built again are those whose HTML contains a spelling of a term that was added, changed or
removed (`changed_words`).

Any other shared file (a template, a schema, the macros, a calculator, the theme overrides, our assets
or mkdocs.yml), a data kind that no page was seen to read, or a page added or removed (the navigation
of every page changes): then the hook (hooks/build_steps.py) empties the site folder first, so that
every page is built again, as `mkdocs serve` without --dirty would.

    python -m scripts.preview PROJECT_DIR   # prints the files a snapshot watches, with their times
"""
from __future__ import annotations

import hashlib
import html
import json
import os
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "build" / "preview"
WANTED = "HANDBOEK_PREVIEW_NOTES"  # set by the hook under `mkdocs serve --dirty`: write the notes
WEEK = 7 * 24 * 3600
GLOSSARY_KIND = "begrippen"
# What pages draw on besides their own Markdown (folders and files of the project).
SHARED = ("data", "templates", "schemas", "macros", "calculators", "overrides", "hooks", "scripts", "mkdocs.yml")
SKIPPED = ("__pycache__", ".mypy_cache", ".ruff_cache")


@dataclass(frozen=True)
class Snapshot:
    """Every Markdown page and every other source file, with its modification time."""

    pages: dict[str, float]
    shared: dict[str, float]


def snapshot(project: Path, docs_dir: Path) -> Snapshot:
    pages: dict[str, float] = {}
    shared: dict[str, float] = {}
    for path in _files(docs_dir):
        name = path.relative_to(docs_dir).as_posix()
        if path.suffix == ".md":
            pages[name] = path.stat().st_mtime
        else:  # CSS, JS, images: our build steps rewrite every page that refers to them
            shared["docs/" + name] = path.stat().st_mtime
    for entry in SHARED:
        root = project / entry
        for path in ([root] if root.is_file() else _files(root)):
            shared[path.relative_to(project).as_posix()] = path.stat().st_mtime
    return Snapshot(pages, shared)


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [path for path in folder.rglob("*") if path.is_file() and not set(path.parts) & set(SKIPPED)]


@dataclass(frozen=True)
class Rebuild:
    """What the next --dirty build builds again besides the Markdown pages saved: every page, or the
    pages that read a changed data kind or contain a changed glossary word (see the module's docstring)."""

    everything: bool = False
    kinds: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()

    def includes(self, page: str, uses: dict[str, list[str]], page_html: Callable[[], str]) -> bool:
        """Whether `page` (its Markdown file) is built again; `page_html()` gives its HTML so far."""
        if self.everything or (self.kinds and page not in uses):  # a page never noted: to be sure
            return True
        if self.kinds & set(uses.get(page, ())):
            return True
        if not self.words:
            return False
        text = page_html()
        return any(form in text for word in self.words for form in (word, html.escape(word)))


def data_kind(name: str) -> str | None:
    """The kind of a data file ('data/begrippen.yml', 'data/stappenplannen/x.yml'), else None.

    >>> data_kind("data/begrippen.yml"), data_kind("data/stappenplannen/leesplan.yml"), data_kind("mkdocs.yml")
    ('begrippen', 'stappenplannen', None)
    """
    path = PurePosixPath(name)
    if path.parts[0] != "data" or path.suffix != ".yml" or len(path.parts) not in (2, 3):
        return None
    return path.stem if len(path.parts) == 2 else path.parts[1]


def plan(before: Snapshot | None, now: Snapshot, notes: dict[str, Any] | None, project: Path) -> Rebuild:
    """What to build again after `before` became `now`; `notes` are the previous build's (note_uses).

    >>> a = Snapshot({"over.md": 1.0}, {"data/rollen.yml": 1.0, "mkdocs.yml": 1.0})
    >>> notes = {"pages": {"over.md": [], "rollen.md": ["rollen"]}, "glossary": []}
    >>> plan(a, Snapshot({"over.md": 2.0}, dict(a.shared)), notes, Path("."))
    Rebuild(everything=False, kinds=frozenset(), words=frozenset())
    >>> plan(a, Snapshot({"over.md": 1.0}, {**a.shared, "data/rollen.yml": 2.0}), notes, Path(".")).kinds
    frozenset({'rollen'})
    >>> plan(a, Snapshot({"over.md": 1.0}, {**a.shared, "mkdocs.yml": 2.0}), notes, Path(".")).everything
    True
    >>> plan(a, Snapshot({"over.md": 1.0, "nieuw.md": 2.0}, dict(a.shared)), notes, Path(".")).everything
    True
    """
    if before is None:
        return Rebuild()  # the first build builds every page anyway
    if before.pages.keys() != now.pages.keys():
        return Rebuild(everything=True)
    names = before.shared.keys() | now.shared.keys()
    changed = {name for name in names if before.shared.get(name) != now.shared.get(name)}
    if not changed:
        return Rebuild()
    kinds = {data_kind(name) for name in changed}
    noticed = {kind for kinds_read in (notes or {}).get("pages", {}).values() for kind in kinds_read}
    if notes is None or None in kinds or not kinds <= noticed | {GLOSSARY_KIND}:
        return Rebuild(everything=True)
    words: set[str] = set()
    if GLOSSARY_KIND in kinds:
        try:
            glossary = yaml.safe_load((project / "data" / f"{GLOSSARY_KIND}.yml").read_text(encoding="utf-8"))
            words = changed_words(notes.get("glossary", []), glossary[GLOSSARY_KIND])
        except (OSError, yaml.YAMLError, TypeError, KeyError, AttributeError):
            return Rebuild(everything=True)  # the build itself will say what is wrong with the file
    return Rebuild(kinds=frozenset(kind for kind in kinds if kind), words=frozenset(words))


def changed_words(before: list[dict[str, Any]], now: list[dict[str, Any]]) -> set[str]:
    """Every spelling (term and other forms) of a glossary entry added, removed or changed.

    >>> old = [{"id": "poi", "term": "POI", "vormen": ["POI's"], "betekenis": "a"}, {"id": "kb", "term": "KB"}]
    >>> sorted(changed_words(old, [{**old[0], "betekenis": "b"}, old[1]]))
    ['POI', "POI's"]
    >>> changed_words(old, old + [{"id": "po", "term": "po"}])
    {'po'}
    """
    old = {entry.get("id"): entry for entry in before}
    new = {entry.get("id"): entry for entry in now}
    words: set[str] = set()
    for key in old.keys() | new.keys():
        if old.get(key) != new.get(key):
            for entry in (old.get(key), new.get(key)):
                if entry:
                    words.update([entry.get("term", ""), *entry.get("vormen", [])])
    return {word for word in words if word}


def notes_file(site_dir: Path) -> Path:
    """Where the notes of the builds into `site_dir` are kept (one file per site folder)."""
    return NOTES / (hashlib.sha256(str(site_dir.resolve()).encode()).hexdigest()[:12] + ".json")


def read_notes(site_dir: Path) -> dict[str, Any] | None:
    try:
        notes = json.loads(notes_file(site_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return notes if isinstance(notes, dict) and isinstance(notes.get("pages"), dict) else None


def note_uses(site_dir: Path, pages: dict[str, list[str]], glossary: list[dict[str, Any]]) -> None:
    """Under `make serve` (the hook sets WANTED): note the data kinds each page built now read, and the
    glossary as it was (a --dirty build builds only some pages: the others keep their notes). Notes of
    earlier serve sessions (each has a site folder of its own) are removed after a week."""
    if not os.environ.get(WANTED):
        return
    notes = read_notes(site_dir) or {"pages": {}}
    notes["pages"].update(pages)
    notes["glossary"] = glossary
    path = notes_file(site_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(notes, ensure_ascii=False), encoding="utf-8")
    for old in path.parent.glob("*.json"):
        if time.time() - old.stat().st_mtime > WEEK:
            old.unlink(missing_ok=True)


def changed_pages(before: Snapshot | None, now: Snapshot) -> set[str]:
    """The Markdown pages saved since the previous build started. MkDocs' own test (the page's HTML
    older than its Markdown) misses a page saved while a build was writing it; this one does not.

    >>> changed_pages(Snapshot({"a.md": 1.0, "b.md": 1.0}, {}), Snapshot({"a.md": 1.0, "b.md": 3.0}, {}))
    {'b.md'}
    """
    if before is None:
        return set()
    return {name for name, seconds in now.pages.items() if before.pages.get(name) != seconds}


def empty(site_dir: Path) -> None:
    """Remove everything in the site folder (the folder itself stays: the server serves it)."""
    for path in site_dir.iterdir() if site_dir.is_dir() else []:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    project = Path(argv[0])
    found = snapshot(project, project / "docs")
    for name, seconds in sorted(found.shared.items()):
        print(f"{seconds:.0f} {name}")
    print(f"{len(found.pages)} Markdown-pagina's")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
