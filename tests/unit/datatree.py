"""Helpers for the data tests: a throw-away copy of data files and schemas to break on purpose,
and the Dutch problems that load_data reports for it. A copy sits next to a link to the real
docs/, so that page references are checked as in the build."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from macros.data import DataError, load_data

ROOT = Path(__file__).resolve().parents[2]


def link_docs(tmp_path: Path) -> None:
    """tmp_path/docs -> the real docs/: the pages that data files refer to."""
    (tmp_path / "docs").symlink_to(ROOT / "docs", target_is_directory=True)


def copy_schemas(schemas: Path, kinds: list[str] | tuple[str, ...]) -> Path:
    """The schemas of `kinds` and the shared definitions they refer to."""
    schemas.mkdir(parents=True, exist_ok=True)
    for kind in ["_defs", *kinds]:
        shutil.copy(ROOT / "schemas" / f"{kind}.schema.json", schemas)
    return schemas


def copy_tree(tmp_path: Path, files: list[str], kinds: list[str] | tuple[str, ...]) -> tuple[Path, Path]:
    """Copy data files (paths relative to data/) and the schemas of `kinds`; return (data, schemas)."""
    data = tmp_path / "data"
    data.mkdir(parents=True)
    for name in files:
        (data / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "data" / name, data / name)
    link_docs(tmp_path)
    return data, copy_schemas(tmp_path / "schemas", kinds)


def copy_data(tmp_path: Path) -> Path:
    """A copy of the whole data/ (to be loaded with the real schemas/)."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    link_docs(tmp_path)
    return tmp_path / "data"


def problems(data: Path | tuple[Path, Path], schemas: Path = ROOT / "schemas") -> list[str]:
    """The problems load_data reports (it must report some)."""
    if isinstance(data, tuple):
        data, schemas = data
    with pytest.raises(DataError) as error:
        load_data(data, schemas)
    return error.value.problems


def edit_text(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def edit_yaml(path: Path, change: Callable[[Any], None]) -> None:
    """Load a YAML file, let `change` modify it, write it back (keeping a leading comment line)."""
    text = path.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    document = yaml.load(text, Loader=yaml.CSafeLoader)
    change(document)
    head = first + "\n" if first.startswith("#") else ""
    path.write_text(head + yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
