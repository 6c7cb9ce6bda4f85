"""Every internal link of every built page leads to a built file, and every anchor to an element with
that id: links in Markdown, in templates and in data alike (MkDocs' --strict does not check anchors)."""
from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

from bs4 import BeautifulSoup

EXTERNAL = ("http://", "https://", "mailto:", "tel:", "data:")


@cache
def ids(path: Path) -> frozenset[str]:
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    return frozenset(tag["id"] for tag in soup.find_all(id=True)) | frozenset(
        tag["name"] for tag in soup.find_all("a", attrs={"name": True}))


def target_file(site_dir: Path, url_path: str) -> Path | None:
    """The built file a site path points to (a folder means its index.html), or None."""
    path = site_dir / unquote(url_path).lstrip("/")
    if url_path.endswith("/") or path.is_dir():
        path = path / "index.html"
    return path if path.is_file() else None


def broken_links(site_dir: Path, page: str) -> list[str]:
    html = (site_dir / page).read_text(encoding="utf-8")
    found = []
    for a in BeautifulSoup(html, "html.parser").select("a[href]"):
        href = a["href"]
        if href.startswith(EXTERNAL):
            continue
        url = urlparse(urljoin("/" + page, href))
        target = target_file(site_dir, url.path)
        if target is None:
            found.append(f"{page}: {href} (geen pagina)")
        elif url.fragment and unquote(url.fragment) not in ids(target):
            found.append(f"{page}: {href} (geen anker '{url.fragment}' op {target.relative_to(site_dir)})")
    return found


def test_every_internal_link_and_anchor_resolves(site_dir, built_pages):
    assert len(built_pages) > 50
    broken = [problem for page in built_pages for problem in broken_links(site_dir, page)]
    assert broken == []


def test_the_check_finds_a_missing_page_and_a_missing_anchor(tmp_path):
    """Negative control on a tiny site of two pages."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h2 id="kop">Kop</h2><a href="#kop">ok</a><a href="../b/">weg</a>'
                                               '<a href="../#nergens">anker</a><a href="https://example.org/">uit</a>')
    (tmp_path / "index.html").write_text('<a href="a/#kop">ok</a>')
    assert broken_links(tmp_path, "index.html") == []
    assert broken_links(tmp_path, "a/index.html") == ["a/index.html: ../b/ (geen pagina)",
                                                      "a/index.html: ../#nergens (geen anker 'nergens' op index.html)"]
