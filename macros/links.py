"""Relative URLs between pages, so the site works under any sub-path (e.g. /handboek/).

>>> relative_url("bouwstenen/", "bouwstenen/leesplan/")
'leesplan/'
>>> relative_url("rekenhulpen/collectie/", "bouwstenen/#leesplan")
'../../bouwstenen/#leesplan'
>>> relative_url("", "assets/py/abc/")
'assets/py/abc/'
"""
from __future__ import annotations

import posixpath


def relative_url(from_page: str, target: str) -> str:
    path, hash_mark, fragment = target.partition("#")
    start = posixpath.dirname(from_page.rstrip("/") + "/x") if from_page else "."
    rel = posixpath.relpath(path or ".", start or ".") if path else ""
    if path.endswith("/") and rel and not rel.endswith("/"):
        rel += "/"
    if rel == "./":
        rel = "./"
    return rel + (hash_mark + fragment if hash_mark else "")
