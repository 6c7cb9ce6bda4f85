"""Macros for the childcare page: the four goals and the (incomplete) starting situations of the
8-step plan (data/ouders-kinderopvang.yml); the steps themselves are a step plan."""
from __future__ import annotations


def register(env, data, renderer) -> None:
    info = data["ouders-kinderopvang"]
    renderer.add_macro(env, "kinderopvang_doelen", "kinderopvang-doelen.html", info=info)
    renderer.add_macro(env, "kinderopvang_uitgangssituaties", "kinderopvang-uitgangssituaties.html", info=info)
    renderer.add_macro(env, "kinderopvang_links", "bronlinks.html", links=info["links"])
