"""The data of handbook chapters 1, 2, 4 and 5 (inleiding, kwaliteitscyclus, starten, the start
route, rollen, netwerk): the real files are valid and complete, and broken copies fail with the
exact Dutch message a content editor sees."""
import pytest

from macros.data import load_data
from tests.unit.datatree import ROOT, copy_tree, edit_yaml, problems

KINDS = ["inleiding", "kwaliteitscyclus", "starten", "rollen", "netwerk"]
PLAN = "stappenplannen/startroute.yml"


@pytest.fixture
def tree(tmp_path):
    """A data/ with copies of the real files of these chapters (and the bouwstenen they link to)."""
    files = [f"{kind}.yml" for kind in KINDS + ["bouwstenen"]] + [PLAN]
    return copy_tree(tmp_path, files, KINDS + ["bouwstenen", "stappenplannen"])


def change(tree, name: str, edit) -> None:
    """Load a copied YAML file, let `edit` change it, write it back."""
    edit_yaml(tree[0] / name, edit)


def test_real_files_are_valid(tree):
    data = load_data(*tree)
    for kind in KINDS:
        assert data[kind], kind
    assert data["stappenplannen"]["startroute"]["id"] == "startroute"


@pytest.mark.parametrize("name", [f"{kind}.yml" for kind in KINDS] + [PLAN])
def test_first_line_points_editors_to_the_schema(name):
    first = (ROOT / "data" / name).read_text(encoding="utf-8").splitlines()[0]
    depth = "../" * name.count("/")
    kind = name.split("/")[0].removesuffix(".yml")
    assert first == f"# yaml-language-server: $schema=../{depth}schemas/{kind}.schema.json"


def test_start_route_has_the_four_phases_and_two_decisions(tree):
    plan = load_data(*tree)["stappenplannen"]["startroute"]
    assert [s["id"] for s in plan["stappen"]] == ["orientatie", "voorbereiding", "uitvoering", "doorontwikkeling"]
    decisions = [(s["id"], d) for s in plan["stappen"] for d in s.get("beslissingen", [])]
    assert [step for step, _ in decisions] == ["orientatie", "voorbereiding"]
    for _, decision in decisions:
        answers = {u["antwoord"]: u for u in decision["uitkomsten"]}
        assert set(answers) == {"ja", "nee"}
        assert answers["ja"].get("naar_stap") and answers["nee"].get("einde") is True
    tools = [h["titel"] for s in plan["stappen"] for v in s["vragen"] for h in v["hulpmiddelen"]]
    assert "Exploitatiemodel" in tools and "Implementatiewerkboek" in tools and "Dashboard" in tools


def test_roles_table_is_complete(tree):
    rollen = load_data(*tree)["rollen"]
    assert [r["id"] for r in rollen["rollen"]] == ["uitvoerend", "ondersteunend", "adviserend"]
    assert [r["focus"] for r in rollen["rollen"]] == ["Leerlingen", "Leerkrachten", "School"]
    assert [len(r["activiteiten"]) for r in rollen["rollen"]] == [4, 5, 5]
    assert [len(r["scholing"]) for r in rollen["rollen"]] == [3, 4, 3]
    assert all(r["scholing"][0]["titel"].startswith("Training Leesconsulent") for r in rollen["rollen"])
    assert len(rollen["ander_model"]["rollen"]) == 4


def test_network_has_every_level(tree):
    partijen = load_data(*tree)["netwerk"]["partijen"]
    levels = {p["niveau"] for p in partijen}
    assert levels == {"landelijk", "provinciaal", "lokaal"}
    assert {p["id"] for p in partijen} >= {"stichting-lezen", "spn", "kb", "vob", "poi", "gemeente", "schoolbestuur",
                                           "school"}


def test_origin_of_a_field_the_phases_do_not_have(tree):
    """A goal may be left out (where the source gives none); the origin of an added field must name a
    field the steps have."""
    def edit(d):
        d["stappen"][1].pop("doel")
        d["herkomst_velden"][0]["velden"][0] = "stappen.doelen"
    change(tree, PLAN, edit)
    assert problems(tree) == [
        "data/stappenplannen/startroute.yml › herkomst_velden › herkomst van velden 1 › velden › veld 1: "
        "'stappen.doelen' is geen veld van dit onderdeel; controleer de naam."]


def test_unknown_toolkit_in_a_question_is_named(tree):
    def edit(d):
        d["stappen"][0]["vragen"][0]["hulpmiddelen"][0]["toolkit"] = "netwerk"
    change(tree, PLAN, edit)
    assert problems(tree) == [
        "data/stappenplannen/startroute.yml › stappen › stap 1 (Oriëntatie) › vragen › vraag 1 "
        "(Wat houdt de Bibliotheek op school in?) › hulpmiddelen › hulpmiddel 1 "
        "(Handboek de Bibliotheek op school) › toolkit: 'netwerk' bestaat niet in data/bouwstenen; "
        "kies een bestaand id."]


def test_question_must_be_text_or_a_block(tree):
    change(tree, PLAN, lambda d: d["stappen"][2]["vragen"].append(42))
    assert problems(tree) == [
        "data/stappenplannen/startroute.yml › stappen › stap 3 (Uitvoering) › vragen › vraag 2: "
        "moet een tekst zijn, of een blok met 'vraag' en eventueel 'hulpmiddelen'."]


