from decimal import Decimal

import pytest

from calculators.numbers_nl import NotANumber, format_euro, format_number, format_percent, parse_number, round_cents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0", "0"),
        ("225", "225"),
        ("1.234", "1234"),
        ("1.234.567", "1234567"),
        ("12,5", "12.5"),
        ("1.234,56", "1234.56"),
        ("12.5", "12.5"),
        ("12.50", "12.50"),
        (",5", "0.5"),
        ("€ 15", "15"),
        ("€15,00", "15.00"),
        ("EUR 7", "7"),
        ("10%", "10"),
        ("12,5 %", "12.5"),
        (" 2 400 ", "2400"),
        ("2\u00a0400", "2400"),
        ("-3", "-3"),
    ],
)
def test_parse_number_reads_dutch_notation(text, expected):
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "1.2345", "12.", "1..2", "1.23.4", "1e5", "€", "%", "--1",
                                  "12,5,", "0x10", "١٢"])
def test_parse_number_rejects_with_dutch_message(text):
    with pytest.raises(NotANumber) as problem:
        parse_number(text)
    assert "getal" in str(problem.value)


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (Decimal("2400"), None, "2.400"),
        (Decimal("1234567.5"), None, "1.234.567,5"),
        (Decimal("12.50"), None, "12,5"),
        (Decimal("0"), None, "0"),
        (Decimal("999"), None, "999"),
        (Decimal("-1234"), None, "-1.234"),
        (Decimal("3.14159"), 2, "3,14"),
        (Decimal("2.005"), 2, "2,01"),
    ],
)
def test_format_number(value, places, expected):
    assert format_number(value, places) == expected


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (Decimal("1234.56"), "€ 1.234,56"),
        (Decimal("0.005"), "€ 0,01"),
        (Decimal("0.0049"), "€ 0,00"),
        (Decimal("16875"), "€ 16.875,00"),
        (Decimal("-12"), "€ -12,00"),
    ],
)
def test_format_euro_rounds_half_up_to_cents(amount, expected):
    assert format_euro(amount) == expected


def test_round_cents_is_half_up_not_bankers():
    assert round_cents(Decimal("0.125")) == Decimal("0.13")
    assert round_cents(Decimal("0.135")) == Decimal("0.14")


def test_format_percent():
    assert format_percent(Decimal("12.50")) == "12,5%"
    assert format_percent(Decimal("10")) == "10%"
