"""Collection size of a school library (`collectie`): target, shortfall, purchase and replacement.

The pure functions at the top are also used by the yearly cost calculator, so the collection logic
exists once. Every text that states a norm is built from `NORMS`.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .model import Calculator, Checks, Group, Source, Values, assumption, count, decimal, money, percent
from .norms import NORMS
from .numbers_nl import format_euro, format_number, format_percent, round_cents, round_down, round_up
from .present import Rows
from .texts import below_minimum

MINIMUM = NORMS["boeken_per_leerling_min"]
OPTIMUM = NORMS["boeken_per_leerling_optimaal"]
WEEDING_AGE = NORMS["sanering_maximale_leeftijd"]
HUNDRED = Decimal(100)
n = format_number

GROUPS = (
    Group("school", "De school"),
    Group("collectie", "De collectie nu en straks"),
    Group("kosten", "Vervanging en prijs"),
)

FIELDS = (
    count("leerlingen", group="school", label="Aantal leerlingen", unit="leerlingen", unit_one="leerling",
          hint="Het aantal leerlingen van de school, bijvoorbeeld de telling van 1 oktober.",
          default="225", minimum=Decimal(1), maximum=Decimal(5000),
          source=Source("gemiddelde basisschool: 1.369.465 leerlingen (CBS, 2022/'23) gedeeld door 6.070 "
                        "basisscholen (Kamerstuk 36 250 VIII nr. 3, 2022) is ongeveer 226; afgerond op 225",
                        "https://www.cbs.nl/nl-nl/cijfers/detail/71478NED", "2022/'23")),
    decimal("boeken_per_leerling", group="collectie", label="Boeken per leerling", unit="boeken per leerling",
            hint=f"De norm voor de vaste collectie in de school: minimaal {n(MINIMUM.value)}, "
                 f"optimaal {n(OPTIMUM.value)} boeken per leerling.",
            default=n(MINIMUM.value), minimum=Decimal(1), maximum=Decimal(30), source=MINIMUM.source),
    count("huidige_collectie", group="collectie", label="Huidige collectie", unit="boeken", unit_one="boek",
          hint="Het aantal boeken dat de school nu heeft. Vul 0 in bij een nieuwe schoolbibliotheek.",
          default="0", maximum=Decimal(200000),
          source=assumption("een nieuwe schoolbibliotheek zonder eigen boeken; vul de telling van de school in")),
    percent("bruikbaar_procent", group="collectie", label="Bruikbaar na sanering",
            hint="Welk deel van de huidige boeken blijft staan na het wieden van oude en versleten boeken.",
            default="50",
            source=Source(f"Probiblio: bij de start alles ouder dan {n(WEEDING_AGE.value)} jaar verwijderen; reken "
                          "erop dat ongeveer de helft overblijft", WEEDING_AGE.source.url, WEEDING_AGE.source.year)),
    percent("vervanging_procent", group="kosten", label="Vervanging per jaar", maximum=50,
            hint="Welk deel van de collectie elk jaar wordt vervangen door nieuwe boeken.", default="10",
            source=Source("Onderwijs in Beeld, investeringsplan schoolbibliotheek (10% per jaar); een uitgever "
                          "noemt 14%", "https://leesapp.onderwijsinbeeld.nl/maak-een-schoolbibliotheek-investeringsplan")),
    money("prijs_per_boek", group="kosten", label="Gemiddelde prijs per boek", maximum=200,
          hint="Gemiddelde aanschafprijs van een kinderboek, zonder bibliotheekkorting.", default="15,00",
          source=Source("tussen € 14,00 (Onderwijs in Beeld) en € 15,50 (Uitgeverij Bontekoe, 2022-23); "
                        "gemiddelde consumentenprijs van een boek € 14,86 (KVB Boekwerk/GfK, 2022)",
                        "https://www.lezen.nl/onderzoek/nederlander-geeft-meer-geld-uit-aan-boek/", "2022")),
)


# ---- The collection rules, shared with the yearly cost calculator ----

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


def below_norm(values: Values) -> dict[str, str]:
    """The warning at `boeken_per_leerling` when it is under the minimum norm."""
    if values["boeken_per_leerling"] < MINIMUM.value:
        return {"boeken_per_leerling": below_minimum(MINIMUM)}
    return {}


# ---- The calculator ----

@dataclass(frozen=True)
class Collection:
    at_minimum: int
    at_optimum: int
    target: int
    usable: int
    shortfall: int
    surplus: int
    purchase: Decimal
    yearly: int
    yearly_cost: Decimal


def calculate(v: Values) -> Collection:
    pupils: int = v["leerlingen"]
    target = target_books(pupils, v["boeken_per_leerling"])
    usable = usable_books(v["huidige_collectie"], v["bruikbaar_procent"])
    shortfall = max(0, target - usable)
    yearly = replacement_books(target, v["vervanging_procent"])
    return Collection(
        at_minimum=target_books(pupils, MINIMUM.value), at_optimum=target_books(pupils, OPTIMUM.value),
        target=target, usable=usable, shortfall=shortfall, surplus=max(0, usable - target),
        purchase=books_cost(shortfall, v["prijs_per_boek"]), yearly=yearly,
        yearly_cost=books_cost(yearly, v["prijs_per_boek"]))


def explain(v: Values, c: Collection) -> list[str]:
    pupils, norm, price = v["leerlingen"], v["boeken_per_leerling"], v["prijs_per_boek"]
    euro, pct = format_euro, format_percent
    return [
        f"Collectie bij de minimumnorm: {n(pupils)} leerlingen × {n(MINIMUM.value)} boeken = "
        f"{n(c.at_minimum)} boeken.",
        f"Collectie bij de optimale norm: {n(pupils)} leerlingen × {n(OPTIMUM.value)} boeken = "
        f"{n(c.at_optimum)} boeken.",
        f"Collectie bij de gekozen norm: {n(pupils)} leerlingen × {n(norm)} boeken = {n(c.target)} boeken "
        "(naar boven afgerond op hele boeken).",
        f"Bruikbaar na sanering: {n(v['huidige_collectie'])} boeken × {pct(v['bruikbaar_procent'])} = "
        f"{n(c.usable)} boeken (naar beneden afgerond).",
        (f"Tekort: {n(c.target)} − {n(c.usable)} = {n(c.shortfall)} boeken × {euro(price)} = {euro(c.purchase)}."
         if c.shortfall else f"Geen tekort: er zijn {n(c.surplus)} boeken meer dan het doel."),
        f"Vervanging per jaar: {n(c.target)} boeken × {pct(v['vervanging_procent'])} = "
        f"{n(c.yearly)} boeken × {euro(price)} = {euro(c.yearly_cost)}.",
    ]


def present(v: Values, c: Collection) -> Rows:
    rows = Rows()
    rows.count("doel_minimum", f"Collectie bij minimaal {n(MINIMUM.value)} per leerling", c.at_minimum, "boeken")
    rows.count("doel_optimaal", f"Collectie bij optimaal {n(OPTIMUM.value)} per leerling", c.at_optimum, "boeken")
    rows.count("doel_gekozen", f"Collectie bij de gekozen norm ({n(v['boeken_per_leerling'])} per leerling)",
               c.target, "boeken")
    rows.count("bruikbaar", "Bruikbaar na sanering", c.usable, "boeken")
    rows.count("tekort", "Tekort", c.shortfall, "boeken")
    rows.count("overschot", "Overschot", c.surplus, "boeken")
    rows.money("aanschafkosten", "Aanschaf van het tekort", c.purchase)
    rows.count("vervanging_boeken", "Vervanging per jaar", c.yearly, "boeken")
    rows.money("vervanging_kosten", "Kosten van de vervanging per jaar", c.yearly_cost)
    return rows


CALCULATOR: Calculator[Collection] = Calculator(
    id="collectie", fields=FIELDS, groups=GROUPS,
    summary=("doel_gekozen", "tekort", "aanschafkosten", "vervanging_kosten"),
    check=lambda v: Checks(warnings=below_norm(v)),
    calculate=calculate, explain=explain, present=present,
)
