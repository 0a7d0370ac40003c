"""Word forms: the base form of a verb that the lemmatizer got wrong ("fined" -> "fin")."""

from __future__ import annotations

from spacy.tokens import Token


def base_form(token: Token, known: set[str] | frozenset[str]) -> str:
    """The token's lemma if it is a known word, else the known word its inflection comes from.

    The rule-based lemmatizer of the small English model turns "fined" into "fin" and
    "summoned" into "summon" correctly but "probed" into "probe" only sometimes; a claim
    must not depend on that, so the suffixes are stripped here against the words we look for.
    """
    lemma = token.lemma_.lower()
    if lemma in known:
        return lemma
    word = token.lower_
    for candidate in _stems(word):
        if candidate in known:
            return candidate
    return lemma


def _stems(word: str) -> list[str]:
    out = [word]
    for suffix, replacement in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("d", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)] + replacement
            out.append(stem)
            if len(stem) > 2 and stem[-1] == stem[-2] and replacement == "":
                out.append(stem[:-1])  # "banned" -> "bann" -> "ban"
    return out
