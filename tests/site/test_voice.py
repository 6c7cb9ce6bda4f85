"""One voice: the visitor is addressed as "je" on every page. Only texts written for a third party
address their reader as "u": the quote a library sends (`.offerte__document`) and the advice for a
letter to parents (`[data-brief]`). Section titles in an origin line (`.herkomst__plek`) are quoted as
the publication titles them ("Welke stappen zet u als bibliotheek?")."""
import re

from bs4 import BeautifulSoup

FORMAL = re.compile(r"(?<![\w'’-])(u|uw|U|Uw)(?![\w'’-])")
THIRD_PARTY = (".offerte__document", "[data-brief]", "template", ".herkomst__plek")


def test_the_visitor_is_addressed_as_je(site_dir, built_pages):
    found = []
    for page in built_pages:
        article = BeautifulSoup((site_dir / page).read_text(encoding="utf-8"), "html.parser").select_one("article")
        if article is None:
            continue
        for node in article.select(", ".join(THIRD_PARTY)):
            node.decompose()
        text = " ".join(article.get_text(" ").split())
        found += [f"{page}: …{text[max(0, m.start() - 40):m.end() + 20]}…" for m in FORMAL.finditer(text)]
    assert found == []


def test_the_quote_addresses_the_school_as_u(site_dir):
    page = BeautifulSoup((site_dir / "rekenhulpen/exploitatie/index.html").read_text(encoding="utf-8"),
                         "html.parser")
    assert FORMAL.search(page.select_one(".offerte__document").get_text(" "))
