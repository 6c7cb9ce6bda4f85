"""The templates of the section Ouderbetrokkenheid (library, childcare and newcomer pages, the six
types of involvement, the worksheet) rendered with sample data: structure asserted with
BeautifulSoup, and `<script>` in YAML text always stays text."""
from bs4 import BeautifulSoup

from macros.data import getal

SCRIPT = "<script>alert('x')</script>"


def render(renderer, template, page_url="ouderbetrokkenheid/proef/", **context):
    html = str(renderer.render(template, page_url=page_url, **context))
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("script") is None, "a <script> from the data became markup"
    return html, soup


VORMEN = {
    "intro": "Zes vormen " + SCRIPT,
    "thuisbetrokkenheid": {"uitleg": "Thuis telt " + SCRIPT, "bronnen": ["epstein-1", "ander-2"]},
    "bronnen": [{"id": "epstein-1", "bron": "Epstein (1)", "genoemd_in": "bron A"},
                {"id": "ander-2", "bron": "Ander (2)", "genoemd_in": "bron B"}],
    "vormen": [{"id": f"v{i}", "naam": f"Vorm {i} {SCRIPT}", "engelse_naam": f"Type {i}", "uitleg": f"Uitleg {i}",
                "thuisbetrokkenheid": i in (1, 4)} for i in range(1, 7)],
}


def test_types_of_involvement_full_and_short(renderer):
    html, soup = render(renderer, "vormen-ouderbetrokkenheid.html", lijst=VORMEN, kort=False)
    items = soup.select("ol.vormen-ouderbetrokkenheid__lijst > li")
    assert [li["data-vorm"] for li in items] == [f"v{i}" for i in range(1, 7)]
    assert items[0].find("span", lang="en").get_text() == "Type 1"
    assert [bool(li.select(".vormen-ouderbetrokkenheid__thuis")) for li in items] == [
        True, False, False, True, False, False]
    assert "Uitleg 3" in items[2].get_text()
    note = soup.select_one(".vormen-ouderbetrokkenheid__thuisbetrokkenheid").get_text()
    assert "Epstein (1); Ander (2)" in note
    # The sources line names only Epstein's own references.
    sources = soup.select_one(".vormen-ouderbetrokkenheid__bronnen").get_text()
    assert "Epstein (1)" in sources and "Ander (2)" not in sources
    assert "&lt;script&gt;" in html

    html, soup = render(renderer, "vormen-ouderbetrokkenheid.html", lijst=VORMEN, kort=True)
    assert len(soup.select("ol > li")) == 6
    assert "Uitleg 3" not in soup.get_text()
    assert soup.select_one(".vormen-ouderbetrokkenheid__thuisbetrokkenheid") is None


PLAN = {
    "id": "proefplan", "titel": "Proefplan " + SCRIPT,
    "herkomst_velden": [{"velden": ["stappen.hulpvragen"],
                         "herkomst": {"aanvulling": "vragen afgeleid uit het doel van de stap; niet de werkbladen"}}],
    "stappen": [
        {"id": "een", "titel": "Eerste " + SCRIPT, "doel": "Doel",
         "hulpvragen": [{"id": "waarom", "vraag": "Waarom? " + SCRIPT}, {"id": "wat", "vraag": "Wat?"}]},
        {"id": "twee", "titel": "Zonder vragen", "doel": "Doel"},
        {"id": "drie", "titel": "Derde", "doel": "Doel", "hulpvragen": [{"id": "wie", "vraag": "Wie?"}]},
    ],
}


