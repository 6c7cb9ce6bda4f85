"""Load every YAML file in data/, validate it against its JSON Schema, check cross-references.

All problems are collected and reported at once, in Dutch, as
`data/bouwstenen.yml › bouwsteen 3 (Leesplan) › good_practice: ontbreekt.`
so that a content editor can fix a file without reading a traceback.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

import yaml
from jsonschema import Draft202012Validator

from .messages import describe_path, schema_message
from .references import REFERENCES, Unit, check_references
from .rules import check_rules


class DataError(Exception):
    """Raised with every problem in the data files; the message is meant for content editors.

    A plain exception: this package does not depend on MkDocs (macros/__init__.py turns it into a
    clean build error)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"De inhoud in data/ bevat {len(problems)} fout(en); de site is niet gebouwd:\n{lines}")


def _read_yaml(path: Path, shown: str) -> tuple[Any, list[str]]:
    try:
        # libyaml's safe loader: the same result as yaml.safe_load, several times faster.
        return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader), []
    except yaml.YAMLError as problem:
        mark = getattr(problem, "problem_mark", None)
        where = f" › regel {mark.line + 1}" if mark is not None else ""
        reason = getattr(problem, "problem", None) or "onleesbaar"
        return None, [f"{shown}{where}: dit is geen geldige YAML ({reason})."]


def _schema_problems(document: Any, schema: dict[str, Any], shown: str) -> Iterable[str]:
    validator = Draft202012Validator(schema)
    for error in sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path]):
        path = list(error.absolute_path)
        field, reason = schema_message(error)
        if field is not None:
            path = path + [field]
        yield f"{shown}{describe_path(document, schema, path)}: {reason}"


def _duplicate_ids(document: Any, schema: dict[str, Any], shown: str) -> Iterable[str]:
    """Every list of items with an `id` must have unique ids."""
    if not isinstance(document, dict):
        return
    for key, items in document.items():
        if not isinstance(items, list):
            continue
        seen: set[str] = set()
        for index, item in enumerate(items):
            item_id = item.get("id") if isinstance(item, dict) else None
            if isinstance(item_id, str):
                if item_id in seen:
                    yield f"{shown}{describe_path(document, schema, [key, index, 'id'])}: " \
                          f"'{item_id}' komt vaker voor; elk id moet uniek zijn."
                seen.add(item_id)


def _data_files(data_dir: Path) -> Iterable[tuple[str, Path]]:
    """(kind, path): data/KIND.yml is one file of its kind; data/KIND/*.yml are many (one item each)."""
    for path in sorted(data_dir.glob("*.yml")):
        yield path.stem, path
    for folder in sorted(p for p in data_dir.iterdir() if p.is_dir()):
        for path in sorted(folder.glob("*.yml")):
            yield folder.name, path


def load_data(data_dir: Path, schema_dir: Path, shown_prefix: str = "data/") -> dict[str, Any]:
    """Return {kind: content} for data/KIND.yml and {kind: {file stem: content}} for data/KIND/*.yml,
    or raise DataError with every problem in every file."""
    problems: list[str] = []
    documents: dict[str, Any] = {}
    units: list[Unit] = []
    for kind, path in _data_files(data_dir):
        shown = shown_prefix + str(path.relative_to(data_dir))
        schema_path = schema_dir / f"{kind}.schema.json"
        if not schema_path.exists():
            problems.append(f"{shown}: er is geen schema voor dit soort bestand (verwacht: schemas/{schema_path.name}).")
            continue
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        document, yaml_problems = _read_yaml(path, shown)
        if yaml_problems:
            problems.extend(yaml_problems)
            continue
        found = list(_schema_problems(document, schema, shown)) + list(_duplicate_ids(document, schema, shown))
        in_folder = path.parent != data_dir
        if in_folder and not found and isinstance(document, dict) and document.get("id", path.stem) != path.stem:
            found.append(f"{shown} › id: moet gelijk zijn aan de bestandsnaam ('{path.stem}').")
        problems.extend(found)
        units.append(Unit(kind, shown, document, schema))  # references are checked even in a faulty file
        if found:
            continue
        if in_folder:
            documents.setdefault(kind, {})[path.stem] = document
        else:
            documents[kind] = document
    problems.extend(check_references(units, REFERENCES))
    problems.extend(check_rules(units))
    if problems:
        raise DataError(problems)
    return documents
