"""Collection size of a school library (`collectie`): target, shortfall, purchase and replacement.

The pure functions at the top are also used by other calculators (the yearly cost calculator
reuses them), so the collection logic exists once.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from .engine import Outcome
from .fields import COUNT, DECIMAL, MONEY, PERCENT, Field, Group, Source
from .norms import NORMS
from .numbers_nl import format_euro, format_number, format_percent, round_cents, round_down, round_up

MINIMUM = NORMS["boeken_per_leerling_min"].value
OPTIMUM = NORMS["boeken_per_leerling_optimaal"].value
HUNDRED = Decimal(100)

GROUPS = (
    Group("school", "De school"),
    Group("collectie", "De collectie nu en straks"),
    Group("kosten", "Vervanging en prijs"),
)

FIELDS = (
    Field(
        name="leerlingen", group="school", label="Aantal leerlingen", kind=COUNT, unit="leerlingen",
        hint="Het aantal leerlingen van de school, bijvoorbeeld de telling van 1 oktober.",
        default="225", minimum=Decimal(1), maximum=Decimal(5000),
        source=Source("gemiddelde basisschool: 1.369.465 leerlingen (CBS, 2022/'23) gedeeld door 6.070 "
                      "basisscholen (Kamerstuk 36 250 VIII nr. 3, 2022) is ongeveer 226; afgerond op 225",
                      "https://www.cbs.nl/nl-nl/cijfers/detail/71478NED", "2022/'23"),
    ),
    Field(
        name="boeken_per_leerling", group="collectie", label="Boeken per leerling", kind=DECIMAL, unit="boeken per leerling",
        hint="De norm voor de vaste collectie in de school: minimaal 5, optimaal 8 boeken per leerling.",
        default="5", minimum=Decimal(1), maximum=Decimal(30),
        source=Source("handboek de Bibliotheek op school po, bouwsteen Leesomgeving & collectie "
                      "(minimaal 5, optimaal 8)"),
    ),
    Field(
        name="huidige_collectie", group="collectie", label="Huidige collectie", kind=COUNT, unit="boeken",
        hint="Het aantal boeken dat de school nu heeft. Vul 0 in bij een nieuwe schoolbibliotheek.",
        default="0", minimum=Decimal(0), maximum=Decimal(200000),
        source=Source("aanname: een nieuwe schoolbibliotheek zonder eigen boeken; vul de telling van de "
                      "school in", assumption=True),
    ),
    Field(
        name="bruikbaar_procent", group="collectie", label="Bruikbaar na sanering", kind=PERCENT, unit="%",
        hint="Welk deel van de huidige boeken blijft staan na het wieden van oude en versleten boeken.",
        default="50", minimum=Decimal(0), maximum=Decimal(100),
        source=Source("Probiblio: bij de start alles ouder dan 8 jaar verwijderen; reken erop dat ongeveer "
                      "de helft overblijft",
                      "https://www.probiblio.nl/collectioneren-voor-de-bibliotheek-op-school-was-nog-nooit-zo-makkelijk/",
                      "2023"),
    ),
    Field(
        name="vervanging_procent", group="kosten", label="Vervanging per jaar", kind=PERCENT, unit="%",
        hint="Welk deel van de collectie elk jaar wordt vervangen door nieuwe boeken.",
        default="10", minimum=Decimal(0), maximum=Decimal(50),
        source=Source("Onderwijs in Beeld, investeringsplan schoolbibliotheek (10% per jaar); een uitgever "
                      "noemt 14%", "https://leesapp.onderwijsinbeeld.nl/maak-een-schoolbibliotheek-investeringsplan"),
    ),
    Field(
        name="prijs_per_boek", group="kosten", label="Gemiddelde prijs per boek", kind=MONEY, unit="euro",
        hint="Gemiddelde aanschafprijs van een kinderboek, zonder bibliotheekkorting.",
        default="15,00", minimum=Decimal(0), maximum=Decimal(200),
        source=Source("tussen € 14,00 (Onderwijs in Beeld) en € 15,50 (Uitgeverij Bontekoe, 2022-23); "
                      "gemiddelde consumentenprijs van een boek € 14,86 (KVB Boekwerk/GfK, 2022)",
                      "https://www.lezen.nl/onderzoek/nederlander-geeft-meer-geld-uit-aan-boek/", "2022"),
    ),
)


def target_books(pupils: int, per_pupil: Decimal) -> int:
    """Books the fixed collection needs; rounded up, as you cannot buy half a book."""
    return round_up(Decimal(pupils) * per_pupil)


def usable_books(current: int, usable_percent: Decimal) -> int:
    """Books that stay after weeding; rounded down (a book is kept or not)."""
    return round_down(Decimal(current) * usable_percent / HUNDRED)


def replacement_books(target: int, replacement_percent: Decimal) -> int:
    """Books to replace each year on the target collection; rounded up."""
    return round_up(Decimal(target) * replacement_percent / HUNDRED)


def books_cost(books: int, price: Decimal) -> Decimal:
    return round_cents(Decimal(books) * price)


def check(values: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    warnings = {}
    if values["boeken_per_leerling"] < MINIMUM:
        warnings["boeken_per_leerling"] = (
            f"Dit is minder dan de norm van minimaal {format_number(MINIMUM)} boeken per leerling.")
    return {}, warnings


def calculate(values: dict[str, Any]) -> Outcome:
    pupils: int = values["leerlingen"]
    norm: Decimal = values["boeken_per_leerling"]
    price: Decimal = values["prijs_per_boek"]
    out = Outcome()
    at_min = target_books(pupils, MINIMUM)
    at_opt = target_books(pupils, OPTIMUM)
    target = target_books(pupils, norm)
    usable = usable_books(values["huidige_collectie"], values["bruikbaar_procent"])
    shortfall = max(0, target - usable)
    surplus = max(0, usable - target)
    purchase = books_cost(shortfall, price)
    yearly = replacement_books(target, values["vervanging_procent"])
    yearly_cost = books_cost(yearly, price)

    out.count("doel_minimum", f"Collectie bij minimaal {format_number(MINIMUM)} per leerling", at_min, "boeken")
    out.count("doel_optimaal", f"Collectie bij optimaal {format_number(OPTIMUM)} per leerling", at_opt, "boeken")
    out.count("doel_gekozen", f"Collectie bij de gekozen norm ({format_number(norm)} per leerling)", target, "boeken")
    out.count("bruikbaar", "Bruikbaar na sanering", usable, "boeken")
    out.count("tekort", "Tekort", shortfall, "boeken")
    out.count("overschot", "Overschot", surplus, "boeken")
    out.money("aanschafkosten", "Aanschaf van het tekort", purchase)
    out.count("vervanging_boeken", "Vervanging per jaar", yearly, "boeken")
    out.money("vervanging_kosten", "Kosten van de vervanging per jaar", yearly_cost)

    n = format_number
    out.explanation = [
        f"Collectie bij de minimumnorm: {n(pupils)} leerlingen × {n(MINIMUM)} boeken = {n(at_min)} boeken.",
        f"Collectie bij de optimale norm: {n(pupils)} leerlingen × {n(OPTIMUM)} boeken = {n(at_opt)} boeken.",
        f"Collectie bij de gekozen norm: {n(pupils)} leerlingen × {n(norm)} boeken = {n(target)} boeken "
        "(naar boven afgerond op hele boeken).",
        f"Bruikbaar na sanering: {n(values['huidige_collectie'])} boeken × "
        f"{format_percent(values['bruikbaar_procent'])} = {n(usable)} boeken (naar beneden afgerond).",
        (f"Tekort: {n(target)} − {n(usable)} = {n(shortfall)} boeken × {format_euro(price)} = {format_euro(purchase)}."
         if shortfall else f"Geen tekort: er zijn {n(surplus)} boeken meer dan het doel."),
        f"Vervanging per jaar: {n(target)} boeken × {format_percent(values['vervanging_procent'])} = "
        f"{n(yearly)} boeken × {format_euro(price)} = {format_euro(yearly_cost)}.",
    ]
    return out
