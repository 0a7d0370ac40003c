"""Amounts, shares and dates as the contract wants them, read from the words near a claim."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from levers.model import Amount, Share

CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "₹": "INR", "₽": "RUB", "r$": "BRL", "hk$": "HKD", "s$": "SGD", "a$": "AUD", "c$": "CAD"}
CURRENCY_WORDS = {
    "rmb": "CNY", "yuan": "CNY", "renminbi": "CNY", "cny": "CNY", "usd": "USD", "dollars": "USD",
    "dollar": "USD", "eur": "EUR", "euros": "EUR", "euro": "EUR", "gbp": "GBP", "pounds": "GBP",
    "rubles": "RUB", "roubles": "RUB", "rub": "RUB", "yen": "JPY", "jpy": "JPY", "rupees": "INR",
    "inr": "INR", "reais": "BRL", "real": "BRL", "riyals": "SAR", "riyal": "SAR", "sar": "SAR",
    "won": "KRW", "francs": "CHF", "chf": "CHF", "hkd": "HKD", "crore": "INR",
    "kronor": "SEK", "krona": "SEK", "kroner": "DKK", "krone": "DKK", "krónur": "ISK", "kronur": "ISK", "zloty": "PLN", "forint": "HUF", "lira": "TRY",
    "hryvnia": "UAH", "tenge": "KZT", "shekels": "ILS", "dirhams": "AED", "naira": "NGN", "cedis": "GHS",
    "rand": "ZAR", "kwacha": "ZMW", "kwanza": "AOA", "birr": "ETB", "taka": "BDT", "tk": "BDT",
    "ringgit": "MYR", "baht": "THB", "dong": "VND", "soles": "PEN", "rupiah": "IDR", "rs": "INR",
    "leva": "BGN", "tugriks": "MNT", "tugrik": "MNT", "lari": "GEL", "dram": "AMD", "quetzales": "GTQ", "quetzal": "GTQ",
    "guaraníes": "PYG", "guaranies": "PYG", "kyat": "MMK", "riel": "KHR", "kip": "LAK",
    "lei": "RON", "lempiras": "HNL", "bolivianos": "BOB", "colones": "CRC", "córdobas": "NIO", "cordobas": "NIO",
    "manat": "AZN", "somoni": "TJS", "pula": "BWP", "rufiyaa": "MVR", "kina": "PGK",
    "ksh": "KES", "kshs": "KES", "ush": "UGX", "tsh": "TZS", "rp": "IDR", "rm": "MYR",
    **{code.lower(): code for code in (
        "NOK", "SEK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "TRY", "UAH", "KZT", "UZS", "MNT", "GEL",
        "ILS", "AED", "QAR", "KWD", "BHD", "OMR", "JOD", "EGP", "MAD", "TND", "NGN", "GHS", "KES", "TZS", "UGX",
        "ZAR", "ZMW", "AOA", "ETB", "XOF", "XAF", "BDT", "PKR", "LKR", "NPR", "IDR", "MYR", "THB", "VND", "PHP",
        "SGD", "TWD", "KRW", "AUD", "NZD", "CAD", "MXN", "BRL", "ARS", "CLP", "COP", "PEN", "RSD",
        "DOP", "HNL", "NIO", "CRC", "BOB", "PYG", "UYU", "JMD", "TTD", "MUR", "MZN", "MWK", "BWP", "NAD",
        "RWF", "CDF", "DZD", "LYD", "IQD", "IRR", "KGS", "TJS", "TMT", "AMD", "AZN", "BYN", "MDL", "MKD",
        "LAK", "MMK", "KHR", "FJD", "BTN", "AFN", "SYP", "YER", "LBP", "SDG", "MGA", "GNF", "HTG", "GYD", "SRD", "MRU", "MVR", "PGK",
    )},
}
"""Currency names and ISO 4217 codes, before or after the figure ("NOK 2.4 billion", "40 million zloty", "Tk 500 crore")."""
MULTIPLIERS = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6, "billion": 1e9,
    "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "tr": 1e12, "crore": 1e7, "lakh": 1e5,
}
AMOUNT = re.compile(
    r"(?:(?P<pre>US\$|HK\$|S\$|A\$|C\$|R\$|[$€£¥₹₽])|\b(?P<code>(?-i:[A-Z][A-Za-z]{1,2}))\.?)?\s?"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)\s?"
    r"(?P<mult>thousand|million|billion|trillion|crore|lakh|mln|bln|mn|bn|tn|m|b|k)?\b\s?"
    r"(?P<post>[a-z]+)?",
    re.IGNORECASE,
)
DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9}
FRACTION = re.compile(
    r"(?:(?:about|around|roughly|nearly|almost|just under|just over|more than|over|less than)\s+)?"
    r"(?:(?P<num>a|an|one|two|three|four|nine|the)[\s-]+)?(?<![a-z])(?P<den>half|third|quarter|fifth|tenth)s?\b"
)
SHARE_WORDS = ("majority", "minority", "controlling")
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)}


def parse_amount(text: str) -> Amount | None:
    """ "RMB200 billion" -> 2e11 CNY; "$1.2bn" -> 1.2e9 USD; "2.3 trillion yuan" -> 2.3e12 CNY."""
    for match in AMOUNT.finditer(text):
        pre = (match.group("pre") or "").lower()
        code = (match.group("code") or "").lower()
        post = (match.group("post") or "").lower()
        mult = (match.group("mult") or "").lower()
        currency = CURRENCY_SYMBOLS.get(pre) or CURRENCY_WORDS.get(code) or CURRENCY_WORDS.get(post) or CURRENCY_WORDS.get(mult)
        if not currency:
            continue
        value = float(match.group("num").replace(",", "")) * MULTIPLIERS.get(mult, 1.0)
        start = match.start("pre") if pre else match.start("code") if CURRENCY_WORDS.get(code) else match.start("num")
        end = match.end("post") if CURRENCY_WORDS.get(post) else match.end("mult") if mult else match.end("num")
        return Amount(value=round(value, 2), currency=currency, text=text[start:end])
    return None


def amount_near(tokens: Span | list[Token]) -> Amount | None:
    """The first money amount named among `tokens`."""
    tokens = list(tokens)
    for token in tokens:
        if token.ent_type_ == "MONEY" and token.ent_iob_ == "B":
            ent = next(e for e in token.doc.ents if e.start == token.i)
            found = parse_amount(ent.text)
            if found:
                return found
    if tokens:
        return parse_amount(tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text)
    return None


def parse_share(text: str) -> Share | None:
    """ "a 1% stake" -> 1.0; "about a third" -> 33.3; "a majority stake" -> value None."""
    percent = re.search(r"(\d+(?:\.\d+)?)\s?(?:%|per ?cent|percent)", text)
    if percent:
        return Share(float(percent.group(1)), percent.group(0))
    lowered = text.lower()
    fraction = FRACTION.search(lowered)
    if fraction:
        numerator = NUMERATORS.get(fraction.group("num") or "a", 1)
        value = round(100.0 * numerator / DENOMINATORS[fraction.group("den")], 1)
        return Share(value, text[fraction.start() : fraction.end()])
    for word in SHARE_WORDS:
        match = re.search(rf"\b{word}\b", lowered)
        if match:
            return Share(None, text[match.start() : match.end()])
    return None


def parse_date(text: str, published: str | None = None) -> str | None:
    """An ISO date as precise as the words allow; a month or weekday takes its year from `published`."""
    lowered = text.lower()
    full = re.search(r"(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})", lowered)
    if full:
        return f"{full.group(3)}-{MONTHS[full.group(2)]:02d}-{int(full.group(1)):02d}"
    month_first = re.search(r"(" + "|".join(MONTHS) + r")\s+(\d{1,2}),?\s+(\d{4})", lowered)
    if month_first:
        return f"{month_first.group(3)}-{MONTHS[month_first.group(1)]:02d}-{int(month_first.group(2)):02d}"
    month_year = re.search(r"(" + "|".join(MONTHS) + r")\s+(?:of\s+)?(\d{4})", lowered)
    if month_year:
        return f"{month_year.group(2)}-{MONTHS[month_year.group(1)]:02d}"
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", lowered)
    if year:
        return year.group(1)
    month = re.search(r"\b(" + "|".join(MONTHS) + r")\b", lowered)
    if month and published and re.match(r"\d{4}", published) and month.group(1) != "may":
        return f"{published[:4]}-{MONTHS[month.group(1)]:02d}"
    return None


def date_near(tokens: list[Token], published: str | None = None) -> str | None:
    """The date of the first DATE entity among `tokens`."""
    for token in tokens:
        if token.ent_type_ == "DATE" and token.ent_iob_ == "B":
            ent = next(e for e in token.doc.ents if e.start == token.i)
            found = parse_date(ent.text, published)
            if found:
                return found
    return None
