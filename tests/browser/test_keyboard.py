"""What the accessibility statement promises about the keyboard: every field and button of a
calculator is reachable with Tab, and the focused element shows a visible focus indicator."""
import pytest

from tests.helpers import without_python

pytestmark = pytest.mark.browser

FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const visible = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
  return {name: el.name || el.id || el.textContent.trim().slice(0, 30), tag: el.tagName,
          inForm: !!el.closest("form[data-calculator]"), visible};
}"""


def test_calculator_fields_and_buttons_reachable_with_tab(watched_page, base_url):
    page = watched_page.page
    without_python(page.context)  # the fields and buttons are there before Python is
    page.goto(base_url + "rekenhulpen/collectie/")
    controls = page.locator("form[data-calculator] :is(input, select, button):visible")
    wanted = {c.get_attribute("name") or c.get_attribute("id") or c.text_content().strip()[:30] for c in controls.all()}
    assert len(wanted) >= 3
    reached, not_visible = set(), []
    for _ in range(120):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUSED)
        if state["inForm"]:
            reached.add(state["name"])
            if not state["visible"]:
                not_visible.append(state["name"])
        if wanted <= reached:
            break
    assert wanted <= reached
    assert not_visible == []
