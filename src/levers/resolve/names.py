"""Names as cross-document resolution sees them: tokens, cores, blocking keys, comparisons.

A name is turned into lowercase ASCII tokens ("马云" -> "ma yun", "Søren" -> "soren").
A company's *core* drops the generic words around it ("Alibaba Group Holding Ltd."
-> "alibaba"); a person's name keeps every token and is *surname-only* when it has
one ("Ma", "Mr. Ma"). Comparisons say how alike two names are and whether the
likeness is *weak*: a surname alone, an initial, or a one-word company name that is
also an everyday word ("Apple", "Shell", "Ant") says little by itself, so a weak
match needs support from context before two documents' entities are merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rigour.names import remove_org_types, remove_person_prefixes
from rigour.text import ascii_text, metaphone

from ..reference import Reference, ReferenceEntry, name_key

ORG_TYPES = frozenset({"company", "organization", "public_body"})
"""Entity types that NER and readers confuse with each other; a match across them costs a little."""

GENERIC_COMPANY_WORDS = frozenset(
    """
    group groups holding holdings ltd limited inc incorporated co company companies corp
    corporation plc llc lp llp ag sa se nv bv gmbh kg spa sas sarl oy ab asa as pjsc jsc ojsc
    oao pao zao sab kk bhd tbk pte pty the and of international intl global worldwide
    """.split()
)
"""Words that do not tell one company from another: legal forms and "Group"/"Holding"."""

HONORIFICS = frozenset(
    "mr mrs ms miss dr prof sir madam mister president chairman ceo general minister premier".split()
)

COMMON_WORD_NAMES = frozenset(
    """
    apple shell ant amazon oracle visa target gap total orange sky mango uber square block
    meta alphabet twitter x snap ford general first national standard united pioneer
    delta frontier spirit southwest continental allied eagle falcon phoenix atlas titan
    summit vision fusion nova sun star moon bridge rock stone river lake forest ocean
    crown royal empire liberty victory harmony unity union alliance capital fortune
    diamond gold silver iron steel coal oil gas power energy light fire water air
    tiger lion fox bear wolf swan dove jaguar puma mustang bee ant spider
    corona coral amber ruby pearl jade ivy rose lotus lily tulip oak pine cedar
    wing arrow anchor beacon compass harbor harbour port gate tower castle
    express direct smart prime core next zoom slack square stripe notion signal
    chase citizens discover progressive travelers hartford guardian
    """.split()
)
"""One-word company names that are also everyday English words: alone they prove nothing."""

MATCH_THRESHOLD = 0.88
"""The least name likeness (0..1) at which two names may name the same entity."""

_WORDS = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class NameMatch:
    """How alike two names are (0..1), why, and whether the likeness needs context to count."""

    score: float
    weak: bool
    reason: str


def tokens(name: str) -> tuple[str, ...]:
    """Lowercase ASCII word tokens of a name; a possessive and a leading "the" dropped."""
    return _tokens(name)


@lru_cache(maxsize=16384)
def _tokens(name: str) -> tuple[str, ...]:
    text = re.sub(r"['’]s\b", "", name)
    text = ascii_text(text).lower().replace("'", "").replace(".", "")
    words = _WORDS.findall(text)
    if words[:1] == ["the"] and len(words) > 1:
        words = words[1:]
    return tuple(words)


def person_tokens(name: str) -> tuple[str, ...]:
    """A person's name tokens without titles ("Mr. Ma" -> ("ma",))."""
    words = tokens(remove_person_prefixes(name))
    return tuple(w for w in words if w not in HONORIFICS) or words


def company_core(name: str) -> tuple[str, ...]:
    """The tokens that tell a company apart: legal forms and generic words dropped."""
    return _company_core(name)


@lru_cache(maxsize=16384)
def _company_core(name: str) -> tuple[str, ...]:
    stripped = remove_org_types(name) or name
    words = tokens(stripped)
    core = tuple(w for w in words if w not in GENERIC_COMPANY_WORDS)
    return core or tokens(name)


def name_tokens(name: str, entity_type: str) -> tuple[str, ...]:
    """The tokens compared for an entity of this type."""
    if entity_type == "person":
        return person_tokens(name)
    if entity_type in ORG_TYPES or entity_type == "product":
        return company_core(name)
    return tokens(name)


def is_surname_only(name: str) -> bool:
    return len(person_tokens(name)) == 1


def is_weak_name(name: str, entity_type: str) -> bool:
    """A name that cannot identify an entity on its own: a lone surname or everyday word."""
    words = name_tokens(name, entity_type)
    if entity_type == "person":
        return len(words) <= 1 or all(len(w) == 1 for w in words[:-1])
    bare = tokens(name) == words  # "Apple" is weak, "Apple Inc." is not
    return bare and len(words) == 1 and (words[0] in COMMON_WORD_NAMES or len(words[0]) <= 2)


def phonetic(token: str) -> str:
    return metaphone(token) if len(token) >= 4 else token


