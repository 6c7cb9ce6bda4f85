"""The glossary's tooltips everywhere: in the prose of every built page, no written form of a term that
has a tooltip (data/begrippen.yml) stands outside an <abbr>, whether the text comes from Markdown,
from a template or from data/."""
from __future__ import annotations

import re

import yaml
from bs4 import BeautifulSoup, Comment

from tests.helpers import ROOT

PROSE = {"p", "li", "dd", "td", "th", "figcaption"}
# Not prose: headings, links, code, form labels, and what the browser replaces with the calculator's
# answer (the result region, the charts and the quote are redrawn by docs/assets/js from each new answer).
NOT_PROSE = {"abbr", "a", "code", "pre", "kbd", "samp", "h1", "h2", "h3", "h4", "h5", "h6", "label", "template",
             "script", "style", "svg", "option", "textarea"}
REDRAWN = ("data-calculator-result", "data-charts", "data-offerte")


def tooltip_forms() -> list[str]:
    begrippen = yaml.safe_load((ROOT / "data" / "begrippen.yml").read_text(encoding="utf-8"))["begrippen"]
    return [form for b in begrippen if b.get("tooltip", True) for form in [b["term"], *b.get("vormen", [])]]


def unmarked(html: str, pattern: re.Pattern[str]) -> list[str]:
    """'form: context' for every form of a term in the prose of the page's content, outside <abbr>."""
    content = BeautifulSoup(html, "html.parser").select_one("article.md-content__inner")
    found = []
    for text in content.find_all(string=True) if content else []:
        if isinstance(text, Comment):
            continue
        parents = list(text.parents)
        if any(p.name in NOT_PROSE or any(p.has_attr(a) for a in REDRAWN) for p in parents):
            continue
        if not any(p.name in PROSE for p in parents):
            continue
        found += [f"{m.group(1)}: …{text[max(m.start() - 30, 0):m.end() + 30].strip()}…"
                  for m in pattern.finditer(text)]
    return found


def pattern_for(forms: list[str]) -> re.Pattern[str]:
    ordered = sorted(forms, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(form) for form in ordered) + r")(?!\w)")


def test_no_term_with_a_tooltip_stands_unmarked_in_prose(site_dir, built_pages):
    pattern = pattern_for(tooltip_forms())
    found = [f"{page}: {hit}" for page in built_pages
             for hit in unmarked((site_dir / page).read_text(encoding="utf-8"), pattern)]
    assert found == []


def test_the_check_sees_bare_terms_in_prose_only():
    """Negative control: bare in a paragraph and a table cell; marked, in a heading, a link or code is fine."""
    html = ('<article class="md-content__inner"><h2>De POI</h2><p>De POI en <abbr title="x">POI</abbr>, '
            '<a href="#">POI</a>, <code>POI</code>, POIS.</p><table><tr><td>Vraag de POI</td></tr></table>'
            '<form><div data-calculator-result><p>POI</p></div></form></article>')
    assert unmarked(html, pattern_for(["POI"])) == ["POI: …De POI en…", "POI: …Vraag de POI…"]
