"""Macros for the childcare page: the four goals and the (incomplete) starting situations of the
8-step plan (data/ouders-kinderopvang.yml); the steps themselves are a step plan."""
from __future__ import annotations


def register(env, data, renderer) -> None:
    info = data["ouders-kinderopvang"]


    def kinderopvang_doelen() -> str:
        return renderer.render("kinderopvang-doelen.html", info=info)

    def kinderopvang_uitgangssituaties() -> str:
        return renderer.render("kinderopvang-uitgangssituaties.html", info=info)

    def kinderopvang_links() -> str:
        return renderer.render("bronlinks.html", links=info["links"])

    env.macro(kinderopvang_doelen)
    env.macro(kinderopvang_uitgangssituaties)
    env.macro(kinderopvang_links)
