"""The site's content, loaded once: every data file by kind, and one lookup of an item by its id
with one Dutch error for an id that does not exist."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from .load import load_data


class UnknownItem(LookupError):
    """An id (or a data file) that does not exist; the message says which ones do."""


class Kind(NamedTuple):
    """Where the items of a kind of data file are, and how a message names one item."""

    items: str | None  # the list in the file that holds the items; None: data/KIND/<id>.yml, one file per item
    noun: str          # Dutch, for messages
    neuter: bool       # a het-word: 'Onbekend stappenplan', not 'Onbekende ...'


# Kinds (data file stems) whose items are looked up by id.
KINDS: dict[str, Kind] = {
    "bouwstenen": Kind("bouwstenen", "bouwsteen", neuter=False),
    "programmas": Kind("programmas", "programma", neuter=True),
    "stappenplannen": Kind(None, "stappenplan", neuter=True),
    "oudergroepen": Kind("groepen", "oudergroep", neuter=False),
    "wat-werkt": Kind("lijsten", "lijst", neuter=False),
    "literatuur": Kind("bronnen", "bron", neuter=False),
    "publicaties": Kind("publicaties", "publicatie", neuter=False),
}


def unknown(noun: str, value: str, known: list[str], neuter: bool = False) -> UnknownItem:
    """The one message for an unknown id.

    >>> str(unknown("stappenplan", "x", ["a", "b"], neuter=True))
    "Onbekend stappenplan 'x'. Bekend: a, b."
    """
    return UnknownItem(f"{'Onbekend' if neuter else 'Onbekende'} {noun} '{value}'. Bekend: {', '.join(known)}.")


@dataclass(frozen=True)
class Site:
    """Every data file ({kind: content}), validated; `docs_dir` holds the pages."""

    data: Mapping[str, Any]
    docs_dir: Path
    _indexes: dict[str, dict[str, Any]] = field(default_factory=dict, init=False, repr=False, compare=False)
    # The kinds read, in order (cleared by whoever wants to know what one piece of work read): `make serve`
    # builds a page again only when a data file it drew on changed (macros/__init__.py, scripts/preview.py).
    reads: list[str] = field(default_factory=list, init=False, repr=False, compare=False)

    @classmethod
    def load(cls, root: Path, docs_dir: Path | None = None) -> Site:
        """The project's data/ checked against schemas/ (raises DataError with every problem)."""
        docs_dir = root / "docs" if docs_dir is None else docs_dir
        return cls(load_data(root / "data", root / "schemas", docs_dir), docs_dir)

    def document(self, kind: str) -> Any:
        """The content of data/KIND.yml (or {id: content} for data/KIND/*.yml)."""
        self.reads.append(kind)
        if kind not in self.data:
            raise unknown("databestand", kind, sorted(self.data), neuter=True)
        return self.data[kind]

    def index(self, kind: str) -> dict[str, Any]:
        """{id: item} of a kind, in the order of the data."""
        self.reads.append(kind)
        if kind not in self._indexes:
            if kind not in KINDS:
                raise unknown("soort", kind, list(KINDS))
            where = KINDS[kind].items
            document = self.document(kind)
            self._indexes[kind] = dict(document) if where is None else {i["id"]: i for i in document[where]}
        return self._indexes[kind]

    def items(self, kind: str) -> list[Any]:
        return list(self.index(kind).values())

    def item(self, kind: str, item_id: str) -> Any:
        """One item by its id, e.g. `site.item("bouwstenen", "leesplan")`, or UnknownItem in Dutch."""
        index = self.index(kind)
        if item_id not in index:
            raise unknown(KINDS[kind].noun, item_id, list(index), neuter=KINDS[kind].neuter)
        return index[item_id]

    @property
    def vocabulary(self) -> dict[str, dict[str, str]]:
        """data/teksten.yml: the interface texts, `t.<group>.<key>` in templates."""
        return self.document("teksten")

    @property
    def glossary(self) -> list[dict[str, Any]]:
        """data/begrippen.yml: abbreviations and terms."""
        return self.document("begrippen")["begrippen"]
