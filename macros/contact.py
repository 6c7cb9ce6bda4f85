"""The feedback route of the page Contact: the issues of the site's GitHub repository.

On GitHub Pages the site lives at https://OWNER.github.io/REPO/, so the repository is
https://github.com/OWNER/REPO; elsewhere (a local build, a test server) the address is not known
and the page says so, with a marked placeholder for the maintainers.

>>> repository_url("https://voorbeeld.github.io/handboek/")
'https://github.com/voorbeeld/handboek'
>>> repository_url("http://127.0.0.1:8000/handboek/") is None
True
"""
from __future__ import annotations

import re

GITHUB_PAGES = re.compile(r"^https://([A-Za-z0-9-]+)\.github\.io/([A-Za-z0-9._-]+)/?$")


def repository_url(site_url: str) -> str | None:
    match = GITHUB_PAGES.match(site_url or "")
    return f"https://github.com/{match.group(1)}/{match.group(2)}" if match else None


def register(env, data, renderer) -> None:  # noqa: ARG001 - same signature as the other modules
    def contact_route() -> str:
        repo = repository_url(env.conf.get("site_url") or "")
        return renderer.render("contact.html", repo=repo)

    env.macro(contact_route)
