"""Cross-references: an id that points nowhere, or a page of the site that does not exist, is an error.

A reference is declared once, here, as paths (except `herkomst`, which any data may have anywhere:
check_origins finds it): `"bouwstenen[].relaties[].bouwsteen"` means the
field `bouwsteen` of every relation of every bouwsteen. Add a line when a new kind of data refers
to another, or to a page. Pages are always named by their Markdown file in docs/
(`handboek/starten.md`), the way MkDocs links pages.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .messages import Unit


@dataclass(frozen=True)
class Reference:
    source: str        # data file stem that holds the reference
    path: str          # where the ids are, e.g. "bouwstenen[].relaties[].bouwsteen"
    target: str        # data file stem that holds the items
    target_path: str   # where their ids are, e.g. "bouwstenen[].id"
    local: bool = False  # True: the ids are looked up in the same file (e.g. a step plan's own steps)


REFERENCES: list[Reference] = [
    Reference("bouwstenen", "bouwstenen[].relaties[].bouwsteen", "bouwstenen", "bouwstenen[].id"),
    Reference("bouwstenen", "bouwstenen[].uitdagingen[].partij", "bouwstenen", "partijen[].id", local=True),
    Reference("begrippen", "begrippen[].bronnen[]", "publicaties", "publicaties[].id"),
    Reference("stappenplannen", "stappen[].voor_wie.partijen[]", "stappenplannen", "partijen[].id", local=True),
    Reference("stappenplannen", "stappen[].beslissingen[].uitkomsten[].naar_stap", "stappenplannen",
              "stappen[].id", local=True),
    Reference("rollen", "rollen[].bouwstenen[]", "bouwstenen", "bouwstenen[].id"),
    Reference("kwaliteitscyclus", "fases[].bouwsteen", "bouwstenen", "bouwstenen[].id"),
    Reference("kwaliteitscyclus", "fases[].hulpmiddelen[].toolkit", "bouwstenen", "bouwstenen[].id"),
    Reference("starten", "gesprekstools[].toolkit", "bouwstenen", "bouwstenen[].id"),
    Reference("netwerk", "partijen[].bouwstenen[]", "bouwstenen", "bouwstenen[].id"),
    Reference("stappenplannen", "stappen[].hulpmiddelen[].toolkit", "bouwstenen", "bouwstenen[].id"),
    Reference("stappenplannen", "stappen[].vragen[].hulpmiddelen[].toolkit", "bouwstenen", "bouwstenen[].id"),
    Reference("vormen-ouderbetrokkenheid", "thuisbetrokkenheid.bronnen[]", "vormen-ouderbetrokkenheid",
              "bronnen[].id", local=True),
    Reference("programmas", "programmas[].stappenplan", "stappenplannen", "id"),
    Reference("oudergroepen", "groepen[].lijsten[].bronnen[]", "literatuur", "bronnen[].id"),
    Reference("wat-werkt", "lijsten[].bronnen[]", "literatuur", "bronnen[].id"),
    Reference("competenties", "lijsten[].bronnen[]", "literatuur", "bronnen[].id"),
    Reference("ouders-bibliotheken", "voorbeelden[].financiering[]", "ouders-bibliotheken",
              "financiering[].id", local=True),
    Reference("ouders-nieuwkomers", "bevindingen[].bronnen[]", "ouders-nieuwkomers", "literatuur[].id", local=True),
    Reference("ouders-nieuwkomers", "corona[].bronnen[]", "ouders-nieuwkomers", "literatuur[].id", local=True),
]


# (data file stem, where the page paths are): each must be a Markdown file in docs/.
PAGE_REFERENCES: list[tuple[str, str]] = [
    ("bouwstenen", "bouwstenen[].zie_ook[].pagina"),
    ("publicaties", "publicaties[].op_deze_site[]"),
    ("stappenplannen", "stappen[].hulpmiddelen[].pagina"),
    ("stappenplannen", "stappen[].vragen[].hulpmiddelen[].pagina"),
]


def walk(node: Any, path: str, trail: tuple[Any, ...] = ()) -> Iterator[tuple[Any, list[Any]]]:
    """Yield (value, path as keys and indices) for every value the dotted path reaches."""
    if not path:
        yield node, list(trail)
        return
    head, _, rest = path.partition(".")
    is_list = head.endswith("[]")
    key = head[:-2] if is_list else head
    if not isinstance(node, dict) or key not in node:
        return
    child = node[key]
    if is_list:
        for index, item in enumerate(child if isinstance(child, list) else []):
            yield from walk(item, rest, trail + (key, index))
    else:
        yield from walk(child, rest, trail + (key,))


def check_references(units: list[Unit], references: Iterable[Reference]) -> Iterator[str]:
    for ref in references:
        known_everywhere = {value for unit in units if unit.kind == ref.target
                            for value, _ in walk(unit.document, ref.target_path) if isinstance(value, str)}
        for unit in (u for u in units if u.kind == ref.source):
            known = ({value for value, _ in walk(unit.document, ref.target_path) if isinstance(value, str)}
                     if ref.local else known_everywhere)
            target = unit.shown if ref.local else f"data/{ref.target}"
            for value, trail in walk(unit.document, ref.path):
                if isinstance(value, str) and value not in known:
                    yield f"{unit.where(trail)}: '{value}' bestaat niet in {target}; kies een bestaand id."


def mappings(node: Any, trail: tuple[Any, ...] = ()) -> Iterator[tuple[dict[str, Any], list[Any]]]:
    """Every mapping anywhere in a document, with its path (also used by rules.py)."""
    if isinstance(node, dict):
        yield node, list(trail)
        for key, child in node.items():
            yield from mappings(child, trail + (key,))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from mappings(child, trail + (index,))


def check_origins(units: list[Unit]) -> Iterator[str]:
    """Every `herkomst` that names a publication, in any data file and at any depth (an item's, a
    section's or a field's: `herkomst_velden`), names one of data/publicaties.yml. (A part of data/
    without that file, as some tests load, has nothing to check against.)"""
    publications = [unit for unit in units if unit.kind == "publicaties"]
    if not publications:
        return
    known = {value for unit in publications for value, _ in walk(unit.document, "publicaties[].id")
             if isinstance(value, str)}
    for unit in units:
        for node, trail in mappings(unit.document):
            origin = node.get("herkomst")
            publication = origin.get("publicatie") if isinstance(origin, dict) else None
            if isinstance(publication, str) and publication not in known:
                yield (f"{unit.where(trail + ['herkomst', 'publicatie'])}: '{publication}' bestaat niet in "
                       "data/publicaties; kies een bestaand id.")


def check_pages(units: list[Unit], references: Iterable[tuple[str, str]], docs_dir: Path) -> Iterator[str]:
    """Every page path names an existing docs/ file (a malformed path is left to the schema's message)."""
    for kind, path in references:
        for unit in (u for u in units if u.kind == kind):
            for value, trail in walk(unit.document, path):
                if isinstance(value, str) and value.endswith(".md") and not (docs_dir / value).is_file():
                    yield f"{unit.where(trail)}: de pagina docs/{value} bestaat niet; kies een bestaande pagina."
