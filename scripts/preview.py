"""What `make serve` rebuilds after an editor saves a file.

`make serve` runs `mkdocs serve --dirty`: MkDocs then rebuilds only the Markdown pages whose file
changed (a page's HTML older than its Markdown; the hook also removes the HTML of every page saved
since the previous build began, see changed_pages). That is right for a change in one page's text, but
not for a file that many pages draw on: a data file (a term's meaning shows on every page that uses
the abbreviation), a template, a schema, the macros, a calculator, the theme overrides, our assets
or mkdocs.yml. Nor when a page is added or removed (the navigation of every page changes). In those
cases the hook (hooks/build_steps.py) empties the site folder first, so that every page is built
again, as `mkdocs serve` without --dirty would.

    python -m scripts.preview PROJECT_DIR   # prints the files a snapshot watches, with their times
"""
from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

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


def every_page_again(before: Snapshot | None, now: Snapshot) -> bool:
    """True when more changed than the text of existing Markdown pages (see the module's docstring).

    >>> a = Snapshot({"over.md": 1.0}, {"data/begrippen.yml": 1.0})
    >>> every_page_again(a, Snapshot({"over.md": 2.0}, {"data/begrippen.yml": 1.0}))
    False
    >>> every_page_again(a, Snapshot({"over.md": 1.0}, {"data/begrippen.yml": 2.0}))
    True
    >>> every_page_again(a, Snapshot({"over.md": 1.0, "nieuw.md": 2.0}, {"data/begrippen.yml": 1.0}))
    True
    """
    return before is not None and (before.pages.keys() != now.pages.keys() or before.shared != now.shared)


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
