"""A fast first paint on a phone: a build step for every page of a built site.

    python -m scripts.first_paint SITE_DIR [BASE_PATH]   # BASE_PATH: the site's sub-path, e.g. /handboek/

(Material's own script is not in the pages at all: overrides/main.html leaves it out, and our modules in
assets/js/ do what the site used of it; see README.md.)

1. A plain table (Markdown's, without a class) gets Material's scroll wrapper, which Material's script
   used to add after the page had loaded (so it no longer shifts the page once drawn).
2. The indentation of the HTML goes (a run of white space with a line break becomes one line break, so
   the page reads and renders the same), except inside <pre>, <textarea>, <script> and <style>.
3. Critical CSS (scripts/critical.mjs, with Beasties from npm): the rules each page uses go inline, and
   the stylesheet links move to the end of <body>, where instant navigation leaves them alone.
4. Those links then leave the markup for a list that main.js reads once the page has been painted: the
   browser fetches none of them before its first paint (a link in <body> still holds up what follows
   it). Without JavaScript a <noscript> copy of the links loads the stylesheets.

Run it after the content hashes are in the file names (scripts.assets) and before the service worker's
list of files (scripts.offline). `make serve` skips it: editors do not need it, and it takes a few seconds.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CRITICAL = ROOT / "scripts" / "critical.mjs"
KEPT = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2\s*>)", re.S | re.I)
INDENTATION = re.compile(r"[ \t]*\n\s*")
END_LINKS = re.compile(r'(?:<link rel="stylesheet" href="[^"]+">\s*)+</body>')
LINK = re.compile(r'<link rel="stylesheet" href="([^"]+)">')
PLAIN_TABLE = re.compile(r"<table>.*?</table>", re.S)


class FirstPaintError(Exception):
    """The critical CSS step failed; the message says why."""


def strip_indentation(html: str) -> str:
    """Every run of white space that holds a line break becomes a single line break, outside the
    elements where white space counts.

    >>> strip_indentation('<ul>\\n    <li>a\\n      b</li>\\n</ul>\\n<pre>\\n  x\\n</pre>')
    '<ul>\\n<li>a\\nb</li>\\n</ul>\\n<pre>\\n  x\\n</pre>'
    """
    pieces = KEPT.split(html)
    # split() with two groups gives [text, element, tag name, text, element, tag name, ..., text]
    out = []
    for index in range(0, len(pieces), 3):
        out.append(INDENTATION.sub("\n", pieces[index]))
        if index + 1 < len(pieces):
            out.append(pieces[index + 1])
    return "".join(out)


def wrap_tables(html: str) -> str:
    """Material's wrapper around a plain table: on a phone the table scrolls sideways inside the column.

    >>> wrap_tables('<table><tr><td>1</td></tr></table><table class="x"></table>').split("<tr>")[0]
    '<div class="md-typeset__scrollwrap"><div class="md-typeset__table"><table>'
    >>> wrap_tables('<table><tr><td>1</td></tr></table><table class="x"></table>').split("</tr>")[1]
    '</table></div></div><table class="x"></table>'
    """
    wrapper = '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">{}</div></div>'
    return PLAIN_TABLE.sub(lambda table: wrapper.format(table.group(0)), html)


def load_after_paint(html: str) -> str:
    """The stylesheet links at the end of <body> leave the page's markup: they are listed in
    `#na-eerste-beeld` for main.js, which loads them after the first paint (point 4 above).
    Without JavaScript a <noscript> copy of the links loads the stylesheets."""
    links = END_LINKS.search(html)
    if not links:
        return html
    hrefs = LINK.findall(links.group(0))
    listed = json.dumps({"stylesheets": hrefs}, separators=(",", ":"))
    fallback = "".join(f'<link rel="stylesheet" href="{href}">' for href in hrefs)
    end = (f'<script type="application/json" id="na-eerste-beeld">{listed}</script>'
           f"<noscript>{fallback}</noscript></body>")
    return html[:links.start()] + end + html[links.end():]


def pages(site_dir: Path) -> list[Path]:
    return sorted(p for p in site_dir.rglob("*.html") if "assets" not in p.relative_to(site_dir).parts)


def inline_critical_css(site_dir: Path, base_path: str) -> dict[str, int]:
    result = subprocess.run(["node", str(CRITICAL), str(site_dir), base_path], capture_output=True, text=True)
    if result.returncode != 0:
        raise FirstPaintError("De kritieke CSS kon niet worden gemaakt (scripts/critical.mjs; is 'npm ci' gedaan?):\n"
                              + result.stderr[-2000:])
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def run(site_dir: Path, base_path: str = "/") -> dict[str, int]:
    for page in pages(site_dir):
        html = page.read_text(encoding="utf-8")
        changed = strip_indentation(wrap_tables(html))
        if changed != html:
            page.write_text(changed, encoding="utf-8")
    counts = inline_critical_css(site_dir, base_path)
    for page in pages(site_dir):
        html = page.read_text(encoding="utf-8")
        page.write_text(load_after_paint(html), encoding="utf-8")
    return counts


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print(__doc__)
        return 2
    try:
        print(json.dumps(run(Path(argv[0]), argv[1] if len(argv) == 2 else "/")))
    except FirstPaintError as problem:
        print(problem, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
