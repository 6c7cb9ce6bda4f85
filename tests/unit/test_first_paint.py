"""scripts/first_paint.py on small pages: indentation gone where it does not count and kept where it
does, the stylesheets listed for after the first paint."""
from __future__ import annotations

import doctest
import json
import re

from scripts import first_paint


def test_the_doctests():
    assert doctest.testmod(first_paint).failed == 0


def test_white_space_that_counts_is_kept():
    html = ("<div>\n    <p>Twee  spaties\n      en een regel</p>\n</div>\n"
            "<textarea>\n  eigen tekst\n    blijft</textarea>\n  <script>\n  let a = 1;\n</script>\n"
            "<PRE class='x'>\n    code\n</PRE>")
    out = first_paint.strip_indentation(html)
    assert "<div>\n<p>Twee  spaties\nen een regel</p>\n</div>\n" in out
    assert "<textarea>\n  eigen tekst\n    blijft</textarea>" in out
    assert "<script>\n  let a = 1;\n</script>" in out
    assert "<PRE class='x'>\n    code\n</PRE>" in out


def test_the_stylesheets_wait_for_the_first_paint():
    html = ('<head><style>.x{}</style></head><body><p>x</p>\n'
            '<script src="../assets/js/main.0123456789.js" type="module"></script>\n'
            '<link rel="stylesheet" href="../a.css"><link rel="stylesheet" href="../b.css"></body></html>')
    out = first_paint.load_after_paint(html)
    assert '<link rel="stylesheet"' not in out.split("<noscript>")[0]
    listed = re.search(r'<script type="application/json" id="na-eerste-beeld">(.*?)</script>', out).group(1)
    assert json.loads(listed) == {"stylesheets": ["../a.css", "../b.css"]}
    assert out.endswith('<noscript><link rel="stylesheet" href="../a.css"><link rel="stylesheet" href="../b.css">'
                        "</noscript></body></html>")
    assert '<script src="../assets/js/main.0123456789.js" type="module"></script>' in out


def test_a_page_without_links_stays_as_it_is():
    assert first_paint.load_after_paint("<p>geen links</p></body>") == "<p>geen links</p></body>"
