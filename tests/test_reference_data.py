"""The reference data shipped in src/levers/data/reference/: its shape, and one name for one thing.

Every JSON file in that folder is checked, whatever files exist when the tests run.
The loader (levers.reference) indexes every name and alias of every country, government
and entity in ONE key space (`name_key`: case-folded, leading "the" and trailing
possessive dropped) where the first entry wins; so a name given to two different
entries silently types one of them wrongly. These tests make that loud.

00_seed_minimum.json is a temporary bootstrap file: it is checked for types, but not
for completeness, and duplicates it alone causes are ignored.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

import levers
from levers.reference import load_reference, name_key

REFERENCE_DIR = Path(levers.__file__).resolve().parent / "data" / "reference"
FILES = sorted(REFERENCE_DIR.glob("*.json"))
TEMPORARY = {"00_seed_minimum.json"}
"""Files on their way out: type-checked, left out of the completeness and duplicate checks."""

TOP_LEVEL_KEYS = {"version", "countries", "entities", "cities", "regions", "source"}
COUNTRY_REQUIRED = {"code", "name", "aliases", "adjectives", "capital", "government"}
COUNTRY_KEYS = COUNTRY_REQUIRED | {"ref"}
GOVERNMENT_KEYS = {"name", "ref", "aliases", "type", "roles"}
ENTITY_REQUIRED = {"name", "type"}
ENTITY_KEYS = ENTITY_REQUIRED | {"country", "aliases", "roles", "ref", "operator", "parent"}
ENTITY_TYPES = {"person", "company", "organization", "public_body", "country", "product"}
ROLES = {
    "ruling_party", "party", "government", "ministry", "regulator", "central_bank", "court",
    "legislature", "military", "sovereign_fund", "state_media", "stock_exchange",
    "state_owned_enterprise", "head_of_state", "head_of_government", "party_leader", "official",
    "media", "bank", "public_broadcaster", "supranational", "ngo",
}
REF = re.compile(r"^wikidata:Q\d+$")
CODE = re.compile(r"^[A-Z]{2}$")

ALLOWED_AMBIGUITY: set[str] = set()
"""name_key()s that may name two different entries. Keep it small: add a key only when
news really uses the same name for both, neither entry can do without it, and the one
the loader picks first (file order, countries before entities) is the likelier reading.
Write the reason next to the key. Every key here must still be ambiguous (tested)."""


@cache
def _raw(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _permanent(path: Path) -> bool:
    return path.name not in TEMPORARY


def _entries(paths: list[Path]) -> list[tuple[str, str, str, list[str]]]:
    """(file, type, name, aliases) of every entry the loader indexes: countries, their governments, entities."""
    out = []
    for path in paths:
        raw = _raw(path)
        for c in raw.get("countries", []):
            out.append((path.name, "country", c["name"], list(c.get("aliases", []))))
            gov = c.get("government") or {"name": f"{c['name']} government"}
            out.append((path.name, gov.get("type", "public_body"), gov["name"], list(gov.get("aliases", []))))
        for e in raw.get("entities", []):
            out.append((path.name, e["type"], e["name"], list(e.get("aliases", []))))
    return out


def _codes(paths: list[Path]) -> set[str]:
    return {c["code"] for p in paths for c in _raw(p).get("countries", [])}


PERMANENT = [p for p in FILES if _permanent(p)]


def _is_ref(value) -> bool:
    return value is None or isinstance(value, str) and bool(REF.match(value))


def _is_str_list(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _looks_like_a_name(text: str) -> bool:
    """Not blank, trimmed, and with a capital or a digit somewhere: "mainland China", "eBay", "3M"; not "the kingdom"."""
    return bool(text) and text == text.strip() and bool(name_key(text)) and any(ch.isupper() or ch.isdigit() for ch in text)


def test_there_is_reference_data():
    assert FILES, f"no JSON file in {REFERENCE_DIR}"
    assert any(_raw(p).get("countries") for p in PERMANENT), "no countries outside the temporary files"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_is_json_with_known_top_level_keys(path: Path):
    raw = _raw(path)
    assert isinstance(raw, dict)
    assert set(raw) <= TOP_LEVEL_KEYS, f"unknown top-level keys {set(raw) - TOP_LEVEL_KEYS}"
    assert isinstance(raw.get("version"), int)
    assert isinstance(raw.get("countries", []), list)
    assert isinstance(raw.get("entities", []), list)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_countries_are_well_formed(path: Path):
    problems = []
    for c in _raw(path).get("countries", []):
        label = c.get("name") or c.get("code") or repr(c)[:40]
        missing = COUNTRY_REQUIRED - set(c) if _permanent(path) else {"code", "name"} - set(c)
        unknown = set(c) - COUNTRY_KEYS
        if unknown:
            problems.append(f"{label}: unknown keys {sorted(unknown)}")
        if missing:
            problems.append(f"{label}: missing {sorted(missing)}")
            continue
        if not CODE.match(c["code"]):
            problems.append(f"{label}: code {c['code']!r} is not ISO 3166-1 alpha-2")
        if not _is_ref(c.get("ref")):
            problems.append(f"{label}: ref {c.get('ref')!r}")
        for key in ("aliases", "adjectives"):
            if not _is_str_list(c.get(key, [])):
                problems.append(f"{label}: {key} is not a list of strings")
        if not (c.get("capital") is None or isinstance(c["capital"], str)):
            problems.append(f"{label}: capital {c['capital']!r}")
        gov = c.get("government")
        if gov is None and not _permanent(path):
            continue
        if not isinstance(gov, dict) or not isinstance(gov.get("name"), str) or set(gov) - GOVERNMENT_KEYS:
            problems.append(f"{label}: government {gov!r}")
            continue
        if not _is_ref(gov.get("ref")) or not _is_str_list(gov.get("aliases", [])):
            problems.append(f"{label}: government ref or aliases")
        if gov.get("type", "public_body") not in ENTITY_TYPES or set(gov.get("roles", [])) - ROLES:
            problems.append(f"{label}: government type or roles")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_entities_are_well_formed(path: Path):
    scope = FILES if not _permanent(path) else PERMANENT
    codes = _codes(scope)
    names = {name for _, _, name, _ in _entries(scope)}
    problems = []
    for e in _raw(path).get("entities", []):
        label = e.get("name") or repr(e)[:40]
        missing, unknown = ENTITY_REQUIRED - set(e), set(e) - ENTITY_KEYS
        if unknown:
            problems.append(f"{label}: unknown keys {sorted(unknown)}")
        if missing:
            problems.append(f"{label}: missing {sorted(missing)}")
            continue
        if not isinstance(e["name"], str):
            problems.append(f"{label}: name is not a string")
        if e["type"] not in ENTITY_TYPES:
            problems.append(f"{label}: type {e['type']!r}")
        if "country" in e and e["country"] not in codes:
            problems.append(f"{label}: country {e['country']!r} is no known country code")
        if not _is_str_list(e.get("aliases", [])):
            problems.append(f"{label}: aliases is not a list of strings")
        roles = e.get("roles", [])
        if not _is_str_list(roles) or set(roles) - ROLES:
            problems.append(f"{label}: roles {roles!r} outside the vocabulary")
        if not _is_ref(e.get("ref")):
            problems.append(f"{label}: ref {e.get('ref')!r}")
        for key in ("operator", "parent"):
            if key in e and (e[key] not in names or e[key] == e["name"]):
                problems.append(f"{label}: {key} {e[key]!r} names no other entry")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_names_look_like_names(path: Path):
    """Every name, alias, adjective and capital is trimmed text with a capital letter or a digit, never a common word."""
    raw = _raw(path)
    words = [w for _, _, name, aliases in _entries([path]) for w in (name, *aliases)]
    for c in raw.get("countries", []):
        words += c.get("adjectives", [])
        words += [c["capital"]] if c.get("capital") else []
    bad = [w for w in words if not isinstance(w, str) or not _looks_like_a_name(w)]
    assert not bad, f"not names: {bad}"


def test_country_codes_are_unique():
    seen = defaultdict(list)
    for path in PERMANENT:
        for c in _raw(path).get("countries", []):
            seen[c["code"]].append(path.name)
    assert not {code: files for code, files in seen.items() if len(files) > 1}


def test_no_two_entries_of_a_type_share_a_name():
    seen = defaultdict(list)
    for file, etype, name, _ in _entries(PERMANENT):
        seen[(etype, name_key(name))].append(f"{name} ({file})")
    duplicates = {key: where for key, where in seen.items() if len(where) > 1}
    assert not duplicates, "\n".join(f"{k}: {v}" for k, v in duplicates.items())


def _ambiguous_keys() -> dict[str, set[tuple[str, str]]]:
    """name_key -> the different entries (type, name) whose name or alias it is, where more than one."""
    by_key = defaultdict(set)
    for _, etype, name, aliases in _entries(PERMANENT):
        for word in (name, *aliases):
            by_key[name_key(word)].add((etype, name_key(name)))
    return {k: v for k, v in by_key.items() if len(v) > 1}


def test_no_name_or_alias_names_two_entries():
    """One key, one entry: the loader would silently give the name to whichever comes first."""
    clashes = {k: v for k, v in _ambiguous_keys().items() if k not in ALLOWED_AMBIGUITY}
    assert not clashes, "\n".join(f"{k!r}: {sorted(v)}" for k, v in sorted(clashes.items()))


def test_allowed_ambiguity_is_still_needed():
    stale = ALLOWED_AMBIGUITY - set(_ambiguous_keys())
    assert not stale, f"no longer ambiguous, drop from ALLOWED_AMBIGUITY: {sorted(stale)}"


def test_country_words_and_capitals_name_one_country():
    """Names, aliases and adjectives ("Korean" would be two countries'), and capitals, each belong to one country."""
    words, capitals = defaultdict(set), defaultdict(set)
    for path in PERMANENT:
        for c in _raw(path).get("countries", []):
            for word in (c["name"], *c.get("aliases", []), *c.get("adjectives", [])):
                words[name_key(word)].add(c["code"])
            if c.get("capital"):
                capitals[name_key(c["capital"])].add(c["code"])
    assert not {k: v for k, v in words.items() if len(v) > 1}
    assert not {k: v for k, v in capitals.items() if len(v) > 1}


def test_every_name_finds_its_own_entry():
    """Through the real loader, each name and alias looks up the entry that carries it."""
    reference = load_reference()
    temporary = {name_key(w) for _, _, name, aliases in _entries([p for p in FILES if not _permanent(p)]) for w in (name, *aliases)}
    wrong = []
    for file, etype, name, aliases in _entries(PERMANENT):
        for word in (name, *aliases):
            key = name_key(word)
            if key in ALLOWED_AMBIGUITY or key in temporary:
                continue
            found = reference.lookup(word)
            if found is None or (found.type, name_key(found.name)) != (etype, name_key(name)):
                wrong.append(f"{word!r} ({file}, {name}) -> {found and (found.type, found.name)}")
    assert not wrong, "\n".join(wrong)


def test_load_reference():
    reference = load_reference()
    assert reference.lookup("China").type == "country"
    assert reference.country("Chinese").code == "CN"
    assert reference.capital_of("Beijing").code == "CN"
    assert reference.lookup("Chinese government").type == "public_body"
    assert reference.lookup("Chinese government").country == "CN"


def test_cities_are_places_in_their_countries_and_never_shadow_a_country_or_an_entry():
    reference = load_reference()
    assert reference.city_country("Tampere") == "FI"
    assert reference.city_country("Limassol") == "CY"
    assert reference.city_country("Hong Kong") is None  # a jurisdiction of its own in the reference data
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in reference.cities.values()), "a city without an ISO country code"


def test_regions_are_places_where_no_city_or_country_has_the_name():
    reference = load_reference()
    assert reference.place_country("Mato Grosso") == "BR"
    assert reference.place_country("Luanda") == "AO"  # the city
    assert reference.city_country("Mato Grosso") is None  # a region is no city
    assert reference.place_country("Georgia") is None  # a country, not the US state
    assert reference.place_country("Punjab") is None  # in India and in Pakistan: no one country
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in reference.regions.values()), "a region without an ISO country code"
