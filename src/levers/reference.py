"""Reference data that ships with levers: states, their bodies and parties, notable companies, cities.

It types and links the names found in text ("CCP" is the Chinese Communist Party, an
organization; "Beijing" said of an actor is the Chinese government). It is background,
never a source of claims: nothing here is ever reported as extracted from a document.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class ReferenceEntry:
    name: str
    type: str
    ref: str | None = None
    country: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    parent: str | None = None
    """The name of another entry that owns this one (a company's parent), if known."""
    operator: str | None = None
    """The name of another entry that runs this one (a product's operator), if known."""


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    ref: str | None
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capital: str | None
    government: ReferenceEntry


def name_key(name: str) -> str:
    """A comparison key for a name: case, a leading "the", possessives and punctuation ignored."""
    name = re.sub(r"[’'`]s?$", "", name.strip())
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    return re.sub(r"[^\w]+", " ", name.lower()).strip()


@dataclass
class Reference:
    countries: list[Country] = field(default_factory=list)
    entries: list[ReferenceEntry] = field(default_factory=list)
    cities: dict[str, str] = field(default_factory=dict)
    """Cities by name, with the code of their country: places, never actors of a story."""
    regions: dict[str, str] = field(default_factory=dict)
    """A country's first-level divisions by name ("Ashanti", "Mato Grosso"): places where a place is
    meant ("based in Ashanti"), but a region may act through its government ("Rogaland holds 20%")."""

    def __post_init__(self) -> None:
        self._by_key: dict[str, ReferenceEntry] = {}
        self._country_by_word: dict[str, Country] = {}
        self._country_by_capital: dict[str, Country] = {}
        self._countries_by_code = {c.code: c for c in self.countries}
        for country in self.countries:
            as_entry = ReferenceEntry(country.name, "country", country.ref, country.code, country.aliases)
            for entry in (as_entry, country.government):
                self._index(entry)
            for word in (country.name, *country.aliases, *country.adjectives):
                self._country_by_word.setdefault(name_key(word), country)
            if country.capital:
                self._country_by_capital[name_key(country.capital)] = country
        for entry in self.entries:
            self._index(entry)
        self._city_by_key = self._places_by_key(self.cities)
        self._region_by_key = self._places_by_key(self.regions)

    def _places_by_key(self, places: dict[str, str]) -> dict[str, str]:
        """Places by comparison key, leaving out any that share a name with a country or an entry."""
        return {key: code for name, code in places.items() if (key := name_key(name)) not in self._by_key and key not in self._country_by_word}

    def _index(self, entry: ReferenceEntry) -> None:
        for name in (entry.name, *entry.aliases):
            self._by_key.setdefault(name_key(name), entry)

    def lookup(self, name: str) -> ReferenceEntry | None:
        return self._by_key.get(name_key(name))

    def country(self, word: str) -> Country | None:
        """A country by its name, short form or adjective ("China", "PRC", "Chinese")."""
        return self._country_by_word.get(name_key(word))

    def country_by_code(self, code: str | None) -> Country | None:
        return self._countries_by_code.get(code or "")

    def capital_of(self, city: str) -> Country | None:
        return self._country_by_capital.get(name_key(city))

    def city_country(self, name: str) -> str | None:
        """The country code of a city of this name, if the name is a known city's and nothing else's."""
        return self._city_by_key.get(name_key(name))

    def place_country(self, name: str) -> str | None:
        """The country code of a city or, failing that, a region of this name ("Luanda", "Mato Grosso")."""
        key = name_key(name)
        return self._city_by_key.get(key) or self._region_by_key.get(key)

    def body_of(self, country: Country, role: str) -> ReferenceEntry | None:
        """A country's own body with a role ("legislature", "central_bank"), if the data has one."""
        return next((e for e in self.entries if e.country == country.code and role in e.roles), None)

    def names(self) -> list[str]:
        """Every name and alias, for a phrase matcher."""
        out = []
        for entry in self._by_key.values():
            out.append(entry.name)
            out.extend(entry.aliases)
        return sorted(set(out))


def _entry(data: dict, default_type: str | None = None) -> ReferenceEntry:
    return ReferenceEntry(
        name=data["name"],
        type=data.get("type", default_type),
        ref=data.get("ref"),
        country=data.get("country"),
        aliases=tuple(data.get("aliases", ())),
        roles=tuple(data.get("roles", ())),
        parent=data.get("parent"),
        operator=data.get("operator"),
    )


def _country(data: dict) -> Country:
    government = dict(data.get("government") or {"name": f"{data['name']} government"})
    government.setdefault("roles", ["government"])
    return Country(
        code=data["code"],
        name=data["name"],
        ref=data.get("ref"),
        aliases=tuple(data.get("aliases", ())),
        adjectives=tuple(data.get("adjectives", ())),
        capital=data.get("capital"),
        government=_entry({**government, "country": data["code"]}, "public_body"),
    )


@cache
def load_reference() -> Reference:
    """Every file in levers/data/reference/, merged: countries first, then entities, in file name order."""
    folder = files("levers") / "data" / "reference"
    countries, entries, cities, regions = [], [], {}, {}
    for item in sorted(folder.iterdir(), key=lambda f: f.name):
        if not item.name.endswith(".json"):
            continue
        raw = json.loads(item.read_text(encoding="utf-8"))
        countries += [_country(c) for c in raw.get("countries", [])]
        entries += [_entry(e) for e in raw.get("entities", [])]
        cities.update(raw.get("cities", []))
        regions.update(raw.get("regions", []))
    return Reference(countries=countries, entries=entries, cities=cities, regions=regions)
