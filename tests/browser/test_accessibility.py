"""axe-core (from npm, injected from disk) on every built page: all rules in the light palette,
the colour rules again in the dark palette."""
import pytest

from tests.conftest import AXE, axe_violations

pytestmark = pytest.mark.browser

COLOUR_RULES = ["color-contrast", "link-in-text-block"]


@pytest.mark.parametrize(("scheme", "rules"), [("light", None), ("dark", COLOUR_RULES)])
def test_no_axe_violations_on_any_page(chromium, base_url, built_pages, scheme, rules):
    context = chromium.new_context(color_scheme=scheme)
    context.add_init_script(path=str(AXE))
    page = context.new_page()
    found = {}
    for built in built_pages:
        page.goto(base_url + built.removesuffix("index.html"), wait_until="domcontentloaded")
        expected = "slate" if scheme == "dark" else "default"
        assert page.get_attribute("body", "data-md-color-scheme") == expected
        violations = axe_violations(page, rules)
        if violations:
            found[built] = violations
    context.close()
    assert len(built_pages) > 3
    assert found == {}