def test_worksheet_fields_labels_and_texts_for_the_script(renderer):
    html, soup = render(renderer, "werkblad.html", plan=PLAN, links=True, kop=True)
    section = soup.select_one("section[data-worksheet='proefplan']")
    assert section["data-state"] == "prerendered"
    for attribute in ("data-msg-confirm", "data-msg-cleared", "data-msg-ready", "data-empty-answer",
                      "data-file-title", "data-file-note"):
        assert section[attribute].strip(), attribute
    assert section["data-file-name"] == "werkblad-proefplan.txt"
    assert "wissen" in section["data-msg-confirm"]
    assert SCRIPT in section["data-file-title"]  # an attribute value, escaped in the markup
    assert "&lt;script&gt;" in html
    # One fieldset per step with questions, numbered as in the plan (step 2 has none).
    legends = [fs.legend.get_text() for fs in soup.select("fieldset[data-stap]")]
    assert legends == ["Stap 1: Eerste " + SCRIPT, "Stap 3: Derde"]
    areas = soup.select("textarea[data-worksheet-answer]")
    assert [a["name"] for a in areas] == ["een.waarom", "een.wat", "drie.wie"]
    for area in areas:
        label = soup.find("label", attrs={"for": area["id"]})
        assert label is not None and label.get_text().strip()
        assert soup.select_one(f'[data-print-copy-for="{area["id"]}"]') is not None
    assert soup.select_one("[data-actions]").has_attr("hidden")
    assert [b.get_text() for b in soup.select("[data-actions] button")] == [
        "Afdrukken", "Download als tekstbestand", "Wis mijn antwoorden"]
    assert soup.select_one("[data-status]")["role"] == "status"
    # The questions are the site's own: the worksheet's own origin line (it is the section) says so.
    line = soup.select_one(".werkblad__uitleg [data-bron]")
    assert line["data-bron"] == "assumption" and not line.has_attr("data-bron-deel")
    assert "niet de werkbladen" in line.get_text()
    assert soup.select_one(".werkblad__naar-stap a")["href"] == "#proefplan-een"

    assert section["aria-labelledby"] == "werkblad-proefplan-kop" and soup.find("h2", id="werkblad-proefplan-kop")

    _, soup = render(renderer, "werkblad.html", plan=PLAN, links=False, kop=False)
    assert soup.select_one(".werkblad__naar-stap") is None
    assert soup.find("h2") is None
    assert soup.select_one("section[data-worksheet]")["aria-label"] == "Je eigen antwoorden"


def test_step_plan_with_its_worksheet_puts_each_steps_questions_under_that_step(renderer):
    from macros.stappenplannen import plan_context

    plan = {**PLAN, "intro": "Intro", "herkomst": {"publicatie": "stappenplan-kinderopvang", "sectie": "De stappen"},
            "stapnaam": "Stap"}
    html, soup = render(renderer, "stappenplan.html", werkblad=True, **plan_context(plan, {}))
    section = soup.select_one("section.werkblad[data-worksheet='proefplan']")
    assert section["data-state"] == "prerendered" and section["id"] == "werkblad-proefplan"
    assert "wissen" in section["data-msg-confirm"] and section["data-file-name"] == "werkblad-proefplan.txt"
    # The whole plan is the worksheet's element: the steps are inside it, each with its own questions.
    steps = section.select("li.stappenplan__stap")
    assert [li["data-stap"] for li in steps] == ["een", "twee", "drie"]
    in_step = [[a["name"] for a in li.select("fieldset[data-stap] textarea[data-worksheet-answer]")] for li in steps]
    assert in_step == [["een.waarom", "een.wat"], [], ["drie.wie"]]
    # The questions come after the step's own text, and say that they are the site's own aid.
    first = steps[0]
    assert first.find(["h3"]).sourceline < first.select_one("fieldset").sourceline
    legends = [fs.legend.get_text() for fs in section.select("fieldset[data-stap]")]
    assert legends == ["Hulpvragen van deze site bij stap 1", "Hulpvragen van deze site bij stap 3"]
    # The downloaded file names each step as the plan does.
    assert [fs["data-stap-kop"] for fs in section.select("fieldset[data-stap]")] == [
        "Stap 1: Eerste " + SCRIPT, "Stap 3: Derde"]
    line = section.select_one(".werkblad__uitleg [data-bron]")  # about the questions: part of the section
    assert line["data-bron-deel"] == "hulpvragen" and "niet de werkbladen" in line.get_text()
    assert "niet bewaard" in section.select_one("noscript").get_text()
    # One bar after the steps: the status next to the buttons, the buttons hidden until the script runs.
    bar = section.select_one(".werkblad__balk")
    assert bar.find_previous_sibling("div", class_="stappenplan") is not None
    assert bar.select_one("[data-status]")["role"] == "status" and "niet bewaard" in bar.get_text()
    assert bar.select_one("[data-actions]").has_attr("hidden")
    assert [b["data-action"] for b in bar.select("button")] == ["print", "download", "clear"]
    assert "werkblad__wis" in bar.select_one("[data-action=clear]")["class"]
    assert section.select_one(".werkblad__naar-stap") is None  # the step is right above its questions
    assert "&lt;script&gt;" in html

    # Without werkblad=True the plan has no fields.
    _, plain = render(renderer, "stappenplan.html", **plan_context(plan, {}))
    assert plain.select_one("[data-worksheet]") is None and plain.select_one("textarea") is None


KINDEROPVANG = {
    "doelen": [{"id": "a", "doel": "Doel A " + SCRIPT}, {"id": "b", "doel": "Doel B"}],
    "drempels": [{"id": "x", "drempel": "Drempel X"}],
    "links": [{"titel": "Project " + SCRIPT, "url": "https://example.org/p", "toelichting": "Uitleg"},
              {"titel": "Zonder uitleg", "url": "https://example.org/q"}],
}


