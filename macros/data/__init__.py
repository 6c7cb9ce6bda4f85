"""The data layer: every YAML file in data/ loaded, validated against its schema in schemas/ and
cross-checked, with every problem reported at once in Dutch; then one lookup of items by id.
Nothing here depends on MkDocs."""
from __future__ import annotations

from .load import DataError, load_data, origin_problems
from .numbers import getal
from .site import Site, UnknownItem

__all__ = ["DataError", "Site", "UnknownItem", "getal", "load_data", "origin_problems"]
