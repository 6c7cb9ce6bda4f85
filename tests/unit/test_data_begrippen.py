"""data/begrippen.yml and data/publicaties.yml against their schemas: the real files are valid, broken
copies fail with the exact Dutch message, and the tooltip definitions come from the data."""
import pytest
import yaml
from markupsafe import escape

from macros.data import load_data
from macros.text import definitions_markdown, glossary_marker, pipeline, tooltip_forms
from tests.unit.datatree import ROOT, copy_tree, edit_yaml, problems


@pytest.fixture
def tree(tmp_path):
    kinds = ["begrippen", "publicaties"]
    return copy_tree(tmp_path, [f"{kind}.yml" for kind in kinds], kinds)


def change(tree, kind, edit) -> None:
    edit_yaml(tree[0] / f"{kind}.yml", edit)


def entry(document, begrip_id):
    return next(b for b in document["begrippen"] if b["id"] == begrip_id)


def test_real_files_are_valid(tree):
    data = load_data(*tree)
    terms = {b["term"] for b in data["begrippen"]["begrippen"]}
    # The abbreviations the issue names, and the roles.
    assert {"POI", "SPN", "KB", "VOB", "OCW", "AVG", "PDCA", "OAB", "GOAB", "NPO", "vve",
            "dBos", "leesconsulent", "leescoördinator", "mediaconsulent"} <= terms
    assert len(data["publicaties"]["publicaties"]) == 5


def test_every_publication_points_to_pages_that_exist():
    publicaties = yaml.safe_load((ROOT / "data" / "publicaties.yml").read_text(encoding="utf-8"))["publicaties"]
    for publicatie in publicaties:
        for path in publicatie["op_deze_site"]:
            assert (ROOT / "docs" / path).is_file(), (publicatie["id"], path)


def test_missing_meaning(tree):
    change(tree, "begrippen", lambda d: entry(d, "poi").pop("betekenis"))
    assert problems(tree) == ["data/begrippen.yml › begrippen › begrip 20 (POI) › betekenis: ontbreekt."]


def test_tooltip_too_long(tree):
    change(tree, "begrippen", lambda d: entry(d, "kb").update(betekenis="x" * 200))
    assert problems(tree) == ["data/begrippen.yml › begrippen › begrip 6 (KB) › betekenis: "
                              "is te lang (hoogstens 160 tekens)."]


def test_source_that_is_not_a_publication(tree):
    change(tree, "begrippen", lambda d: entry(d, "spn")["bronnen"].append("krant"))
    assert problems(tree) == ["data/begrippen.yml › begrippen › begrip 23 (SPN) › bronnen › publicatie 2: "
                              "'krant' bestaat niet in data/publicaties; kies een bestaand id."]


def test_publication_without_pages(tree):
    change(tree, "publicaties", lambda d: d["publicaties"][1].update(op_deze_site=[]))
    [found] = problems(tree)  # the item is named by its title, which the source check would flag here
    assert found.startswith("data/publicaties.yml › publicaties › publicatie 2 (Werk maken van ")
    assert found.endswith(") › op_deze_site: moet minstens 1 item(s) bevatten.")


def test_tooltip_definitions_from_data():
    begrippen = yaml.safe_load((ROOT / "data" / "begrippen.yml").read_text(encoding="utf-8"))["begrippen"]
    forms = tooltip_forms(begrippen)
    lines = definitions_markdown(forms).split("\n\n")  # one block each (see definitions_markdown)
    assert "*[POI]: provinciale ondersteuningsinstelling voor openbare bibliotheken" in lines
    assert any(line.startswith("*[POI’s]: ") for line in lines)
    assert not any(line.startswith("*[jaarplan]") for line in lines)  # tooltip: false
    assert len(lines) == len(forms)


def test_marker_marks_whole_words_only_and_escapes():
    forms = {"po": "primair onderwijs", "POI": "provinciale ondersteuningsinstelling"}
    wrap = lambda form, meaning: f'<abbr title="{escape(meaning)}">{escape(form)}</abbr>'  # noqa: E731
    mark = pipeline(glossary_marker(forms, wrap))
    html = str(mark("po, POI en lezeninhetpo.nl <script>"))
    assert html == ('<abbr title="primair onderwijs">po</abbr>, '
                    '<abbr title="provinciale ondersteuningsinstelling">POI</abbr> en lezeninhetpo.nl &lt;script&gt;')
