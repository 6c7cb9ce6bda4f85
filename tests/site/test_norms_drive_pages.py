"""Norms drive every page text: a build with each norm set to a dummy value shows the dummy value
wherever a page states the norm (in digits or as a Dutch number word), and never the old one."""
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup

from calculators.norms import NORMS
from tests.norm_dummy import DUMMY, ROOT, citations


def page_texts(site_dir):
    """The article text of every page, with the glossary's tooltips."""
    texts = []
    for page in sorted(site_dir.rglob("*.html")):
        if "assets" in page.parts:
            continue
        article = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("article")
        if article is not None:
            texts.append(" ".join(article.get_text(" ").split()))
            texts += [abbr["title"] for abbr in article.select("abbr[title]")]
    return texts


@pytest.fixture(scope="module")
def dummy_site(tmp_path_factory):
    target = tmp_path_factory.mktemp("dummy-norms") / "site"
    result = subprocess.run([sys.executable, "-m", "tests.norm_dummy", "build", str(target)], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    return page_texts(target)


@pytest.fixture(scope="module")
def normal(site_dir):
    """The page texts of the site as built, read once for all norms."""
    return page_texts(site_dir)


@pytest.mark.parametrize("key", sorted(DUMMY))
def test_pages_follow_the_norm(normal, dummy_site, key):
    old, new = int(NORMS[key].value), DUMMY[key]
    cited = sum(len(p.findall(t)) for p in citations(key, old) for t in normal)
    assert cited > 0, f"no page states {key}"
    still_old = [m.group(0) for p in citations(key, old) for t in dummy_site for m in p.finditer(t)]
    assert still_old == []
    assert sum(len(p.findall(t)) for p in citations(key, new) for t in dummy_site) >= cited
