"""axe-core (from npm, injected from disk) on every built page: all rules in the light palette,
the colour rules again in the dark palette."""
import posixpath

import pytest

from tests.helpers import AXE, axe_violations, palette, without_python

pytestmark = pytest.mark.browser

COLOUR_RULES = ["color-contrast", "link-in-text-block"]
# What differs from page to page: the content and its table of contents. The rest (header, navigation,
# footer, search dialog) comes from the same templates on every page.
OWN_PARTS = ".md-content, .md-sidebar--secondary"


def whole_page_audits(built_pages: list[str]) -> set[str]:
    """The first page of each kind (the folder its folder is in: the start page, the section pages, each
    section's pages, the programmes, the calculators): audited whole."""
    first: dict[str | None, str] = {}
    for built in built_pages:  # "index.html" is the start page, "begrippen/index.html" a section's
        first.setdefault(posixpath.dirname(posixpath.dirname(built)) if "/" in built else None, built)
    return set(first.values())


def test_no_axe_violations_on_any_page(chromium, base_url, built_pages):
    """Each page is opened once and audited twice: all rules in the light palette, then the colour
    rules in the dark palette, switched as its toggle does (test_palette checks that a dark system
    setting chooses it). The page's own parts are audited on every page, the whole page on the first of
    each kind (see whole_page_audits; axe's colour checks still read the whole page around them). Python
    is not needed for this, so its start is left out (see without_python)."""
    whole = whole_page_audits(built_pages)
    context = chromium.new_context()
    without_python(context)
    context.add_init_script(path=str(AXE))
    page = context.new_page()
    found = {}
    for built in built_pages:
        page.goto(base_url + built.removesuffix("index.html"), wait_until="domcontentloaded")
        assert page.get_attribute("body", "data-md-color-scheme") == "default"
        within = None if built in whole else OWN_PARTS
        light = axe_violations(page, within=within)
        with palette(page, "slate"):
            dark = axe_violations(page, COLOUR_RULES, within=within)
        if light or dark:
            found[built] = {"licht": light, "donker": dark}
    context.close()
    assert len(built_pages) > 3
    assert found == {}
    assert {"index.html", "rekenhulpen/collectie/index.html", "ouderbetrokkenheid/programmas/bereslim/index.html",
            "bouwstenen/activiteiten/index.html", "begrippen/index.html"} <= whole


@pytest.mark.parametrize("viewport", [{"width": 1350, "height": 940}, {"width": 412, "height": 823}])
def test_form_fields_never_overlap_the_buttons_below_the_form(chromium, site_dir, base_url, viewport):
    """Lighthouse's axe (target-size) found the copy-link button "obscured" by fields of a form step
    not drawn yet: with content-visibility a step kept a guessed height while its fields were measured
    at their real place, below it. Every field of every step ends above the form's buttons, at the
    sizes Lighthouse uses for desktop and phone (on a phone only the first step is open)."""
    context = chromium.new_context(viewport=viewport)
    page = context.new_page()
    for path in ("rekenhulpen/collectie/", "rekenhulpen/exploitatie/", "rekenhulpen/ouderprogramma/"):
        page.goto(base_url + path)
        buttons_top, fields_bottom = page.evaluate("""() => {
          const form = document.querySelector("form[data-calculator]");
          const fields = [...form.querySelectorAll("details[data-group] :is(input, select, textarea)")]
            .filter((field) => field.checkVisibility()); // not in a closed step (its content is not drawn)
          return [form.querySelector(".rekenhulp__acties").getBoundingClientRect().top,
                  Math.max(...fields.map((field) => field.getBoundingClientRect().bottom))];
        }""")
        assert fields_bottom <= buttons_top, (path, fields_bottom, buttons_top)
    context.close()
