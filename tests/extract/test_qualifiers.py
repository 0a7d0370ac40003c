"""Amounts, shares and dates as the contract writes them."""

import pytest

from levers.extract.qualifiers import parse_amount, parse_date, parse_share


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("RMB200 billion", 200e9, "CNY"),
        ("$28.3 billion", 28.3e9, "USD"),
        ("$1.2bn", 1.2e9, "USD"),
        ("2.3 trillion yuan", 2.3e12, "CNY"),
        ("€500m", 500e6, "EUR"),
        ("60 million kroner", 60e6, "DKK"),
        ("400,000 lei", 400e3, "RON"),
        ("2.5 billion lempiras", 2.5e9, "HNL"),
        ("629 billion roubles", 629e9, "RUB"),
        ("£100 million", 100e6, "GBP"),
        ("₹18,000 crore", 18_000 * 1e7, "INR"),
        ("a NOK 2.4 billion loan", 2.4e9, "NOK"),
        ("fined it 40 million zloty", 40e6, "PLN"),
        ("Tk 500 crore", 500 * 1e7, "BDT"),
        ("KSh 85 million", 85e6, "KES"),
        ("a 3.2 billion won penalty", 3.2e9, "KRW"),
        ("to put 180 million leva into it", 180e6, "BGN"),
        ("lent 12 billion tugriks", 12e9, "MNT"),
    ],
)
def test_amounts_have_a_value_and_a_currency(text, value, currency):
    amount = parse_amount(text)
    assert amount.value == pytest.approx(value)
    assert amount.currency == currency


def test_a_bare_number_is_not_an_amount():
    assert parse_amount("in 2018 it had 300 staff") is None
    assert parse_amount("it won 3 contracts") is None


def test_an_amount_is_only_the_words_of_the_figure():
    assert parse_amount("paid $120 million for the stake").text == "$120 million"


@pytest.mark.parametrize(
    "text, value",
    [
        ("a 1% stake", 1.0), ("holds 50.1 per cent", 50.1), ("about a third", 33.3), ("a majority stake", None),
        ("roughly two thirds of the company", 66.7), ("a two-thirds stake", 66.7), ("three quarters", 75.0),
        ("just under a fifth of the shares", 20.0), ("a tenth", 10.0),
    ],
)
def test_shares_are_percentages(text, value):
    assert parse_share(text).value == value


@pytest.mark.parametrize(
    "text, published, iso",
    [
        ("in 2018", None, "2018"),
        ("on 5 March 2021", None, "2021-03-05"),
        ("March 5, 2021", None, "2021-03-05"),
        ("in November 2020", None, "2020-11"),
        ("in early November", "2020-12-02", "2020-11"),
        ("in early November", None, None),
    ],
)
def test_dates_are_as_precise_as_the_text(text, published, iso):
    assert parse_date(text, published) == iso


def test_on_behalf_of_is_no_half():
    assert parse_share("acting on behalf of the state") is None
