"""Load every YAML file in data/, validate it against its JSON Schema, check cross-references.

All problems are collected and reported at once, in Dutch, as
`data/bouwstenen.yml › bouwsteen 3 (Leesplan) › good_practice: ontbreekt.`
so that a content editor can fix a file without reading a traceback.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from .messages import Unit, schema_message
from .references import PAGE_REFERENCES, REFERENCES, check_origins, check_pages, check_references
from .rules import check_rules


class DataError(Exception):
    """Raised with every problem in the data files; the message is meant for content editors.

    A plain exception: this package does not depend on MkDocs (macros/__init__.py turns it into a
    clean build error)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"De inhoud in data/ bevat {len(problems)} fout(en); de site is niet gebouwd:\n{lines}")


def schema_registry(schema_dir: Path) -> Registry:
    """Every schema of schemas/ under its file name (also its `$id`), so that a reference such as
    `"$ref": "_defs.schema.json#/$defs/id"` resolves here as it does in an editor, from the file next door."""
    resources = []
    for path in sorted(schema_dir.glob("*.schema.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((path.name, Resource.from_contents(contents, default_specification=DRAFT202012)))
    return Registry().with_resources(resources)


def _read_yaml(path: Path, shown: str) -> tuple[Any, list[str]]:
    try:
        # libyaml's safe loader: the same result as yaml.safe_load, several times faster.
        return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader), []
    except yaml.YAMLError as problem:
        mark = getattr(problem, "problem_mark", None)
        where = f" › regel {mark.line + 1}" if mark is not None else ""
        reason = getattr(problem, "problem", None) or "onleesbaar"
        return None, [f"{shown}{where}: dit is geen geldige YAML ({reason})."]


def _schema_problems(unit: Unit, validator: Draft202012Validator) -> Iterator[str]:
    try:
        errors = sorted(validator.iter_errors(unit.document), key=lambda e: [str(p) for p in e.absolute_path])
    except Unresolvable as problem:
        yield (f"{unit.shown}: het schema schemas/{unit.kind}.schema.json verwijst naar iets dat niet bestaat "
               f"({problem}).")
        return
    for error in errors:
        field, reason = schema_message(error)
        path = list(error.absolute_path) + ([field] if field is not None else [])
        yield f"{unit.where(path)}: {reason}"


def _duplicate_ids(unit: Unit) -> Iterator[str]:
    """Every list of items with an `id` must have unique ids."""
    if not isinstance(unit.document, dict):
        return
    for key, items in unit.document.items():
        if not isinstance(items, list):
            continue
        seen: set[str] = set()
        for index, item in enumerate(items):
            item_id = item.get("id") if isinstance(item, dict) else None
            if isinstance(item_id, str):
                if item_id in seen:
                    yield f"{unit.where([key, index, 'id'])}: '{item_id}' komt vaker voor; elk id moet uniek zijn."
                seen.add(item_id)


def _data_files(data_dir: Path) -> Iterable[tuple[str, Path]]:
    """(kind, path): data/KIND.yml is one file of its kind; data/KIND/*.yml are many (one item each)."""
    for path in sorted(data_dir.glob("*.yml")):
        yield path.stem, path
    for folder in sorted(p for p in data_dir.iterdir() if p.is_dir()):
        for path in sorted(folder.glob("*.yml")):
            yield folder.name, path


def origin_problems(origin: Any, shown: str, schema_dir: Path, publication_ids: Iterable[str]) -> list[str]:
    """The checks of a `herkomst` in data/ (its schema, and its publication in data/publicaties.yml),
    for one given elsewhere, e.g. by a page in docs/ (`shown`) through the macro herkomst()."""
    registry = schema_registry(schema_dir)
    schema = {"type": "object", "properties": {"herkomst": {"$ref": "_defs.schema.json#/$defs/herkomst"}}}
    unit = Unit("herkomst", shown, {"herkomst": origin}, schema, registry.resolver())
    problems = list(_schema_problems(unit, Draft202012Validator(schema, registry=registry)))
    publications = Unit("publicaties", "data/publicaties.yml",
                        {"publicaties": [{"id": i} for i in publication_ids]}, {})
    return problems or list(check_origins([unit, publications]))


def load_data(data_dir: Path, schema_dir: Path, docs_dir: Path | None = None,
              shown_prefix: str = "data/") -> dict[str, Any]:
    """Return {kind: content} for data/KIND.yml and {kind: {file stem: content}} for data/KIND/*.yml,
    or raise DataError with every problem in every file. Page references are checked against
    `docs_dir` (default: the docs/ next to data/)."""
    docs_dir = data_dir.parent / "docs" if docs_dir is None else docs_dir
    registry = schema_registry(schema_dir)
    validators: dict[str, Draft202012Validator] = {}
    problems: list[str] = []
    documents: dict[str, Any] = {}
    units: list[Unit] = []
    for kind, path in _data_files(data_dir):
        shown = shown_prefix + path.relative_to(data_dir).as_posix()
        schema_name = f"{kind}.schema.json"
        if schema_name not in registry:
            problems.append(f"{shown}: er is geen schema voor dit soort bestand (verwacht: schemas/{schema_name}).")
            continue
        document, yaml_problems = _read_yaml(path, shown)
        if yaml_problems:
            problems.extend(yaml_problems)
            continue
        schema = registry.contents(schema_name)
        if kind not in validators:
            validators[kind] = Draft202012Validator(schema, registry=registry)
        unit = Unit(kind, shown, document, schema, registry.resolver(base_uri=schema_name))
        found = list(_schema_problems(unit, validators[kind])) + list(_duplicate_ids(unit))
        in_folder = path.parent != data_dir
        if in_folder and not found and isinstance(document, dict) and document.get("id", path.stem) != path.stem:
            found.append(f"{shown} › id: moet gelijk zijn aan de bestandsnaam ('{path.stem}').")
        problems.extend(found)
        units.append(unit)  # references are checked even in a faulty file
        if found:
            continue
        if in_folder:
            documents.setdefault(kind, {})[path.stem] = document
        else:
            documents[kind] = document
    problems.extend(check_references(units, REFERENCES))
    problems.extend(check_origins(units))
    problems.extend(check_pages(units, PAGE_REFERENCES, docs_dir))
    problems.extend(check_rules(units))
    if problems:
        raise DataError(problems)
    return documents