def test_childcare_goals_and_links(renderer):
    html, soup = render(renderer, "kinderopvang-doelen.html", info=KINDEROPVANG)
    assert [li["id"] for li in soup.select("ol.kinderopvang-doelen__lijst > li")] == ["doel-a", "doel-b"]
    assert soup.select_one("#drempel-x").get_text() == "Drempel X"
    assert "&lt;script&gt;" in html

    html, soup = render(renderer, "bronlinks.html", links=KINDEROPVANG["links"])
    links = soup.select("ul.bronlinks > li")
    assert links[0].a["href"] == "https://example.org/p" and links[0].get_text().endswith(": Uitleg")
    assert links[1].get_text() == "Zonder uitleg"
    assert "&lt;script&gt;" in html


BIEB = {
    "datering": "Geen jaar; 2014 of later.",
    "redenen": [
        {"id": "r1", "titel": "Reden " + SCRIPT, "uitleg": "Uitleg.",
         "cijfers": [{"waarde": 5, "eenheid": "keer zo groot", "betekenis": "de kans"},
                     {"waarde": 1.5, "eenheid": "keer zo groot", "betekenis": "bij een leerkracht"}]},
        {"id": "r2", "titel": "Tien", "uitleg": "Uitleg.",
         "cijfers": [{"waarde": 10, "eenheid": "%", "betekenis": "tijd"}]},
        {"id": "r3", "titel": "Punten", "uitleg": "Uitleg.", "punten": ["voorlezen", "samen lezen " + SCRIPT]},
    ],
    "financiering": [{"id": "vve", "naam": "VVE-budget " + SCRIPT, "inzet": "Leesconsulenten."},
                     {"id": "armoede", "naam": "Armoedebeleid", "inzet": "Deels."}],
    "voorbeelden": [
        {"id": "stad", "titel": "Stad " + SCRIPT, "plaats": "Stad", "wat": ["Eerst", "Daarna"],
         "uitspraak": {"wie": "Mevrouw X", "samenvatting": "Samengevat " + SCRIPT},
         "gemeente": "De gemeente betaalt.", "financiering": ["armoede", "vve"]},
        {"id": "dorp", "titel": "Dorp", "plaats": "Dorp", "wat": ["Alleen dit"]},
    ],
    "organisaties": [
        {"id": "org", "naam": "Organisatie " + SCRIPT, "rol": "Helpt.", "aanbod": ["scholing", "lezingen"],
         "contact": [{"soort": "website", "adres": "https://www.example.org", "waarvoor": "meer informatie"},
                     {"soort": "e-mail", "adres": "info@example.org", "waarvoor": "vragen"}]},
    ],
}


def test_reasons_show_figures_in_dutch_notation(renderer):
    html, soup = render(renderer, "leesopvoeding-redenen.html", info=BIEB)
    figures = [s.get_text() for s in soup.select(".redenen__cijfer")]
    assert figures == ["5 keer zo groot", "1,5 keer zo groot", "10%"]
    assert [li["id"] for li in soup.select("ol.redenen > li")] == ["reden-r1", "reden-r2", "reden-r3"]
    assert len(soup.select("#reden-r3 .redenen__punten li")) == 2
    assert "&lt;script&gt;" in html


def test_funding_is_a_table_with_headers_and_the_period(renderer):
    html, soup = render(renderer, "ouders-financiering.html", info=BIEB)
    assert len(soup.select("thead th[scope=col]")) == 2
    rows = soup.select("tbody tr")
    assert [r["id"] for r in rows] == ["financiering-vve", "financiering-armoede"]
    assert all(r.find("th", scope="row") for r in rows)
    assert "2014 of later" in soup.select_one(".financiering__datering").get_text()
    assert "&lt;script&gt;" in html


def test_examples_attribute_summaries_and_link_budgets(renderer):
    html, soup = render(renderer, "ouders-voorbeelden.html", info=BIEB)
    stad = soup.select_one("#voorbeeld-stad")
    assert stad["aria-labelledby"] == "voorbeeld-stad-kop"
    assert "Mevrouw X" in stad.select_one(".voorbeeld__uitspraak").get_text()
    assert [a["href"] for a in stad.select(".voorbeeld__financiering a")] == [
        "#financiering-armoede", "#financiering-vve"]
    dorp = soup.select_one("#voorbeeld-dorp")
    assert dorp.select_one(".voorbeeld__uitspraak") is None and dorp.select_one(".voorbeeld__financiering") is None
    assert "&lt;script&gt;" in html


