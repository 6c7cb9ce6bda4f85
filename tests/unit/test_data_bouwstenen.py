"""data/bouwstenen.yml against schemas/bouwstenen.schema.json: the real file is valid, and broken
copies fail with the exact Dutch message a content editor sees."""
import pytest
import yaml

from macros.data import load_data
from tests.unit.datatree import ROOT, copy_tree, edit_yaml, problems

SHOWN = "data/bouwstenen.yml"


@pytest.fixture
def tree(tmp_path):
    """A data/ with only a copy of the real bouwstenen.yml, and the real schema."""
    return copy_tree(tmp_path, ["bouwstenen.yml"], ["bouwstenen"])


def change(tree, edit) -> None:
    edit_yaml(tree[0] / "bouwstenen.yml", edit)


def item(document, bouwsteen_id):
    return next(b for b in document["bouwstenen"] if b["id"] == bouwsteen_id)


def test_real_file_is_valid_and_complete(tree):
    data = load_data(*tree)["bouwstenen"]
    items = data["bouwstenen"]
    assert len(items) == 10
    assert [b["soort"] for b in items].count("samenwerking") == 7
    assert [b["soort"] for b in items].count("bibliotheek") == 3
    for b in items:
        assert b["beschrijving"], b["id"]
        if b["soort"] == "samenwerking":
            assert b["good_practice"] and b["uitdagingen"] and b["oplossingen"] and b["bronnen"], b["id"]


def test_first_line_points_editors_to_the_schema():
    first = (ROOT / "data" / "bouwstenen.yml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schemas/bouwstenen.schema.json"


def test_challenges_are_per_party_for_all_four_parties():
    document = yaml.safe_load((ROOT / "data" / "bouwstenen.yml").read_text(encoding="utf-8"))
    parties = {groep["partij"] for b in document["bouwstenen"] for groep in b["uitdagingen"]}
    assert parties == {"gemeente", "schoolbestuur", "school", "bibliotheek"}


def test_missing_good_practice(tree):
    change(tree, lambda d: item(d, "leesomgeving-en-collectie").pop("good_practice"))
    assert problems(tree) == [
        f"{SHOWN} › bouwstenen › bouwsteen 3 (Leesomgeving & Collectie) › good_practice: ontbreekt."]


def test_empty_challenges_in_a_cooperation_bouwsteen(tree):
    change(tree, lambda d: item(d, "monitor").update(uitdagingen=[]))
    assert problems(tree) == [
        f"{SHOWN} › bouwstenen › bouwsteen 6 (Monitor) › uitdagingen: moet minstens 1 item(s) bevatten."]


def test_empty_lists_allowed_for_a_library_bouwsteen(tree):
    change(tree, lambda d: item(d, "exploitatie").update(bronnen=[]))
    assert load_data(*tree)["bouwstenen"]["bouwstenen"][8]["bronnen"] == []


def test_relation_to_unknown_bouwsteen(tree):
    change(tree, lambda d: item(d, "netwerk-en-beleid")["relaties"][1].update(bouwsteen="leesclub"))
    assert problems(tree) == [
        f"{SHOWN} › bouwstenen › bouwsteen 1 (Netwerk & Beleid) › relaties › relatie 2 › bouwsteen: "
        "'leesclub' bestaat niet in data/bouwstenen; kies een bestaand id."]


def test_challenge_of_unknown_party(tree):
    change(tree, lambda d: item(d, "expertise")["uitdagingen"][0].update(partij="provincie"))
    assert problems(tree) == [
        f"{SHOWN} › bouwstenen › bouwsteen 2 (Expertise) › uitdagingen › uitdaging 1 › partij: "
        "'provincie' bestaat niet in data/bouwstenen.yml; kies een bestaand id."]


def test_source_link_must_be_a_web_address(tree):
    change(tree, lambda d: item(d, "expertise")["bronnen"][1].update(url="bibliotheekcampus.nl"))
    assert problems(tree) == [
        f"{SHOWN} › bouwstenen › bouwsteen 2 (Expertise) › bronnen › "
        "bron 2 (Bibliotheekcampus (bibliotheekcampus.nl)) › url: "
        "moet een webadres zijn dat begint met http:// of https://."]


def test_every_problem_at_once(tree):
    def edit(d):
        item(d, "activiteiten").pop("beschrijving")
        item(d, "leesplan")["oplossingen"][0]["kop"] = "Onbekend veld"
        item(d, "digitale-diensten")["soort"] = "bieb"

    change(tree, edit)
    assert problems(tree) == [
        f"{SHOWN} › bouwstenen › bouwsteen 4 (Lees- en mediaplan) › oplossingen › oplossing 1 "
        "(Praat bij de start over de visie) › kop: dit veld is onbekend; controleer de spelling of haal het weg.",
        f"{SHOWN} › bouwstenen › bouwsteen 5 (Activiteiten) › beschrijving: ontbreekt.",
        f"{SHOWN} › bouwstenen › bouwsteen 7 (Digitale diensten) › soort: "
        "moet een van deze waarden zijn: samenwerking, bibliotheek.",
    ]
