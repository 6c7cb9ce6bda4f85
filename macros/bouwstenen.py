"""Macros for the ten bouwstenen: the overview (cards), one bouwsteen in full, and a link to one.

Each bouwsteen has its own page docs/bouwstenen/<id>.md that calls `{{ bouwsteen("id") }}`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any


def by_id(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {b["id"]: b for b in data["bouwstenen"]["bouwstenen"]}


def page_target(docs_dir: Path, markdown_path: str) -> str:
    """Site path of a page in docs/ ('a/index.md' -> 'a/', 'a/b.md' -> 'a/b/'); the page must exist,
    so a cross-link never points nowhere.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); (d / "a").mkdir(); _ = (d / "a" / "index.md").write_text("x")
    >>> page_target(d, "a/index.md")
    'a/'
    """
    if not (docs_dir / markdown_path).is_file():
        raise KeyError(f"De pagina docs/{markdown_path} (genoemd in data/bouwstenen.yml › zie_ook) bestaat niet.")
    stem = markdown_path[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
        return stem
    return stem + "/"


def register(env, data, renderer) -> None:
    items = data["bouwstenen"]["bouwstenen"]
    soorten = data["bouwstenen"]["soorten"]
    partijen = {p["id"]: p["naam"] for p in data["bouwstenen"]["partijen"]}
    index = by_id(data)
    docs_dir = Path(env.conf["docs_dir"])


    def known(bouwsteen_id: str) -> dict[str, Any]:
        if bouwsteen_id not in index:
            raise KeyError(f"Onbekende bouwsteen '{bouwsteen_id}'. Bekend: {', '.join(index)}.")
        return index[bouwsteen_id]

    def bouwstenen_overzicht() -> str:
        """The overview: one card per bouwsteen, grouped by kind, each linking to its page."""
        groups = [(soort, [b for b in items if b["soort"] == soort["id"]]) for soort in soorten]
        return renderer.render("bouwstenen-overzicht.html", groups=groups, index=index)

    def bouwsteen(bouwsteen_id: str) -> str:
        """One bouwsteen in full: description, good practice, relations, challenges per party,
        solutions, sources and cross-links to other parts of the site."""
        b = known(bouwsteen_id)
        zie_ook = [{**z, "doel": page_target(docs_dir, z["pagina"])} for z in b.get("zie_ook", [])]
        return renderer.render("bouwsteen.html", b=b, index=index, partijen=partijen,
                               soort={s["id"]: s for s in soorten}[b["soort"]], zie_ook=zie_ook)

    def bouwsteen_link(bouwsteen_id: str) -> str:
        return renderer.render("bouwsteen-link.html", b=known(bouwsteen_id))

    env.macro(bouwstenen_overzicht)
    env.macro(bouwsteen)
    env.macro(bouwsteen_link)
