"""The scenarios section of a calculator page (templates/rekenhulp-scenarios.html) as the macro renders
it: once, after the form, hidden until the script shows it, with labels for its controls and no [name]
inputs, its texts from data/teksten.yml and its pieces as <template>s."""
import pytest
from bs4 import BeautifulSoup

import calculators
from macros import rekenhulpen


def render(renderer, calculator_id, page_url="rekenhulpen/x/"):
    html = renderer.render("rekenhulp.html", page_url=page_url, **rekenhulpen.form_context(calculator_id))
    return BeautifulSoup(html, "html.parser")


@pytest.mark.parametrize("calculator_id", sorted(calculators.REGISTRY))
def test_one_hidden_section_after_the_form(renderer, calculator_id):
    soup = render(renderer, calculator_id)
    sections = soup.select("section[data-scenarios]")
    assert len(sections) == 1
    section = sections[0]
    assert section["data-scenarios"] == calculator_id
    assert section.has_attr("hidden")  # nothing in it works without JavaScript
    assert section.find_previous_sibling("form")["data-calculator"] == calculator_id
    assert not section.find_parent("form")
    assert section["data-calculators"].split() == list(calculators.REGISTRY)
    assert not section.select("[name]")  # the calculator script reads [name] as its fields
    assert soup.select_one(f"#{section['aria-labelledby']}").get_text(strip=True) == "Scenario's"


def test_controls_have_labels_and_descriptions(renderer, site):
    soup = render(renderer, "collectie")
    section = soup.select_one("section[data-scenarios]")
    outside_templates = [node for node in section.select("input") if not node.find_parent("template")]
    assert {node["type"] for node in outside_templates} == {"text", "file"}
    for node in outside_templates:
        assert section.select_one(f'label[for="{node["id"]}"]') is not None
        for described in node["aria-describedby"].split():
            assert section.select_one(f"#{described}") is not None
    assert section.select_one("[data-scenarios-import]")["accept"] == ".json,application/json"
    texts = site.vocabulary["scenarios"]
    assert section["data-msg-import-format"] == texts["import_formaat"]
    assert section["data-msg-default-name"] == "Scenario {nummer}"
    assert section.select_one(".scenarios__uitleg a")["href"] == "../../privacy/"
    buttons = section.select("button")
    assert buttons and all(button["type"] == "button" for button in buttons)


def test_the_pieces_the_script_fills_are_templates(renderer):
    soup = render(renderer, "exploitatie")
    section = soup.select_one("section[data-scenarios]")
    names = {t["data-template"] for t in section.select("template[data-template]")}
    assert names == {"scenario-item", "scenario-rename", "scenario-comparison", "scenario-problem",
                     "scenario-column", "scenario-row", "scenario-cell", "scenario-changed"}
    form_templates = {t["data-template"] for t in soup.select("form template[data-template]")}
    assert not names & form_templates  # one name, one template on the page
