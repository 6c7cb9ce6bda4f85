"""The one Renderer: built in one place with every filter and global, the page passed to each render."""
from __future__ import annotations

import pytest


def test_every_filter_and_global_is_there(renderer):
    assert {"tekst", "getal"} <= set(renderer.env.filters)
    assert {"t", "link"} <= set(renderer.env.globals)


def test_the_page_is_passed_per_render_not_kept(renderer):
    b = {"id": "leesplan", "titel": "Leesplan"}
    first = renderer.render("bouwsteen-link.html", page_url="bouwstenen/monitor/", b=b)
    second = renderer.render("bouwsteen-link.html", page_url="", b=b)
    again = renderer.render("bouwsteen-link.html", page_url="bouwstenen/monitor/", b=b)
    assert 'href="../leesplan/"' in first and 'href="bouwstenen/leesplan/"' in second and again == first


def test_render_needs_the_page(renderer):
    with pytest.raises(TypeError, match="page_url"):
        renderer.render("bouwsteen-link.html", b={"id": "x", "titel": "X"})


def test_a_macro_library_that_links_must_be_imported_with_context(renderer):
    tools = '[{"titel": "Hoofdstuk", "pagina": "handboek/netwerk.md"}]'
    with_context = renderer.env.from_string(
        '{% import "stappenplan-onderdelen.html" as parts with context %}{{ parts.hulpmiddelen(' + tools + ') }}')
    assert 'href="../netwerk/"' in with_context.render(page_url="handboek/starten/")
    without = renderer.env.from_string(
        '{% import "stappenplan-onderdelen.html" as parts %}{{ parts.hulpmiddelen(' + tools + ') }}')
    with pytest.raises(RuntimeError, match="with context"):
        without.render(page_url="handboek/starten/")