def test_organisations_with_web_and_mail_contacts(renderer):
    html, soup = render(renderer, "ouders-organisaties.html", info=BIEB)
    hrefs = [a["href"] for a in soup.select(".organisaties__contact a")]
    assert hrefs == ["https://www.example.org", "mailto:info@example.org"]
    assert soup.select_one(".organisaties__contact a").get_text() == "www.example.org"
    assert "scholing, lezingen" in soup.get_text()
    assert "&lt;script&gt;" in html


NIEUW = {
    "thuisfactoren": {
        "positief": [{"id": "lezen", "factor": "samen lezen " + SCRIPT}, {"id": "regels", "factor": "regels stellen"}],
        "negatief": [{"id": "druk", "factor": "druk"}, {"id": "regels", "factor": "regels stellen"}],
    },
    "stimuleren": [{"id": "vragen", "manier": "Vraag ouders " + SCRIPT},
                   {"id": "anders", "manier": "Anders …", "open": True}],
    "praktijkvragen": [{"id": "aanleiding", "vraag": "Aanleiding? " + SCRIPT},
                       {"id": "uitkomst", "vraag": "Uitkomst?"}],
    "tips": {"wie": "Ouder Y", "rol": "ouder", "punten": [{"id": "contact", "samenvatting": "Contact " + SCRIPT}]},
    "brief": {"moedertaal": ["Lees in de moedertaal " + SCRIPT], "nederlands": ["Ga naar de bibliotheek", "Kijk tv"],
              "link": {"titel": "Brieflink", "url": "https://example.org/brief"}},
    "nji": {"programma_naam": "Programma " + SCRIPT, "oordeel": "Goed.", "beschrijving": "Thuis voorlezen."},
}


def test_home_factors_counted_and_shared_factor_named(renderer):
    html, soup = render(renderer, "thuisfactoren.html", info=NIEUW)
    assert len(soup.select("[data-soort=positief] li")) == 2
    assert len(soup.select("[data-soort=negatief] li")) == 2
    assert "(2)" in soup.select_one("[data-soort=positief] p").get_text()
    assert soup.select_one("[data-in-beide]").get_text().endswith("regels stellen.")
    assert "&lt;script&gt;" in html

    alleen = {"thuisfactoren": {"positief": NIEUW["thuisfactoren"]["positief"][:1],
                                "negatief": NIEUW["thuisfactoren"]["negatief"][:1]}}
    _, soup = render(renderer, "thuisfactoren.html", info=alleen)
    assert soup.select_one("[data-in-beide]") is None


def test_findings_with_references(renderer):
    lijst = [{"id": "een", "tekst": "Bevinding " + SCRIPT, "bronnen": ["a", "b"]},
             {"id": "twee", "tekst": "Met punten", "punten": ["p1", "p2"]}]
    html, soup = render(renderer, "nieuwkomers-bevindingen.html", lijst=lijst, refs={"a": "A, 2001", "b": "B, 2002"})
    assert soup.select_one("#bevinding-een .nieuwkomers-bevindingen__bronnen").get_text() == "(A, 2001; B, 2002)"
    assert len(soup.select("#bevinding-twee li")) == 2
    assert soup.select_one("#bevinding-twee .nieuwkomers-bevindingen__bronnen") is None
    assert "&lt;script&gt;" in html


def test_ways_good_practice_tips_letter_and_nji(renderer):
    html, soup = render(renderer, "thuisbetrokkenheid-stimuleren.html", info=NIEUW)
    assert [li["data-manier"] for li in soup.select("li")] == ["vragen", "anders"]
    assert "stimuleren__open" in soup.select_one("[data-manier=anders]")["class"]

    html, soup = render(renderer, "praktijkvragen.html", info=NIEUW)
    assert [li["data-vraag"] for li in soup.select("[data-vraag]")] == ["aanleiding", "uitkomst"]
    assert len(soup.select("dd")[-1].select("li")) == 2  # the ways to choose from

    html, soup = render(renderer, "praktijktips.html", info=NIEUW)
    assert "Ouder Y" in soup.p.get_text() and "samengevat" in soup.p.get_text()
    assert soup.find("blockquote") is None and soup.find("q") is None  # summarised, never quoted
    assert "&lt;script&gt;" in html

    html, soup = render(renderer, "brief-ouders.html", info=NIEUW)
    assert [len(ul.select("li")) for ul in soup.select("ul")] == [1, 2]
    assert soup.select_one("a")["href"] == "https://example.org/brief"
    assert "&lt;script&gt;" in html

    html, soup = render(renderer, "nji-tip.html", info=NIEUW)
    assert "Thuis voorlezen." in soup.get_text() and "&lt;script&gt;" in html


def test_figures_from_data_in_dutch_notation():
    assert getal(1.5) == "1,5"
    assert getal(5) == "5"
    assert getal(10.0) == "10"
    assert getal(0.25) == "0,25"
