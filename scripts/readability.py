"""Plain-Dutch figures of the built site: sentence length in the paragraphs of each page's article.

Sentences are the text of the `<p>` elements inside the page's article, split after `.`, `!` or `?`
followed by a space and a capital or a digit; sentences under 3 words are left out. The goal (B1
guidance): at most 14 words per sentence on average, site-wide, and at most 8 % of the sentences
over 25 words. It prints; it asserts nothing.

Usage: python -m scripts.readability SITE_DIR [--pages] [--long N]
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup

SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9])")
MIN_WORDS = 3
LONG = 25
GOAL_AVERAGE = 14
GOAL_LONG_SHARE = 8


@dataclass
class Figures:
    sentences: list[str]

    @property
    def lengths(self) -> list[int]:
        return [len(s.split()) for s in self.sentences]

    @property
    def average(self) -> float:
        return sum(self.lengths) / len(self.lengths) if self.sentences else 0.0

    @property
    def long_share(self) -> float:
        return 100 * sum(1 for n in self.lengths if n > LONG) / len(self.sentences) if self.sentences else 0.0


def sentences(html: str) -> list[str]:
    """The sentences of the `<p>` paragraphs of the page's article."""
    article = BeautifulSoup(html, "html.parser").select_one("article")
    if article is None:
        return []
    found = []
    for paragraph in article.find_all("p"):
        text = " ".join(paragraph.get_text().split())
        found += [s for s in SPLIT.split(text) if len(s.split()) >= MIN_WORDS]
    return found


def site_figures(site_dir: Path) -> dict[str, Figures]:
    pages = sorted(p for p in site_dir.rglob("*.html") if p.name != "404.html" and "assets" not in p.parts)
    return {p.relative_to(site_dir).as_posix(): Figures(sentences(p.read_text(encoding="utf-8"))) for p in pages}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site_dir", type=Path)
    parser.add_argument("--pages", action="store_true", help="print the figures of every page")
    parser.add_argument("--long", type=int, default=0, metavar="N", help="print the N longest sentences")
    args = parser.parse_args(argv)
    per_page = site_figures(args.site_dir)
    everything = Figures([s for f in per_page.values() for s in f.sentences])
    if args.pages:
        for page, figures in sorted(per_page.items(), key=lambda item: -item[1].average):
            if figures.sentences:
                print(f"{figures.average:5.1f} words  {figures.long_share:5.1f} % > {LONG}  "
                      f"{len(figures.sentences):4d} sentences  {page}")
    for sentence in sorted(everything.sentences, key=lambda s: -len(s.split()))[: args.long]:
        print(f"{len(sentence.split()):3d}  {sentence}")
    print(summary(per_page))
    return 0


def summary(per_page: dict[str, Figures]) -> str:
    """The site-wide line, as `make test` prints it."""
    everything = Figures([s for f in per_page.values() for s in f.sentences])
    return (f"Leesbaarheid, hele site: {everything.average:.1f} woorden per zin gemiddeld (doel ≤ {GOAL_AVERAGE}), "
            f"{everything.long_share:.0f} % van de {len(everything.sentences)} zinnen langer dan {LONG} woorden "
            f"(doel ≤ {GOAL_LONG_SHARE} %).")


if __name__ == "__main__":
    sys.exit(main())
