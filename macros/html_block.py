"""Rendered HTML made ready for the page's Markdown, so that the table of contents lists its headings.

Python-Markdown keeps a raw HTML block as text: its toc extension never sees an `<h2>` in it. With
md_in_html (enabled in mkdocs.yml) an element marked `markdown="1"` is read into Markdown's tree
instead, and inside it every block-level element whose start tag begins a line; the toc extension
then lists each heading there under the id the template gave it, and adds its permalink. Inside a
marked element md_in_html closes an element at any end tag of the same name, so each block-level
element must be read into the tree, or none of its kind may be open around it. `for_markdown`
prepares every render for that, whatever the template:

- a top-level element that holds a heading gets `markdown="1"`; directly inside it there may only be
  block-level elements (loose text or an inline element such as `<template>` there would be read as
  Markdown: put it in a `<div>`);
- inside it, every block-level element starts a line, except a heading that is not the page's:
  one in a `<template>` (a piece a script clones) or in an element with `data-toc="off"` (such as
  the printed quote) stays on the line before, so Markdown keeps it raw and leaves it out;
- no line is indented (four spaces would keep an element raw); blank lines go; the start tags of
  these elements are written again, each on one line and every attribute with a value (md_in_html
  would give `data-x` the value "data-x").

A heading without an id would get one made from its text, which changes with the text: every heading
that reaches the contents must have an id (from the data), or the build stops.

>>> print(for_markdown('<section aria-labelledby="k">\\n    <h2 id="k">Kop</h2>\\n\\n    <p>Tekst</p></section>'))
<section aria-labelledby="k" markdown="1">
<h2 id="k">Kop</h2>
<p>Tekst</p></section>
>>> piece = '<template><div>\\n    <h3>Stuk</h3><p>x</p>\\n  </div></template>'
>>> print(for_markdown('<div><h2 id="a">A</h2><div class="b" hidden>\\n  ' + piece + '\\n</div></div>'))
<div markdown="1">
<h2 id="a">A</h2>
<div class="b" hidden="">
<template>
<div> <h3>Stuk</h3>
<p>x</p>
</div></template>
</div></div>
>>> print(for_markdown('<figure>\\n  <svg></svg>\\n\\n</figure>'))
<figure>
<svg></svg>
</figure>
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

from markdown.util import BLOCK_LEVEL_ELEMENTS

BLOCK = frozenset(BLOCK_LEVEL_ELEMENTS)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Block-level elements whose content md_in_html reads as inline Markdown, or never reads: a marked
# element must be none of these (md_in_html's span_tags and raw_tags).
NOT_MARKABLE = HEADINGS | {"address", "dd", "dt", "legend", "li", "p", "summary", "td", "th", "canvas", "math",
                           "option", "pre", "script", "style", "textarea", "hr"}
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
                  "wbr"})
HEADING_TAG = re.compile(r"<h[1-6][\s>]", re.IGNORECASE)
MARK = ' markdown="1"'
OFF = ("data-toc", "off")
STAY = "\x00"  # before a heading that stays raw: it joins the line before, as a space


@dataclass
class _Element:
    tag: str
    attrs: list[tuple[str, str | None]]
    start: int        # offset of its '<'
    tag_end: int      # offset just after its start tag
    top: _Element | None  # the top-level element it is in (None: it is one)
    not_the_pages: bool   # in a <template> or in an element with data-toc="off"
    heading_inside: bool = False
    loose: list[str] = field(default_factory=list)  # text and inline elements directly inside


class _Outline(HTMLParser):
    """A render's elements with their offsets."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=False)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", html)]
        self.stack: list[_Element] = []
        self.elements: list[_Element] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line, column = self.getpos()
        start = self.line_starts[line - 1] + column
        parent = self.stack[-1] if self.stack else None
        element = _Element(tag, attrs, start, start + len(self.get_starttag_text() or ""),
                           top=(parent.top or parent) if parent else None,
                           not_the_pages=tag == "template" or OFF in attrs or bool(parent and parent.not_the_pages))
        self.elements.append(element)
        if parent is not None and tag not in BLOCK:
            parent.loose.append(f"<{tag}>")
        if tag in HEADINGS and not element.not_the_pages:
            (element.top or element).heading_inside = True
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if any(element.tag == tag for element in self.stack):
            while self.stack and self.stack.pop().tag != tag:
                pass

    def handle_data(self, data: str) -> None:
        if data.strip() and self.stack:
            self.stack[-1].loose.append(repr(data.strip()[:30]))

    def handle_entityref(self, name: str) -> None:
        self.handle_data(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.handle_data(f"&#{name};")


def _start_tag(element: _Element, extra: str = "") -> str:
    attrs = "".join(f' {key}="{escape(value or "")}"' for key, value in element.attrs)
    return f"<{element.tag}{attrs}{extra}>"


def _edits(elements: list[_Element], name: str) -> list[tuple[int, int, str]]:
    """(start, end, new text): each top-level element that holds a heading gets `markdown="1"`; each
    block-level element in it starts a line, but a heading in it that is not the page's stays on the
    line before."""
    edits: list[tuple[int, int, str]] = []
    for element in elements:
        top = element.top
        if top is None:
            if element.heading_inside and (element.tag in NOT_MARKABLE or element.tag not in BLOCK):
                raise ValueError(f"{name}: een kop staat direct in <{element.tag}>, niet in een blok-element zoals "
                                 "<section> of <div>; zo komt hij niet in de inhoudsopgave.")
            if element.heading_inside:
                if element.loose:
                    raise ValueError(f"{name}: <{element.tag}> bevat een kop, dus mogen er direct in alleen "
                                     f"blok-elementen staan, niet {', '.join(element.loose[:3])}; zet die in een "
                                     "<div>.")
                edits.append((element.start, element.tag_end, _start_tag(element, MARK)))
        elif top.heading_inside and element.tag in BLOCK:
            if element.tag in HEADINGS and not element.not_the_pages and not dict(element.attrs).get("id"):
                raise ValueError(f"{name}: een <{element.tag}> zonder id; geef elke kop een vast id uit de data "
                                 "(Markdown zou er een maken uit de tekst van de kop).")
            before = STAY if element.tag in HEADINGS and element.not_the_pages else "\n"
            edits.append((element.start, element.tag_end, before + _start_tag(element)))
    return edits


def for_markdown(html: str, name: str = "") -> str:
    """One render of template `name`, as the page's Markdown should receive it (see the module's doc)."""
    pieces, position = [], 0
    # Without a heading no element is marked or moved: only the lines below change.
    edits = _edits(_Outline(html).elements, name) if HEADING_TAG.search(html) else []
    for start, end, text in edits:
        pieces += [html[position:start], text]
        position = end
    pieces.append(html[position:])
    lines: list[str] = []
    for line in "".join(pieces).split("\n"):
        line = line.strip(" \t")
        if lines and line.startswith(STAY):
            lines[-1] += line
        elif line:
            lines.append(line)
    return "\n".join(lines).replace(STAY, " ")
