"""Budget of a parent-involvement programme in early education (`ouderprogramma`).

One or more programmes (ids shared with data/programmas.yml) for a number of families and
locations: execution by professionals or volunteers, coordination, materials, parent meetings and
training of professionals; per year, over the budget period, per family and per cost item. The
funding routes the sources name are given as information, never as an eligibility check.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .engine import Outcome
from .fields import COUNT, DECIMAL, MONEY, MULTICHOICE, Field, Group, Source
from .numbers_nl import format_euro, format_number, round_cents
from .quote import Money, Table, input_summary, quote_view, to_csv

__all__ = ["CHECKED", "FIELDS", "GROUPS", "PROGRAMMES", "calculate", "check"]

CHECKED = "22 november 2026"
euro, n = format_euro, format_number
HANDREIKING = Source("handreiking 'Samenwerken met alle ouders' (vve), bijlage met programma's en aanpakken")
NOTE = ("Deze begroting is een schatting op basis van de ingevulde waarden; voor de kosten per gezin van deze "
        "programma's is geen openbaar cijfer gevonden, dus veel standaardwaarden zijn aannames.")


@dataclass(frozen=True)
class Programme:
    """Intensity of one programme. Family programmes count contacts per family per year; location
    programmes count group meetings per location per year."""

    id: str
    label: str
    per_family: bool
    contacts: int
    hours: Decimal
    volunteers: bool
    years: int
    source: Source


PROGRAMMES = (
    Programme("voorleesexpress", "VoorleesExpress", True, 20, Decimal(1), True, 1,
              Source("20 wekelijkse huisbezoeken van 1 uur binnen een half jaar, door vrijwilligers; Kansrijke Start "
                     "menukaart", "https://menukaart.kansrijkestartnl.nl/Home/Details/20")),
    Programme("vve-thuis", "VVE Thuis", False, 8, Decimal(0), False, 1,
              Source("15 themaboekjes; één ouderbijeenkomst per thema, in de praktijk 8 per schooljaar; Peuteropvang "
                     "Heerlen", "https://peuteropvangheerlen.nl/ouders/vve-thuis/")),
    Programme("opstapje", "Opstapje", True, 30, Decimal(1), False, 2,
              Source("2 jaar, 30 contactmomenten per jaar (huisbezoeken en groepsbijeenkomsten) door een getrainde "
                     "medewerker; NJi. Aanname: 1 uur per contact", "https://www.nji.nl/interventies/opstapje",
                     assumption=True)),
    Programme("instapje", "Instapje", True, 26, Decimal(1), False, 1,
              Source("26 wekelijkse huisbezoeken van ongeveer 1 uur; NJi", "https://www.nji.nl/interventies/instapje")),
    Programme("thuis-in-taal", "Thuis in Taal", False, 36, Decimal(0), False, 1,
              Source("wekelijks een ouder-kindactiviteit op school; aanname: 36 van de 40 schoolweken",
                     "https://www.gelijke-kansen.nl/actueel/nieuws/2025/11/17/taal-begint-thuis", "2025",
                     assumption=True)),
    Programme("verteltassen", "Verteltassen", False, 4, Decimal(0), False, 1,
              Source("ouders maken de verteltassen zelf; voor de intensiteit is geen cijfer gevonden; aanname: "
                     "4 bijeenkomsten per locatie per jaar", "https://www.verteltas.nl/verteltasmethode-2/",
                     assumption=True)),
)
BY_ID = {p.id: p for p in PROGRAMMES}

GROUPS = (
    Group("programma", "Programma's en bereik",
          "Elk gekozen programma wordt begroot voor het ingevulde aantal gezinnen."),
    Group("uitvoering", "Uitvoering en coördinatie"),
    Group("middelen", "Materialen, bijeenkomsten en scholing"),
)


def _assume(text: str) -> Source:
    return Source("aanname: " + text, assumption=True)


def _money(name, group, label, hint, default, source, maximum=100000):
    return Field(name=name, group=group, label=label, hint=hint, kind=MONEY, unit="euro", default=default,
                 minimum=Decimal(0), maximum=Decimal(maximum), source=source)


FIELDS = (
    Field(name="programmas", group="programma", label="Programma's", kind=MULTICHOICE,
          hint="Kies een of meer programma's.", default="voorleesexpress,vve-thuis",
          choices=tuple((p.id, p.label) for p in PROGRAMMES), max_length=200, source=HANDREIKING),
    Field(name="gezinnen", group="programma", label="Gezinnen per programma per jaar", kind=COUNT, unit="gezinnen",
          default="20", minimum=Decimal(1), maximum=Decimal(10000),
          hint="Hoeveel gezinnen elk gekozen programma in een jaar bereikt.",
          source=_assume("een kleine gemeente of één wijk; de Overijsselse bibliotheken bereiken samen ongeveer 500 "
                         "gezinnen per jaar met de VoorleesExpress")),
    Field(name="locaties", group="programma", label="Locaties voor groepsprogramma's", kind=COUNT, unit="locaties",
          default="1", minimum=Decimal(0), maximum=Decimal(500),
          hint="Voorscholen of scholen waar VVE Thuis, Thuis in Taal of Verteltassen bijeenkomsten houdt.",
          source=_assume("één locatie")),
    Field(name="jaren", group="programma", label="Looptijd van de begroting", kind=COUNT, unit="jaar", default="2",
          minimum=Decimal(1), maximum=Decimal(10), hint="Opstapje duurt twee jaar per gezin.",
          source=Source("Opstapje duurt 2 jaar (NJi)", "https://www.nji.nl/interventies/opstapje")),
    _money("uurtarief_professional", "uitvoering", "Uurkosten professional",
           "Integrale kosten per uur van een pedagogisch medewerker of gezinswerker.", "55,00",
           _assume("een openbaar cijfer voor de uurkosten in deze programma's is niet gevonden"), maximum=500),
    Field(name="coordinatie_uren_per_gezin", group="uitvoering", label="Coördinatie-uren per gezin per programma",
          kind=DECIMAL, unit="uur", default="4", minimum=Decimal(0), maximum=Decimal(200),
          hint="Werven, koppelen en begeleiden van gezinnen en vrijwilligers.",
          source=_assume("de betaalde coördinator is de grootste kostenpost van de VoorleesExpress (Het Kan Wel); "
                         "het aantal uren per gezin is niet openbaar")),
    _money("uurtarief_coordinatie", "uitvoering", "Uurkosten coördinator", "Integrale kosten per uur.", "55,00",
           _assume("gelijk aan de uurkosten van een professional"), maximum=500),
    _money("onkosten_per_bezoek", "uitvoering", "Onkosten vrijwilliger per bezoek",
           "Reiskosten en kleine onkosten van een vrijwilliger per huisbezoek.", "3,00",
           _assume("een openbaar cijfer is niet gevonden"), maximum=100),
    Field(name="uren_per_bijeenkomst", group="middelen", label="Uren professional per ouderbijeenkomst",
          kind=DECIMAL, unit="uur", default="3", minimum=Decimal(0), maximum=Decimal(40),
          hint="Voorbereiden, leiden en afronden van één bijeenkomst.", source=_assume("1 uur voorbereiden, "
                                                                                        "1,5 uur bijeenkomst, een half uur afronden")),
    _money("kosten_per_bijeenkomst", "middelen", "Kosten per ouderbijeenkomst", "Ruimte, koffie en thee, tolk.",
           "50,00", _assume("een openbaar cijfer is niet gevonden"), maximum=10000),
    _money("materialen_per_gezin", "middelen", "Materialen per gezin per programma",
           "Boeken, themaboekjes of de inhoud van een verteltas.", "25,00",
           _assume("een openbaar cijfer is niet gevonden")),
    Field(name="professionals", group="middelen", label="Professionals op scholing", kind=COUNT, unit="personen",
          default="2", minimum=Decimal(0), maximum=Decimal(500), hint="Medewerkers die een training volgen in jaar 1.",
          source=_assume("twee medewerkers per programma-aanbieder")),
    _money("scholing_per_professional", "middelen", "Scholing per professional", "Training of licentiecursus.",
           "450,00", _assume("een openbare prijs is niet gevonden")),
)

FUNDING_GOAB = ("GOAB (onderwijsachterstandenbeleid, 0-6 jaar): alleen als het programma deel uitmaakt van het vve-beleid "
                "en de vve-uitvoering van de gemeente; de handreiking noemt Instapje, Opstapje, VVE Thuis en de "
                "VoorleesExpress als erkende gezinsprogramma's.")
FUNDING_OTHER = ("Ook genoemd: het gemeentelijke budget voor ouderbetrokkenheid in de vve (bijvoorbeeld voor de "
                 "begeleiding door leesconsulenten) en deels de budgetten voor armoedebeleid, participatie en "
                 "achterstandenbeleid. Dit is informatie, geen toets of uw plan daarvoor in aanmerking komt.")


def check(values: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    errors, warnings = {}, {}
    chosen = [BY_ID[i] for i in values["programmas"]]
    if not chosen:
        errors["programmas"] = "Kies minstens één programma."
    group_programmes = [p.label for p in chosen if not p.per_family]
    if group_programmes and values["locaties"] < 1:
        errors["locaties"] = f"Vul minstens 1 locatie in voor {', '.join(group_programmes)}."
    longer = [p for p in chosen if p.years > values["jaren"]]
    if longer:
        warnings["jaren"] = (f"{longer[0].label} duurt {n(longer[0].years)} jaar per gezin; deze begroting dekt "
                             f"{n(values['jaren'])} jaar.")
    return errors, warnings


def _programme_costs(p: Programme, v: dict[str, Any]) -> dict[str, Decimal]:
    """Yearly cost items of one programme, each rounded to cents."""
    families: int = v["gezinnen"]
    zero = Decimal(0)
    costs = {"uitvoering": zero, "vrijwilligers": zero, "bijeenkomsten": zero}
    if p.per_family and p.volunteers:
        costs["vrijwilligers"] = round_cents(families * p.contacts * v["onkosten_per_bezoek"])
    elif p.per_family:
        costs["uitvoering"] = round_cents(families * p.contacts * p.hours * v["uurtarief_professional"])
    else:
        meetings = v["locaties"] * p.contacts
        costs["uitvoering"] = round_cents(meetings * v["uren_per_bijeenkomst"] * v["uurtarief_professional"])
        costs["bijeenkomsten"] = round_cents(meetings * v["kosten_per_bijeenkomst"])
    costs["coordinatie"] = round_cents(families * v["coordinatie_uren_per_gezin"] * v["uurtarief_coordinatie"])
    costs["materialen"] = round_cents(families * v["materialen_per_gezin"])
    return costs


ITEMS = (("uitvoering", "Uitvoering door professionals"), ("vrijwilligers", "Onkosten vrijwilligers"),
         ("coordinatie", "Coördinatie"), ("materialen", "Materialen"), ("bijeenkomsten", "Ouderbijeenkomsten"),
         ("scholing", "Scholing professionals"))


def _steps(p: Programme, v: dict[str, Any], c: dict[str, Decimal]) -> list[str]:
    g = f"{n(v['gezinnen'])} gezinnen"
    if p.per_family and p.volunteers:
        work = (f"{p.label}: {g} × {n(p.contacts)} bezoeken × {euro(v['onkosten_per_bezoek'])} onkosten = "
                f"{euro(c['vrijwilligers'])} voor vrijwilligers")
    elif p.per_family:
        work = (f"{p.label}: {g} × {n(p.contacts)} contacten × {n(p.hours)} uur × {euro(v['uurtarief_professional'])} = "
                f"{euro(c['uitvoering'])} uitvoering")
    else:
        meetings = v["locaties"] * p.contacts
        work = (f"{p.label}: {n(v['locaties'])} locatie(s) × {n(p.contacts)} bijeenkomsten = {n(meetings)} × "
                f"{n(v['uren_per_bijeenkomst'])} uur × {euro(v['uurtarief_professional'])} = {euro(c['uitvoering'])} "
                f"uitvoering, plus {n(meetings)} × {euro(v['kosten_per_bijeenkomst'])} = {euro(c['bijeenkomsten'])} "
                "voor bijeenkomsten")
    return [
        work + ".",
        f"{p.label}: coördinatie {g} × {n(v['coordinatie_uren_per_gezin'])} uur × {euro(v['uurtarief_coordinatie'])} = "
        f"{euro(c['coordinatie'])}; materialen {g} × {euro(v['materialen_per_gezin'])} = {euro(c['materialen'])}.",
    ]


def calculate(v: dict[str, Any]) -> Outcome:
    out = Outcome()
    years: int = v["jaren"]
    chosen = [BY_ID[i] for i in v["programmas"]]
    per_programme = {p.id: _programme_costs(p, v) for p in chosen}
    yearly_items = {key: sum((c[key] for c in per_programme.values()), Decimal(0)) for key, _ in ITEMS[:-1]}
    training = round_cents(v["professionals"] * v["scholing_per_professional"])
    yearly = sum(yearly_items.values(), Decimal(0))
    first = yearly + training
    total = first + yearly * (years - 1)
    reached = v["gezinnen"] * len(chosen)
    per_family = round_cents(yearly / reached)

    out.money("totaal", f"Totaal over {n(years)} jaar", total)
    out.money("jaar1", "Jaar 1, met scholing", first)
    out.money("per_jaar", "Per jaar, zonder scholing", yearly)
    out.money("per_gezin_jaar", "Gemiddeld per gezin per programma per jaar", per_family)
    for key, label in ITEMS[:-1]:
        out.money(f"post_{key}", f"{label} per jaar", yearly_items[key])
    out.money("post_scholing", "Scholing professionals (eenmalig)", training)
    out.text("financiering_goab", "Financiering: GOAB", FUNDING_GOAB)
    out.text("financiering_overig", "Financiering: andere budgetten", FUNDING_OTHER)

    steps: list[str] = []
    for p in chosen:
        steps += _steps(p, v, per_programme[p.id])
    steps += [
        f"Scholing (alleen jaar 1): {n(v['professionals'])} professionals × {euro(v['scholing_per_professional'])} = "
        f"{euro(training)}.",
        "Per jaar: " + " + ".join(euro(yearly_items[key]) for key, _ in ITEMS[:-1]) + f" = {euro(yearly)}.",
        f"Jaar 1: {euro(yearly)} + {euro(training)} scholing = {euro(first)}.",
        f"Totaal over {n(years)} jaar: {euro(first)} + {n(years - 1)} × {euro(yearly)} = {euro(total)}.",
        f"Per gezin per programma per jaar: {euro(yearly)} ÷ ({n(v['gezinnen'])} gezinnen × {n(len(chosen))} "
        f"programma's) = {euro(per_family)}.",
    ]
    out.explanation = steps

    year_names = [f"Jaar {y + 1}" for y in range(years)]
    item_rows = []
    for key, label in ITEMS:
        amounts = [training if y == 0 else Decimal(0) for y in range(years)] if key == "scholing" \
            else [yearly_items[key]] * years
        item_rows.append([label, *(Money(a) for a in amounts), Money(sum(amounts))])
    per_item = Table("per-post", "Kosten per post", ("Post", *year_names, "Totaal"), item_rows,
                     ["Totaal", Money(first), *(Money(yearly) for _ in range(years - 1)), Money(total)])
    programme_rows = []
    for p in chosen:
        cost = sum(per_programme[p.id].values(), Decimal(0))
        programme_rows.append([p.label, Money(cost), Money(round_cents(cost / v["gezinnen"])), n(p.years) + " jaar",
                               Money(round_cents(cost / v["gezinnen"] * p.years))])
    per_prog = Table("per-programma", "Per programma, per jaar zonder scholing",
                     ("Programma", "Per jaar", "Per gezin per jaar", "Duur per gezin", "Per gezin, hele programma"),
                     programme_rows, ["Totaal", Money(yearly), "", "", ""],
                     notes=[p.label + ": " + p.source.text + "." for p in chosen])
    title = "Begroting ouderprogramma"
    details = [("Programma's", ", ".join(p.label for p in chosen)), ("Looptijd", f"{n(years)} jaar"),
               ("Financiering: GOAB", FUNDING_GOAB), ("Financiering: andere budgetten", FUNDING_OTHER)]
    inputs = input_summary(FIELDS, v)
    tables = [per_item, per_prog]
    out.extra["quote"] = quote_view(title, details, inputs, tables, NOTE)
    out.extra["csv"] = to_csv(title, details, inputs, tables, NOTE, out.explanation)
    out.extra["csv_filename"] = "begroting-ouderprogramma.csv"
    return out