def test_site_page_of_a_tool_must_be_a_docs_page(tree):
    """Pages are named by their Markdown file in docs/, as everywhere in data/ (not by their URL)."""
    def edit(d):
        d["stappen"][3]["vragen"][0]["hulpmiddelen"][1]["pagina"] = "handboek/doorontwikkeling/"
    change(tree, PLAN, edit)
    found = problems(tree)
    assert len(found) == 1 and found[0].endswith(
        "pagina: moet het pad van een pagina in docs/ zijn, bijvoorbeeld 'handboek/starten.md'."), found


def test_site_page_of_a_tool_must_exist(tree):
    def edit(d):
        d["stappen"][0]["vragen"][0]["hulpmiddelen"][1]["pagina"] = "handboek/netwerken.md"
    change(tree, PLAN, edit)
    assert problems(tree) == [
        "data/stappenplannen/startroute.yml › stappen › stap 1 (Oriëntatie) › vragen › vraag 1 "
        "(Wat houdt de Bibliotheek op school in?) › hulpmiddelen › hulpmiddel 2 (Contact met POI) › pagina: "
        "de pagina docs/handboek/netwerken.md bestaat niet; kies een bestaande pagina."]


def test_role_without_competence_level(tree):
    change(tree, "rollen.yml", lambda d: d["rollen"][1]["profiel"].pop("bekwaamheid"))
    assert problems(tree) == ["data/rollen.yml › rollen › rol 2 (Ondersteunend) › profiel › bekwaamheid: ontbreekt."]


def test_role_linked_to_unknown_bouwsteen(tree):
    change(tree, "rollen.yml", lambda d: d["rollen"][2]["bouwstenen"].append("leesbeleid"))
    assert problems(tree) == [
        "data/rollen.yml › rollen › rol 3 (Adviserend) › bouwstenen › bouwsteen 4: "
        "'leesbeleid' bestaat niet in data/bouwstenen; kies een bestaand id."]


def test_unknown_aspect_of_the_comparison(tree):
    change(tree, "rollen.yml", lambda d: d["aspecten"][0].update(id="kleur"))
    assert problems(tree) == [
        "data/rollen.yml › aspecten › aspect 1 (Focus) › id: moet een van deze waarden zijn: "
        "focus, insteek, activiteiten, profiel, scholing."]


def test_network_party_with_unknown_level(tree):
    change(tree, "netwerk.yml", lambda d: d["partijen"][4].update(niveau="regionaal"))
    assert problems(tree) == [
        "data/netwerk.yml › partijen › partij 5 (Provinciale ondersteuningsinstelling) › niveau: "
        "moet een van deze waarden zijn: landelijk, provinciaal, lokaal."]


def test_network_link_needs_a_scheme(tree):
    change(tree, "netwerk.yml", lambda d: d["partijen"][0]["links"][0].update(url="www.lezen.nl"))
    assert problems(tree) == [
        "data/netwerk.yml › partijen › partij 1 (Stichting Lezen) › links › link 1 (www.lezen.nl) › url: "
        "moet een webadres (http:// of https://) of een mailto:-adres zijn."]


def test_cycle_phase_letter_and_bouwsteen(tree):
    def edit(d):
        d["fases"][0]["letter"] = "p"
        d["fases"][2]["bouwsteen"] = "meten"
    change(tree, "kwaliteitscyclus.yml", edit)
    assert problems(tree) == [
        "data/kwaliteitscyclus.yml › fases › fase 1 (Plan) › letter: moet één hoofdletter zijn, bijvoorbeeld 'P'.",
        "data/kwaliteitscyclus.yml › fases › fase 3 (Check) › bouwsteen: 'meten' bestaat niet in data/bouwstenen; "
        "kies een bestaand id."]


def test_start_question_without_text(tree):
    change(tree, "starten.yml", lambda d: d["schoolvragen"][2].pop("tekst"))
    assert problems(tree) == ["data/starten.yml › schoolvragen › vraag 3 (leescultuur) › tekst: ontbreekt."]


def test_start_tool_with_unknown_toolkit(tree):
    change(tree, "starten.yml", lambda d: d["gesprekstools"][3].update(toolkit="marketing"))
    [found] = problems(tree)  # the item is named by its title, which the source check would flag here
    assert found.startswith("data/starten.yml › gesprekstools › hulpmiddel 4 (Acht argumenten ")
    assert found.endswith(") › toolkit: 'marketing' bestaat niet in data/bouwstenen; kies een bestaand id.")


def test_figure_value_must_be_quoted_text(tree):
    change(tree, "inleiding.yml", lambda d: d["cijfers"]["items"][0].update(waarde=2000))
    assert problems(tree) == [
        "data/inleiding.yml › cijfers › items › cijfer 1 (woordachterstand) › waarde: "
        "moet tekst zijn, bijvoorbeeld \"25%\" (tussen aanhalingstekens)."]


def test_continuous_line_needs_its_parts(tree):
    change(tree, "inleiding.yml", lambda d: d["doorgaande_lijn"].update(onderdelen=[]))
    assert problems(tree) == [
        "data/inleiding.yml › doorgaande_lijn › onderdelen: moet minstens 1 item(s) bevatten."]


def test_question_may_be_plain_text_but_a_block_needs_its_question(tree):
    change(tree, PLAN, lambda d: d["stappen"][2]["vragen"].append("Een vraag als gewone tekst?"))
    assert load_data(*tree)["stappenplannen"]["startroute"]["stappen"][2]["vragen"][-1] == "Een vraag als gewone tekst?"
    change(tree, PLAN, lambda d: d["stappen"][2]["vragen"][0].pop("vraag"))
    assert problems(tree) == [
        "data/stappenplannen/startroute.yml › stappen › stap 3 (Uitvoering) › vragen › vraag 1 › vraag: ontbreekt."]
