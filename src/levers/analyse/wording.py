"""Claims and certainties in plain English, shared by `explain` and `timeline`."""

from __future__ import annotations

from ..model import Qualifiers

COMMON_HEADS = {
    "party", "administration", "government", "ministry", "commission", "fund", "council", "committee",
    "agency", "authority", "service", "court", "army", "union", "league", "association", "federation",
    "bureau", "office", "department", "assembly", "congress", "parliament", "regulator", "state",
    "corporation", "exchange", "bank", "foundation", "institute", "directorate", "inspectorate",
}
"""A body named by such a noun reads with "the": "the National Radio and Television Administration"."""

EVENT_TYPES = {"founded", "regulatory_action", "invests_in", "lends_to", "acquires", "cooperates_with", "criticizes"}


def named(name: str, kind: str | None = None) -> str:
    """A node's name as it reads inside a sentence ("the Chinese Communist Party", "TikTok")."""
    words = name.split()
    body = kind in ("organization", "public_body") and len(words) > 1 and words[0].casefold() != "the"
    if body and words[-1].casefold().strip(".,") in COMMON_HEADS:
        return f"the {name}"
    return name


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def readable_date(iso: str) -> str:
    """ "2021-03" -> "March 2021", "2021-03-20" -> "20 March 2021"; anything else as it is."""
    parts = iso.split("-")
    if len(parts) >= 2 and all(p.isdigit() for p in parts[:3]) and 1 <= int(parts[1]) <= 12:
        month = f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
        return f"{int(parts[2])} {month}" if len(parts) == 3 else month
    return iso


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def claim_sentence(kind: str, subject: str, obj: str, q: Qualifiers | None = None, negated: bool = False) -> str:
    """"Zhang Yiming leads TikTok (as grand poobah)", or its denial when `negated`."""
    q = q or Qualifiers()
    share = _share(q)
    when = "" if not q.date else f" in {readable_date(q.date)}" if kind in EVENT_TYPES else f" ({readable_date(q.date)})"
    former = q.status == "former"
    if kind == "owns":
        text = f"{subject} {'does not own' if negated else 'owns'} {share + ' of ' if share else ''}{obj}"
    elif kind == "controls":
        text = f"{subject} {'does not control' if negated else 'controls'} {obj}"
    elif kind == "part_of":
        text = f"{subject} {'is not' if negated else 'is'} part of {obj}"
    elif kind == "leads":
        verb = "did not lead" if negated else "formerly led" if former else "leads"
        text = f"{subject} {verb} {obj}{_role(q)}"
    elif kind == "founded":
        text = f"{subject} {'did not found' if negated else 'founded'} {obj}{when}"
        when = ""
    elif kind == "member_of":
        if (q.role or "").casefold() == "director":
            verb = "does not sit" if negated else "formerly sat" if former else "sits"
            text = f"{subject} {verb} on the board of {obj}"
        else:
            verb = "is not" if negated else "was" if former else "is"
            text = f"{subject} {verb} a member of {obj}{_role(q)}"
    elif kind == "employed_by":
        verb = "does not work" if negated else "formerly worked" if former else "works"
        text = f"{subject} {verb} for {obj}{_role(q)}"
    elif kind == "operates":
        text = f"{subject} {'does not run' if negated else 'runs'} {obj}"
    elif kind == "based_in":
        text = f"{subject} {'is not' if negated else 'is'} based in {obj}"
    elif kind == "regulatory_action":
        action = q.action or "took regulatory action against"
        text = f"{subject} {'did not ' + action if negated else action} {obj}"
    elif kind == "invests_in":
        amount = f" {q.amount.text}" if q.amount else ""
        verb = "did not invest" if negated else "plans to invest" if q.status == "planned" else "invested"
        text = f"{subject} {verb}{amount} in {obj}"
    elif kind == "lends_to":
        amount = f" {q.amount.text}" if q.amount else ""
        verb = "did not lend" if negated else "plans to lend" if q.status == "planned" else "lent"
        text = f"{subject} {verb}{amount} to {obj}"
    elif kind == "acquires":
        stake = f"{share} of " if share else ""
        amount = f" for {q.amount.text}" if q.amount else ""
        if negated:
            text = f"{subject} is not acquiring {stake}{obj}"
        elif q.status == "offered":
            text = f"an offer was made for {subject} to take {stake or 'parts of '}{obj}"
        elif q.status == "planned":
            text = f"{subject} plans to acquire {stake}{obj}{amount}"
        elif q.status == "blocked":
            text = f"{subject} was blocked from acquiring {stake}{obj}"
        elif q.status == "completed":
            text = f"{subject} acquired {stake}{obj}{amount}"
        else:
            text = f"{subject} is acquiring {stake}{obj}{amount}"
    elif kind == "cooperates_with":
        verb = "did not pledge" if negated else "pledged"
        text = f"{subject} {verb} to cooperate with {obj}"
    elif kind == "criticizes":
        text = f"{subject} {'did not criticize' if negated else 'criticized'} {obj}"
    else:
        text = f"{subject} {'not ' if negated else ''}{kind.replace('_', ' ')} {obj}"
    return text + when


def certainty_label(certainty: str, source: str | None, cue: str | None) -> str:
    """Who says so, and how firmly: the line between assertion, report and speculation."""
    cue_text = f" (“{cue}”)" if cue else ""
    if certainty == "asserted":
        return f"asserted by {source}" if source else "asserted by the author"
    if certainty == "reported":
        return f"reported: according to {source}" if source else f"reported{cue_text}"
    if certainty == "hedged":
        return f"hedged{cue_text}" + (f", according to {source}" if source else "")
    if certainty == "speculative":
        return f"speculation{cue_text} by {source or 'the author'}"
    if certainty == "negated":
        return f"denied by {source}{cue_text}" if source else f"denied{cue_text}"
    return certainty


def _share(q: Qualifiers) -> str:
    if q.share is None:
        return ""
    if q.share.value is not None:
        return f"{q.share.value:g}%"
    return q.share.text


def _role(q: Qualifiers) -> str:
    return f" (as {q.role})" if q.role else ""
