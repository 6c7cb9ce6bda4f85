"""The inputs of the parent-programme budget (`ouderprogramma`): the programmes it can budget, with
their intensity and its source, and the fields of the form."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..model import Group, Source, assumption, count, decimal, money, multichoice

CHECKED = "22 november 2026"  # when the defaults were last checked
HANDREIKING = Source("handreiking 'Samenwerken met alle ouders' (vve), bijlage met programma's en aanpakken",
                     publication="handreiking-vve")


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
    years: int  # how many years a family takes part
    duration: str  # how long, as the budget table shows it
    source: Source


PROGRAMMES = (
    Programme("voorleesexpress", "VoorleesExpress", True, 20, Decimal(1), True, 1, "20 weken",
              Source("handreiking 'Samenwerken met alle ouders' (vve), bijlage: vrijwilligers lezen twintig weken lang "
                     "elke week voor bij het gezin thuis", publication="handreiking-vve")),
    Programme("vve-thuis", "VVE Thuis", False, 8, Decimal(0), False, 1, "een schooljaar",
              Source("15 themaboekjes; één ouderbijeenkomst per thema, in de praktijk 8 per schooljaar; Peuteropvang "
                     "Heerlen", "https://peuteropvangheerlen.nl/ouders/vve-thuis/")),
    Programme("opstapje", "Opstapje", True, 30, Decimal(1), False, 2, "2 jaar",
              Source("2 jaar, 30 contactmomenten per jaar (huisbezoeken en groepsbijeenkomsten) door een getrainde "
                     "medewerker; NJi. Aanname: 1 uur per contact", "https://www.nji.nl/interventies/opstapje",
                     assumption=True)),
    Programme("instapje", "Instapje", True, 26, Decimal(1), False, 1, "26 weken",
              Source("26 wekelijkse huisbezoeken van ongeveer 1 uur; NJi", "https://www.nji.nl/interventies/instapje")),
    Programme("thuis-in-taal", "Thuis in Taal", False, 36, Decimal(0), False, 1, "een schooljaar",
              Source("handreiking 'Samenwerken met alle ouders' (vve), bijlage: elke week een ouder-kindactiviteit; "
                     "aanname: 36 van de 40 schoolweken", publication="handreiking-vve", assumption=True)),
    Programme("verteltassen", "Verteltassen", False, 4, Decimal(0), False, 1, "niet vermeld in de bronnen",
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

FIELDS = (
    multichoice("programmas", group="programma", label="Programma's", hint="Kies een of meer programma's.",
                default="voorleesexpress,vve-thuis", choices=tuple((p.id, p.label) for p in PROGRAMMES),
                max_length=200, source=HANDREIKING),
    count("gezinnen", group="programma", label="Gezinnen per programma per jaar", unit="gezinnen", unit_one="gezin",
          default="20", minimum=Decimal(1), maximum=Decimal(10000),
          hint="Hoeveel gezinnen elk gekozen programma in een jaar bereikt.",
          source=assumption("een kleine gemeente of één wijk; de Overijsselse bibliotheken bereiken samen ongeveer "
                            "500 gezinnen per jaar met de VoorleesExpress")),
    count("locaties", group="programma", label="Locaties voor groepsprogramma's", unit="locaties", unit_one="locatie",
          default="1", maximum=Decimal(500),
          hint="Voorscholen of scholen waar VVE Thuis, Thuis in Taal of Verteltassen bijeenkomsten houdt.",
          source=assumption("één locatie")),
    count("jaren", group="programma", label="Looptijd van de begroting", unit="jaar", default="1",
          minimum=Decimal(1), maximum=Decimal(10),
          hint="Hoeveel jaar je begroot. Bij de VoorleesExpress doet een gezin twintig weken mee, bij Opstapje "
               "twee jaar.",
          source=assumption("één jaar, één ronde van de programma's; Opstapje duurt 2 jaar per gezin (NJi)",
                            "https://www.nji.nl/interventies/opstapje")),
    money("uurtarief_professional", group="uitvoering", label="Uurkosten professional", maximum=500,
          hint="Integrale kosten per uur van een pedagogisch medewerker of gezinswerker.", default="55,00",
          source=assumption("een openbaar cijfer voor de uurkosten in deze programma's is niet gevonden")),
    decimal("coordinatie_uren_per_gezin", group="uitvoering", label="Coördinatie-uren per gezin per programma",
            unit="uur", default="4", maximum=Decimal(200),
            hint="Werven, koppelen en begeleiden van gezinnen en vrijwilligers.",
            source=assumption("de betaalde coördinator is de grootste kostenpost van de VoorleesExpress (Het Kan "
                              "Wel); het aantal uren per gezin is niet openbaar")),
    money("uurtarief_coordinatie", group="uitvoering", label="Uurkosten coördinator", maximum=500,
          hint="Integrale kosten per uur.", default="55,00",
          source=assumption("gelijk aan de uurkosten van een professional")),
    money("onkosten_per_bezoek", group="uitvoering", label="Onkosten vrijwilliger per bezoek", maximum=100,
          hint="Reiskosten en kleine onkosten van een vrijwilliger per huisbezoek.", default="3,00",
          source=assumption("een openbaar cijfer is niet gevonden")),
    decimal("uren_per_bijeenkomst", group="middelen", label="Uren professional per ouderbijeenkomst",
            unit="uur", default="3", maximum=Decimal(40),
            hint="Voorbereiden, leiden en afronden van één bijeenkomst.",
            source=assumption("1 uur voorbereiden, 1,5 uur bijeenkomst, een half uur afronden")),
    money("kosten_per_bijeenkomst", group="middelen", label="Kosten per ouderbijeenkomst", maximum=10000,
          hint="Ruimte, koffie en thee, tolk.", default="50,00",
          source=assumption("een openbaar cijfer is niet gevonden")),
    money("materialen_per_gezin", group="middelen", label="Materialen per gezin per programma",
          hint="Boeken, themaboekjes of de inhoud van een verteltas.", default="25,00",
          source=assumption("een openbaar cijfer is niet gevonden")),
    count("professionals", group="middelen", label="Professionals op scholing", unit="personen", unit_one="persoon",
          default="2", maximum=Decimal(500), hint="Medewerkers die een training volgen in jaar 1.",
          source=assumption("twee medewerkers in totaal, die de gekozen programma's samen uitvoeren")),
    money("scholing_per_professional", group="middelen", label="Scholing per professional",
          hint="Training of licentiecursus.", default="450,00",
          source=assumption("een openbare prijs is niet gevonden")),
)

FUNDING_GOAB = ("GOAB (onderwijsachterstandenbeleid, 0-6 jaar): alleen als het programma deel uitmaakt van het "
                "vve-beleid en de vve-uitvoering van de gemeente; de handreiking noemt Instapje, Opstapje, VVE Thuis "
                "en de VoorleesExpress als erkende gezinsprogramma's.")
FUNDING_OTHER = ("Ook genoemd: het gemeentelijke budget voor ouderbetrokkenheid in de vve (bijvoorbeeld voor de "
                 "begeleiding door leesconsulenten) en deels de budgetten voor armoedebeleid, participatie en "
                 "achterstandenbeleid. Dit is informatie, geen toets of je plan daarvoor in aanmerking komt.")


