"""What the page shows of a parent-programme budget: the steps, the result rows and the budget
tables (the CSV is written from the same tables)."""
from __future__ import annotations

from decimal import Decimal

from ..model import Values
from ..numbers_nl import format_euro as euro
from ..numbers_nl import format_number as n
from ..numbers_nl import round_cents
from ..present import Rows
from ..quote import Money, Quote, Table, input_summary
from ..texts import quote_origin
from .budget import ITEMS, Budget
from .fields import FIELDS, FUNDING_GOAB, FUNDING_OTHER, Programme

TITLE = "Begroting ouderprogramma"
NOTE = ("Deze begroting is een schatting op basis van de ingevulde waarden; voor de kosten per gezin van deze "
        "programma's is geen openbaar cijfer gevonden, dus veel standaardwaarden zijn aannames.")
ITEM_LABELS = {"uitvoering": "Uitvoering door professionals", "vrijwilligers": "Onkosten vrijwilligers",
               "coordinatie": "Coördinatie", "materialen": "Materialen", "bijeenkomsten": "Ouderbijeenkomsten",
               "scholing": "Scholing professionals"}


def per_family(v: Values, b: Budget) -> Decimal:
    """Average yearly cost per family per programme."""
    return round_cents(b.yearly / (v["gezinnen"] * len(b.programmes)))


def programme_steps(p: Programme, v: Values, c: dict[str, Decimal]) -> list[str]:
    g = f"{n(v['gezinnen'])} gezinnen"
    if p.per_family and p.volunteers:
        work = (f"{p.label}: {g} × {n(p.contacts)} bezoeken × {euro(v['onkosten_per_bezoek'])} onkosten = "
                f"{euro(c['vrijwilligers'])} voor vrijwilligers")
    elif p.per_family:
        work = (f"{p.label}: {g} × {n(p.contacts)} contacten × {n(p.hours)} uur × "
                f"{euro(v['uurtarief_professional'])} = {euro(c['uitvoering'])} uitvoering")
    else:
        meetings = v["locaties"] * p.contacts
        locations = f"{n(v['locaties'])} {'locatie' if v['locaties'] == 1 else 'locaties'}"
        work = (f"{p.label}: {locations} × {n(p.contacts)} bijeenkomsten = {n(meetings)} × "
                f"{n(v['uren_per_bijeenkomst'])} uur × {euro(v['uurtarief_professional'])} = "
                f"{euro(c['uitvoering'])} uitvoering, plus {n(meetings)} × {euro(v['kosten_per_bijeenkomst'])} = "
                f"{euro(c['bijeenkomsten'])} voor bijeenkomsten")
    return [
        work + ".",
        f"{p.label}: coördinatie {g} × {n(v['coordinatie_uren_per_gezin'])} uur × "
        f"{euro(v['uurtarief_coordinatie'])} = {euro(c['coordinatie'])}; materialen {g} × "
        f"{euro(v['materialen_per_gezin'])} = {euro(c['materialen'])}.",
    ]


def explain(v: Values, b: Budget) -> list[str]:
    steps = [line for p in b.programmes for line in programme_steps(p, v, b.per_programme[p.id])]
    return steps + [
        f"Scholing (alleen jaar 1): {n(v['professionals'])} professionals × {euro(v['scholing_per_professional'])} = "
        f"{euro(b.training)}.",
        "Per jaar: " + " + ".join(euro(b.items[key]) for key in ITEMS) + f" = {euro(b.yearly)}.",
        f"Jaar 1: {euro(b.yearly)} + {euro(b.training)} scholing = {euro(b.first)}.",
        f"Totaal over {n(b.years)} jaar: {euro(b.first)} + {n(b.years - 1)} × {euro(b.yearly)} = {euro(b.total)}.",
        f"Per gezin per programma per jaar: {euro(b.yearly)} ÷ ({n(v['gezinnen'])} gezinnen × "
        f"{n(len(b.programmes))} programma's) = {euro(per_family(v, b))}.",
    ]


def present(v: Values, b: Budget) -> Rows:
    rows = Rows()
    rows.money("totaal", f"Totaal over {n(b.years)} jaar", b.total)
    rows.money("jaar1", "Jaar 1, met scholing", b.first)
    rows.money("per_jaar", "Per jaar, zonder scholing", b.yearly)
    rows.money("per_gezin_jaar", "Gemiddeld per gezin per programma per jaar", per_family(v, b))
    for key in ITEMS:  # items that cost nothing for the chosen programmes are left out
        if b.items[key]:
            rows.money(f"post_{key}", f"{ITEM_LABELS[key]} per jaar", b.items[key])
    if b.training:
        rows.money("post_scholing", "Scholing professionals (eenmalig)", b.training)
    rows.text("financiering_goab", "Financiering: GOAB", FUNDING_GOAB)
    rows.text("financiering_overig", "Financiering: andere budgetten", FUNDING_OTHER)
    return rows


def quote(v: Values, b: Budget) -> Quote:
    years = [f"Jaar {y + 1}" for y in range(b.years)]
    item_rows: list[list[str | int | Money]] = []
    for key in (*ITEMS, "scholing"):
        amounts = ([b.training] + [Decimal(0)] * (b.years - 1)) if key == "scholing" else [b.items[key]] * b.years
        if not any(amounts):
            continue
        item_rows.append([ITEM_LABELS[key], *(Money(a) for a in amounts), Money(sum(amounts, Decimal(0)))])
    per_item = Table("per-post", "Kosten per post", ("Post", *years, "Totaal"), item_rows,
                     ["Totaal", Money(b.first), *(Money(b.yearly) for _ in range(b.years - 1)), Money(b.total)])
    programme_rows: list[list[str | int | Money]] = []
    for p in b.programmes:
        cost = b.programme_total(p.id)
        family = cost / v["gezinnen"]
        programme_rows.append([p.label, Money(cost), Money(round_cents(family)), p.duration,
                               Money(round_cents(family * p.years))])
    per_programme = Table("per-programma", "Per programma, per jaar zonder scholing",
                          ("Programma", "Per jaar", "Per gezin per jaar", "Duur per gezin",
                           "Per gezin, hele programma"),
                          programme_rows, ["Totaal", Money(b.yearly), "", "", ""],
                          notes=[f"{p.label}: {quote_origin(p.source)}." for p in b.programmes])
    details = [("Programma's", ", ".join(p.label for p in b.programmes)), ("Looptijd", f"{n(b.years)} jaar"),
               ("Financiering: GOAB", FUNDING_GOAB), ("Financiering: andere budgetten", FUNDING_OTHER)]
    return Quote(title=TITLE, filename="begroting-ouderprogramma.csv", details=details,
                 tables=[per_item, per_programme], note=NOTE, inputs=input_summary(FIELDS, v))