def blocking_keys(name: str, entity_type: str) -> set[str]:
    """Keys under which a name is filed, so that likely matches meet: tokens and their sounds.

    "Alibaba Group Holding" -> {"t:alibaba", "p:ALBB"}: any name sharing a core token
    or the sound of one ("Alibaba", "Alibaba Group") is a candidate, nothing else is.
    """
    words = name_tokens(name, entity_type)
    keys = {f"t:{w}" for w in words if len(w) > 1 or len(words) == 1}
    keys |= {f"p:{phonetic(w)}" for w in words if len(w) >= 4}
    if len(words) > 1:
        keys.add("s:" + " ".join(sorted(words)))
    return keys


def reference_key(entry: ReferenceEntry) -> str:
    """The key two entities share when reference data names both as one entry."""
    return f"r:{entry.ref}" if entry.ref else f"r:name:{name_key(entry.name)}"


def reference_keys(
    names: list[str], entity_type: str, ref: str | None, reference: Reference | None
) -> set[str]:
    """Reference identities of an entity: its own `ref`, and entries its names are known under.

    A weak name is never looked up: "Ma" is not Jack Ma, nor "Shell" Shell plc, because
    some list says so; context decides those.
    """
    keys = {f"r:{ref}"} if ref else set()
    if reference is None:
        return keys
    for name in names:
        if is_weak_name(name, entity_type):
            continue
        entry = reference.lookup(name)
        if entry is not None and types_compatible(entity_type, entry.type):
            keys.add(reference_key(entry))
    return keys


def types_compatible(a: str, b: str) -> bool:
    return a == b or (a in ORG_TYPES and b in ORG_TYPES) or {a, b} == {"company", "product"}


def type_penalty(a: str, b: str) -> float:
    """What a match across types costs: nothing for equal types, a little for org-like ones."""
    if a == b:
        return 0.0
    return 0.04 if types_compatible(a, b) else 1.0


def compare_names(a: str, b: str, entity_type: str) -> NameMatch:
    """How alike two names of entities of (roughly) one type are."""
    if entity_type == "person":
        return compare_person_names(a, b)
    return compare_org_names(a, b, entity_type)


def compare_person_names(a: str, b: str) -> NameMatch:
    """Full names must agree token by token (in any order, a one-letter slip allowed);
    a lone surname or an initial only agrees weakly."""
    ta, tb = person_tokens(a), person_tokens(b)
    if not ta or not tb:
        return NameMatch(0.0, True, "no name")
    if len(ta) == 1 or len(tb) == 1:
        surname = ta[0] if len(ta) == 1 else tb[0]
        full = tb if len(ta) == 1 else ta
        if surname in (full[0], full[-1]):
            return NameMatch(0.9, True, f"surname {surname!r} only")
        return NameMatch(0.0, True, "surnames differ")
    if sorted(ta) == sorted(tb):
        return NameMatch(1.0, False, "same name")
    if _initials_agree(ta, tb):
        return NameMatch(0.9, True, "initials agree")
    if len(ta) != len(tb) or not set(ta) & set(tb):
        return NameMatch(0.0, False, "different names")
    score = fuzz.token_sort_ratio(" ".join(ta), " ".join(tb)) / 100
    return NameMatch(score, False, f"names alike ({score:.2f})")


def _initials_agree(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """ "J Ma" and "Jack Ma": same surname, and each given name matches an initial."""
    if len(ta) != len(tb) or ta[-1] != tb[-1]:
        return False
    pairs = list(zip(ta[:-1], tb[:-1]))
    has_initial = any(len(x) == 1 or len(y) == 1 for x, y in pairs)
    return has_initial and all(x[0] == y[0] and (len(x) == 1 or len(y) == 1 or x == y) for x, y in pairs)


def compare_org_names(a: str, b: str, entity_type: str) -> NameMatch:
    """Cores must be equal, or alike letter by letter (a typo); "Alibaba" and "Alibaba Cloud" differ."""
    ca, cb = name_tokens(a, entity_type), name_tokens(b, entity_type)
    if not ca or not cb:
        return NameMatch(0.0, True, "no name")
    weak = is_weak_name(a, entity_type) or is_weak_name(b, entity_type)
    core_a, core_b = " ".join(ca), " ".join(cb)
    if core_a == core_b:
        return NameMatch(1.0, weak, f"same core {core_a!r}")
    if _is_acronym_of(a, cb) or _is_acronym_of(b, ca):
        return NameMatch(0.9, True, "acronym")
    if len(ca) != len(cb) or min(len(core_a), len(core_b)) < 5:
        return NameMatch(0.0, weak, "different cores")
    score = fuzz.ratio(core_a, core_b) / 100
    if score >= 0.8 and [phonetic(w) for w in ca] == [phonetic(w) for w in cb]:
        return NameMatch(max(score, 0.9), weak, f"cores sound alike ({score:.2f})")
    return NameMatch(score, weak, f"cores alike ({score:.2f})")


def _is_acronym_of(short: str, words: tuple[str, ...]) -> bool:
    letters = short.replace(".", "").strip()
    return (
        2 <= len(letters) <= 6
        and letters.isupper()
        and len(words) == len(letters)
        and "".join(w[0] for w in words) == letters.lower()
    )
