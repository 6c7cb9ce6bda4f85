"""Headings that templates render reach Python-Markdown's table of contents (macros/html_block.py),
with the id the template gave them; headings in a <template> or in a data-toc="off" element do not.
Markdown is run here as the site runs it (the extensions of mkdocs.yml), without MkDocs."""
from __future__ import annotations

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup

from macros.html_block import for_markdown
from macros.stappenplannen import plan_context
from tests.helpers import ROOT


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_constructor("!ENV", lambda loader, node: None)


def page_markdown() -> markdown.Markdown:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    names, configs = [], {}
    for entry in config["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        names.append(name)
        configs[name] = options or {}
    return markdown.Markdown(extensions=names, extension_configs=configs)


def convert(text: str) -> tuple[BeautifulSoup, list[tuple[int, str, str]]]:
    """The page's HTML and its table of contents as (level, id, name), in order."""
    md = page_markdown()
    html = md.convert(text)

    def flat(tokens):
        for token in tokens:
            yield token["level"], token["id"], token["name"]
            yield from flat(token["children"])

    return BeautifulSoup(html, "html.parser"), list(flat(md.toc_tokens))


SECTION = """
<section class="deel" aria-labelledby="d-kop" data-leeg>
    <h2 id="d-kop">Deel <abbr title="provinciale ondersteuningsinstelling">POI</abbr> &amp; meer</h2>

    <ol class="stappen">
      <li id="s-1"><h3 id="s-1-kop">Stap 1</h3>
        <p>Tekst met *sterretjes* en een <a href="#s-1">link</a>.</p>
        <div class="b"><p>In een <span>div</span></p></div>
      </li>
    </ol>
    <div class="sjablonen" hidden>
      <template data-template="t"><div>
        <h2 class="x">Van het script</h2>
        <ul data-slot="items"></ul>
      </div></template>
    </div>
    <article data-toc="off"><h3>Document</h3><h4>Onderdeel</h4><p>x</p></article>
</section>"""


def test_every_heading_of_a_render_is_in_the_contents_under_its_own_id():
    soup, toc = convert("# Pagina\n\n" + for_markdown(SECTION, "proef") + "\n\n## Daarna\n")
    assert toc == [(1, "pagina", "Pagina"), (2, "d-kop", "Deel POI &amp; meer"), (3, "s-1-kop", "Stap 1"),
                   (2, "daarna", "Daarna")]
    # The structure is the template's: the step's heading in its list item, the text not read as Markdown.
    assert soup.select_one("section.deel > ol.stappen > li#s-1 > h3#s-1-kop") is not None
    assert "*sterretjes*" in soup.select_one("li#s-1 > p").get_text()
    assert soup.select_one("li#s-1 > div.b > p > span").get_text() == "div"
    assert soup.select_one("section.deel")["data-leeg"] == ""  # not data-leeg="data-leeg"
    assert soup.select_one("h2#d-kop abbr")["title"] == "provinciale ondersteuningsinstelling"
    # The script's piece and the printed document stay as they were: no id, no permalink.
    template = soup.select_one("template[data-template=t]")
    assert template.select_one("h2").attrs == {"class": ["x"]} and template.select_one("ul[data-slot=items]")
    document = soup.select_one("article[data-toc=off]")
    assert [h.attrs for h in document.select("h3, h4")] == [{}, {}]
    assert soup.select_one("section.deel > div.sjablonen[hidden] > template") is not None


def test_a_step_plan_lists_its_steps(renderer, site):
    plan = site.item("stappenplannen", "startroute")
    html = renderer.render("stappenplan.html", page_url="handboek/starten/", niveau=3, stroom=True,
                           **plan_context(plan, site.index("bouwstenen")))
    _soup, toc = convert("## De startroute\n\n" + str(html))
    assert [entry[1] for entry in toc] == ["de-startroute"] + [f"startroute-{s['id']}-kop" for s in plan["stappen"]]


@pytest.mark.parametrize("html,message", [
    ('<div><h2>Zonder id</h2></div>', "zonder id"),
    ('<p><h2 id="a">In een alinea</h2></p>', "niet in een blok-element"),
    ('<div><h2 id="a">A</h2><template data-template="x"></template></div>', "niet <template>"),
    ('<div><h2 id="a">A</h2>losse tekst</div>', "niet 'losse tekst'"),
])
def test_what_would_not_reach_the_contents_stops_the_build(html, message):
    with pytest.raises(ValueError, match=message):
        for_markdown(html, "proef.html")


def test_html_without_a_heading_stays_a_raw_block():
    html = ('<figure class="f">\n  <svg viewBox="0 0 1 1"><title>T</title></svg>\n\n'
            '  <figcaption>Bij</figcaption>\n</figure>')
    assert for_markdown(html) == ('<figure class="f">\n<svg viewBox="0 0 1 1"><title>T</title></svg>\n'
                                  '<figcaption>Bij</figcaption>\n</figure>')
