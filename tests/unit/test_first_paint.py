"""scripts/first_paint.py on small pages: Material's script deferred, indentation gone where it does not
count and kept where it does."""
from __future__ import annotations

import doctest

from scripts import first_paint


def test_the_doctests():
    assert doctest.testmod(first_paint).failed == 0


def test_only_materials_bundle_gets_defer():
    html = ('<script src="assets/javascripts/bundle.a5f9d56c.min.js"></script>'
            '<script src="assets/js/main.0123456789.js" type="module"></script>')
    assert first_paint.defer_material(html) == (
        '<script src="assets/javascripts/bundle.a5f9d56c.min.js" defer></script>'
        '<script src="assets/js/main.0123456789.js" type="module"></script>')


def test_white_space_that_counts_is_kept():
    html = ("<div>\n    <p>Twee  spaties\n      en een regel</p>\n</div>\n"
            "<textarea>\n  eigen tekst\n    blijft</textarea>\n  <script>\n  let a = 1;\n</script>\n"
            "<PRE class='x'>\n    code\n</PRE>")
    out = first_paint.strip_indentation(html)
    assert "<div>\n<p>Twee  spaties\nen een regel</p>\n</div>\n" in out
    assert "<textarea>\n  eigen tekst\n    blijft</textarea>" in out
    assert "<script>\n  let a = 1;\n</script>" in out
    assert "<PRE class='x'>\n    code\n</PRE>" in out
