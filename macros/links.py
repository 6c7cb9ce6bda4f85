"""Relative URLs between pages, so the site works under any sub-path (e.g. /handboek/).

A link target is a site path (`bouwstenen/leesplan/`) or, as in data/, the Markdown file of a page
in docs/ (`bouwstenen/leesplan.md`), optionally with `#anchor`.

>>> relative_url("bouwstenen/", "bouwstenen/leesplan/")
'leesplan/'
>>> relative_url("rekenhulpen/collectie/", "bouwstenen/#leesplan")
'../../bouwstenen/#leesplan'
>>> relative_url("", "assets/py/abc/")
'assets/py/abc/'
>>> relative_url("handboek/starten/", "handboek/netwerk.md#poi")
'../netwerk/#poi'
>>> relative_url("handboek/starten/", "index.md")
'../../'
"""
from __future__ import annotations

import posixpath


def site_path(target: str) -> str:
    """The site path of a docs/ Markdown file ('a/index.md' -> 'a/', 'a/b.md' -> 'a/b/', 'index.md' -> './');
    any other target as it is.

    >>> site_path("ouderbetrokkenheid/index.md"), site_path("handboek/starten.md#kop"), site_path("over/")
    ('ouderbetrokkenheid/', 'handboek/starten/#kop', 'over/')
    """
    path, hash_mark, fragment = target.partition("#")
    if path.endswith(".md"):
        stem = path[: -len(".md")]
        if stem == "index" or stem.endswith("/index"):
            stem = stem[: -len("index")].rstrip("/")
        path = stem + "/" if stem else "./"
    return path + hash_mark + fragment


def relative_url(from_page: str, target: str) -> str:
    path, hash_mark, fragment = site_path(target).partition("#")
    start = posixpath.dirname(from_page.rstrip("/") + "/x") if from_page else "."
    rel = posixpath.relpath(path or ".", start or ".") if path else ""
    if path.endswith("/") and rel and not rel.endswith("/"):
        rel += "/"
    return rel + (hash_mark + fragment if hash_mark else "")
