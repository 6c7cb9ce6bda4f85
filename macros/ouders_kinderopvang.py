"""Macros for the childcare page: the four goals and the (incomplete) starting situations of the
8-step plan (data/ouders-kinderopvang.yml); the steps themselves are a step plan."""
from __future__ import annotations


def register(env, data, renderer) -> None:
    info = data["ouders-kinderopvang"]

    def page_url() -> str:
        return env.page.url if env.page else ""

    def kinderopvang_doelen() -> str:
        return renderer.render("kinderopvang-doelen.html", page_url=page_url(), info=info)

    def kinderopvang_uitgangssituaties() -> str:
        return renderer.render("kinderopvang-uitgangssituaties.html", page_url=page_url(), info=info)

    def kinderopvang_links() -> str:
        return renderer.render("bronlinks.html", page_url=page_url(), links=info["links"])

    env.macro(kinderopvang_doelen)
    env.macro(kinderopvang_uitgangssituaties)
    env.macro(kinderopvang_links)
