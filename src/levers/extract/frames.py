"""A general reader for the phrasings the specific rules in relations.py do not know.

The specific rules read one construction each ("X, in which Y holds 67%"). Writers
have many more, and the small parser often hangs the right words on the wrong
head ("fined Hanseo Shipbuilding 3.2 billion won" makes the company a compound of
"won"). This reader works from a lexicon of claim words instead: for each verb or
noun that can state a claim, it finds the doer (the clause's subject, the
passive's "by", a possessor: "Ofcom's probe") and then the nearest entity of a
fitting type in the words the claim word governs (its objects and their
prepositional phrases, never another clause). It runs after the specific rules
and only speaks where they were silent about a pair of entities.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from levers.extract.certainty import _inside
from levers.extract.lexicon import ARGUMENT_TYPES, CRITICIZE_VERBS, LEAD_TITLES, MONEY_NOUNS, REGULATORY_VERBS, WORK_TITLES
from levers.extract.qualifiers import CURRENCY_WORDS, amount_near, parse_share
from levers.extract.relations import Found, SentenceReader, _child, _in_apposition, _is_passive, _particle, _phrase_of_title, _reason_for_an_act, _unresolved_unit
from levers.extract.words import base_form
from levers.model import Qualifiers

OBJECT_PREPS = frozenset({"of", "in", "into", "on", "at", "to", "for", "over", "against", "from"})
"""Prepositions that lead from a claim word to what it is about ("a probe into X", "lent to X")."""
BOUGHT_PREPS = frozenset({"of", "in", "for", "over", "up"})
"""What is bought: "a stake in X", "bought up X"; not "bought X from Y" (the seller) or "sold to Y"."""
PARTNER_PREPS = frozenset({"with"})
CLAUSE_BOUNDARIES = {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "xcomp", "mark", "punct", "cc", "nsubj", "nsubjpass", "agent", "appos", "npadvmod"}
"""Links the search for an object does not cross: another clause, or the doer's side."""


@dataclass(frozen=True)
class Cue:
    """What a claim word states: the claim type, and for a regulator's act the action's name."""

    claim: str
    action: str | None = None
    needs_money: bool = False
    """Only with money as its object: "poured $2bn into X", not "poured scorn on X"."""
    preps: frozenset[str] = OBJECT_PREPS


VERB_CUES: dict[str, Cue] = {
    **{verb: Cue("regulatory_action", action) for verb, action in REGULATORY_VERBS.items() if verb not in {"place", "add", "close", "shut", "review", "clear", "charge"}},
    **{verb: Cue("criticizes") for verb in CRITICIZE_VERBS | {"lash", "assail", "berate", "fault", "scold", "excoriate", "pillory", "upbraid"}},
    "hit": Cue("criticizes", preps=frozenset({"at"})),  # "hit out at X" (only with "out")
    "acquire": Cue("acquires", preps=BOUGHT_PREPS), "buy": Cue("acquires", preps=BOUGHT_PREPS),
    "purchase": Cue("acquires", preps=BOUGHT_PREPS), "snap": Cue("acquires", preps=BOUGHT_PREPS),
    "bid": Cue("acquires", preps=frozenset({"for"})),
    "invest": Cue("invests_in"), "bankroll": Cue("invests_in"), "finance": Cue("invests_in"), "fund": Cue("invests_in"),
    "pour": Cue("invests_in", needs_money=True), "pump": Cue("invests_in", needs_money=True),
    "inject": Cue("invests_in", needs_money=True), "plough": Cue("invests_in", needs_money=True),
    "plow": Cue("invests_in", needs_money=True), "sink": Cue("invests_in", needs_money=True),
    "put": Cue("invests_in", needs_money=True, preps=frozenset({"into", "in"})),
    "pay": Cue("acquires", needs_money=True, preps=frozenset({"for"})),
    "offer": Cue("acquires", needs_money=True, preps=frozenset({"for"})),  # "offered 142 kroner a share for X"
    "lend": Cue("lends_to"), "loan": Cue("lends_to"),
    "cooperate": Cue("cooperates_with", preps=PARTNER_PREPS), "collaborate": Cue("cooperates_with", preps=PARTNER_PREPS),
    "partner": Cue("cooperates_with", preps=PARTNER_PREPS), "ally": Cue("cooperates_with", preps=PARTNER_PREPS),
    "team": Cue("cooperates_with", preps=PARTNER_PREPS),
    "found": Cue("founded"), "co-found": Cue("founded"), "cofound": Cue("founded"), "establish": Cue("founded"),
    "own": Cue("owns", preps=frozenset({"of", "in"})), "control": Cue("controls", preps=frozenset({"of", "in", "over"})),
    "head": Cue("leads"), "chair": Cue("leads"), "helm": Cue("leads"), "steer": Cue("leads"),
}
NOUN_CUES: dict[str, Cue] = {
    "fine": Cue("regulatory_action", "fined"), "penalty": Cue("regulatory_action", "fined"),
    "probe": Cue("regulatory_action", "investigated"), "investigation": Cue("regulatory_action", "investigated"),
    "inquiry": Cue("regulatory_action", "investigated"), "raid": Cue("regulatory_action", "raided"),
    "review": Cue("regulatory_action", "investigated"), "audit": Cue("regulatory_action", "investigated"),
    "inspection": Cue("regulatory_action", "investigated"),
    "ban": Cue("regulatory_action", "banned"), "sanction": Cue("regulatory_action", "sanctioned"),
    "sanctions": Cue("regulatory_action", "sanctioned"), "suspension": Cue("regulatory_action", "suspended"),
    "approval": Cue("regulatory_action", "approved"), "clearance": Cue("regulatory_action", "approved"),
    "consent": Cue("regulatory_action", "approved"), "go-ahead": Cue("regulatory_action", "approved"),
    "notice": Cue("regulatory_action", "issued notice"), "warning": Cue("regulatory_action", "warned"),
    "acquisition": Cue("acquires", preps=BOUGHT_PREPS), "takeover": Cue("acquires", preps=BOUGHT_PREPS),
    "purchase": Cue("acquires", preps=BOUGHT_PREPS), "buyout": Cue("acquires", preps=BOUGHT_PREPS),
    "investment": Cue("invests_in"), "funding": Cue("invests_in"), "bailout": Cue("invests_in"), "injection": Cue("invests_in"),
    "loan": Cue("lends_to"), "credit": Cue("lends_to"), "lending": Cue("lends_to"),
    "criticism": Cue("criticizes"),
    "helm": Cue("leads"),
    "aim": Cue("criticizes", preps=frozenset({"at"})),
    "agreement": Cue("cooperates_with", preps=PARTNER_PREPS), "pact": Cue("cooperates_with", preps=PARTNER_PREPS),
    "venture": Cue("cooperates_with", preps=PARTNER_PREPS), "partnership": Cue("cooperates_with", preps=PARTNER_PREPS),
    "alliance": Cue("cooperates_with", preps=PARTNER_PREPS), "cooperation": Cue("cooperates_with", preps=PARTNER_PREPS),
}
COMPOUND_HEADS = {"line", "facility", "round", "package", "deal", "programme", "program"}
"""Nouns that take their claim from the noun before them: "credit line", "funding round"."""
SIGNING_VERBS = {"sign", "agree", "conclude", "secure", "arrange", "negotiate", "take", "obtain"}
"""Verbs a borrower takes a loan "with" its lender by: "signed a loan with X"."""
FINANCED_THINGS = {"construction", "project", "purchase", "acquisition", "expansion", "plant", "deal", "bid", "refit", "development"}
"""What a firm has financed, standing for the firm as borrower: "construction was financed by a loan from X"."""
STAKE_NOUNS = {"stake", "holding", "shareholding", "control"}
"""Nouns whose claim depends on the verb: "has a stake in X" owns, "bought a stake in X" acquires."""
TAKING_VERBS = {"take", "buy", "acquire", "purchase", "raise", "increase", "build", "gain", "win", "seize", "assume", "snap"}
HAVING_VERBS = {"have", "hold", "own", "keep", "retain", "maintain", "exercise", "exert", "wield", "be"}
APPOINTING_VERBS = {"appoint", "name", "elect", "promote", "nominate", "install", "tap", "pick", "choose", "select", "hire"}
LIGHT_LINKS = {"dobj", "pobj", "prep", "agent", "attr", "compound", "amod", "nmod", "conj"}
"""Links from a claim noun up to the verb whose subject does it ("launched a probe", "at the helm of")."""
FRAME_VERBS = frozenset(VERB_CUES) | TAKING_VERBS | HAVING_VERBS | APPOINTING_VERBS
"""Every verb the reader looks for, to undo the lemmatizer's slips ("fined" -> "fin")."""
CONFIDENCE = 0.45
OWNERSHIP_CLAIMS = {"acquires", "owns", "controls", "invests_in", "lends_to"}
HOLDING_WORDS = {
    "stake", "holding", "shareholding", "interest", "share", "shares", "equity", "capital", "control", "part",
    "majority", "minority", "half", "third", "quarter", "%", "percent", "business", "unit", "division", "arm",
    "subsidiary", "operations", "assets", "money", "cash", "funding", "investment", "loan", "credit", "line",
    "fifth", "tenth", "sixth", "eighth", "thirds", "quarters", "fifths", "all", "most", "rest", "remainder", "bulk",
}
"""Nouns an ownership or money claim reads through to the company ("a 30% stake in X", "$2bn into X")."""


class FrameReader:
    """Claims from claim words and the entities around them, for one sentence at a time."""

    def __init__(self, reader: SentenceReader):
        self.reader = reader

    def read(self, sent: Span, already: list[Found]) -> Iterator[Found]:
        """Claims the specific rules did not find between pairs they left alone."""
        said = {frozenset((f.subject, f.object)) for f in already}
        used = {f.trigger.i for f in already}
        for token in sent:
            if token.i in used:
                continue
            for found in self._at(token):
                pair = frozenset((found.subject, found.object))
                if pair not in said and self._fits(found):
                    said.add(pair)
                    yield found

    def _at(self, token: Token) -> Iterator[Found]:
        if token.pos_ in {"VERB", "AUX"}:
            lemma = base_form(token, FRAME_VERBS)
            if lemma in APPOINTING_VERBS:
                yield from self._appointment(token)
            elif lemma in VERB_CUES:
                yield from self._verb(token, lemma, VERB_CUES[lemma])
        elif token.pos_ == "NOUN":
            lemma = token.lemma_.lower()
            if lemma in STAKE_NOUNS or lemma in {"%", "percent"}:
                yield from self._stake(token)
            elif lemma in NOUN_CUES:
                yield from self._noun(token, NOUN_CUES[lemma])
            elif lemma in COMPOUND_HEADS:
                kind = next((c.lemma_.lower() for c in token.children if c.dep_ == "compound" and c.lemma_.lower() in NOUN_CUES), None)
                if kind is None and lemma == "facility" and (any(t.lower_ in {"working", "revolving", "term", "overdraft", "bridge", "murabaha"} for t in token.subtree if t.i < token.i) or any(c.dep_ == "acl" and c.lemma_.lower() in {"extend", "grant", "provide", "arrange"} for c in token.children)):
                    kind = "loan"  # "a working-capital facility from X", "a revolving facility", "a facility extended to X by Y": bank lending
                if kind:  # "a credit line to X", "a funding round in X"
                    yield from self._noun(token, NOUN_CUES[kind])

    def _fits(self, found: Found) -> bool:
        on_a_country = found.type == "regulatory_action" and self.reader.type_of(found.object) == "country"  # "designated five individuals in Belarus": not Belarus
        return found.subject != found.object and self.reader.fits(found) and not on_a_country

    # -- verbs -------------------------------------------------------------

    def _verb(self, verb: Token, lemma: str, cue: Cue) -> Iterator[Found]:
        if lemma in {"lash", "hit"} and _particle(verb) != "out" or lemma == "snap" and _particle(verb) != "up":
            return
        if cue.needs_money and not any(_is_money(t) for child in verb.children if child.dep_ == "dobj" for t in child.subtree):
            return
        if cue.claim == "criticizes" and _reason_for_an_act(verb):
            return  # "imposed sanctions on X, accusing it of ...": the act, not a second claim
        passive = _is_passive(verb)
        doers = self._doers(verb, passive)
        if not doers:
            return
        roots = self._object_roots(verb, passive, cue)
        for doer in doers:
            target = self._nearest(roots, doer, cue)
            if target is None and cue.claim == "acquires" and not passive and any(c.dep_ in {"dobj", "npadvmod"} and _bare_share(c) for c in verb.children):
                target = self._holding_told(verb, doer)  # "Tylos bought 30% in 2021": of the firm the story is about
            if target:
                found = self._found(cue, doer, target, verb)
                if lemma == "bid":
                    found.qualifiers.status = "offered"
                yield found

    def _doers(self, verb: Token, passive: bool) -> list[str]:
        reader = self.reader
        token = reader._agent(verb) if passive else reader._subject(verb)
        if token is None:
            return []
        if not reader.entity(token) and token.head.i == verb.i:  # "The state fund Temasek has": two subjects, one named
            token = next((c for c in verb.children if c.dep_ == token.dep_ and reader.entity(c) and c.nbor().text != ","), token)  # not "Paulo, your mother founded it"
        doers = [reader.entity(t) for t in (token, *token.conjuncts) if not reader._in_dateline(t)]  # "FREDERIKSHAVN, Denmark, Nov 20 — X agreed": not Denmark
        return [d for d in dict.fromkeys(doers) if d]

    def _object_roots(self, verb: Token, passive: bool, cue: Cue) -> list[Token]:
        """Where the verb's object may be: its objects, and the phrases its prepositions open."""
        roots = []
        for child in verb.children:
            if child.dep_ in {"dobj", "dative", "oprd", "attr"} or passive and child.dep_ == "nsubjpass":
                roots.append(child)
            elif child.dep_ in {"advmod", "npadvmod"} and self.reader.entities.at(child):
                roots.append(child)  # "snapped up Tandemly": a name the parser took for an adverb
            elif child.dep_ in {"prep", "prt"} and child.lower_ in cue.preps:
                roots.append(child)
        return roots

    # -- nouns -------------------------------------------------------------

    def _noun(self, noun: Token, cue: Cue) -> Iterator[Found]:
        verb = _light_verb(noun)
        source = self.reader.entity(_child(next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}), None), "pobj"))
        if source is None and cue.claim == "lends_to" and verb is not None and base_form(verb, FRAME_VERBS) in SIGNING_VERBS:
            signed_with = next((c for h in (noun, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"), None)
            source = self.reader.entity(_child(signed_with, "pobj"))  # "signed a term loan with Nizwa Crescent Bank": the bank lends
        granted = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)  # "a facility extended to X by Y"
        if source is None and cue.claim == "lends_to" and granted is not None:
            source = self.reader.entity(self.reader._agent(granted))
        comes = noun.head if noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "come" else None
        if source is None and cue.claim == "lends_to" and comes is not None:
            source = self.reader.entity(_child(next((c for c in comes.children if c.dep_ == "prep" and c.lower_ == "from"), None), "pobj"))  # "its credit line comes from Y"
            verb = verb or comes
        if cue.claim in {"lends_to", "invests_in"} and source and (verb is not None or granted is not None):
            receiver = self.reader.entity(_child(next((c for c in granted.children if c.dep_ == "prep" and c.lower_ == "to"), None), "pobj")) if granted is not None else None
            receiver = receiver or (self.reader.entity(self.reader._possessor(noun)) if self.reader._possessor(noun) is not None else None)  # "its credit line"
            if receiver is None and verb is not None and base_form(verb, FRAME_VERBS) != "come":
                receiver = self.reader.entity(self.reader._subject(verb))  # "X financed it with a credit line from Y": Y lends to X
            financed = _child(verb, "nsubjpass") if verb is not None and _is_passive(verb) else None
            if receiver is None and financed is not None and financed.lemma_.lower() in FINANCED_THINGS:
                owner = self.reader._possessor(financed)  # "Its expansion is financed by a loan from Y": the owner's
                receiver = (self.reader.entity(owner) if owner is not None else None) or self.reader.entities.story_company(verb, exclude=source)  # "Construction was financed by a loan from Y": the story's firm borrows
            if receiver and receiver != source:
                yield self._found(cue, source, receiver, noun)
            return
        doers = self._noun_doers(noun, verb)
        roots = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in cue.preps]
        if verb is not None:
            roots += [c for c in verb.children if c.dep_ in {"prep", "dative"} and (c.dep_ == "dative" or c.lower_ in cue.preps) and not _inside(noun, c)]
        for doer in doers:
            target = self._nearest(roots, doer, cue) or self._possessed_target(noun, doer)
            if target is None and cue.action == "approved" and verb is not None:
                target = self.reader.memory.get("deal")  # "gave its consent last month": to the deal the story is about
            if target:
                found = self._found(cue, doer, target, noun)
                if verb is not None and cue.claim == "acquires":
                    found.qualifiers.status = self.reader._status(verb)
                yield found

    def _noun_doers(self, noun: Token, verb: Token | None) -> list[str]:
        """Who does what a noun names: "Ofcom's probe", "a probe by Ofcom", "Ofcom launched a probe"."""
        reader = self.reader
        possessor = reader._possessor(noun)
        if possessor is not None and reader.entity(possessor):
            return [reader.entity(possessor)]
        if possessor is not None and possessor.pos_ in {"NOUN", "PROPN"}:
            return []  # "vetoed a Chinese group's bid": the bid is the group's, whoever vetoed it
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if by is not None and reader.entity(_child(by, "pobj")):
            return [reader.entity(_child(by, "pobj"))]
        if verb is None:
            return []
        passive = _is_passive(verb)
        if passive and noun.dep_ != "nsubjpass":
            return []  # "X was hit with a fine": the one fined is the subject; who fined is not said here
        return self._doers(verb, passive)

    def _possessed_target(self, noun: Token, doer: str) -> str | None:
        """ "a fine on X's unit": what the noun's possessor names, when it is not the doer."""
        possessor = self.reader._possessor(noun)
        found = self.reader.entity(possessor) if possessor is not None else None
        return found if found and found != doer else None

    def _stake(self, noun: Token) -> Iterator[Found]:
        """ "has a 34% stake in X" owns; "took control of X", "bought a stake in X" acquire."""
        verb = _light_verb(noun)
        if verb is None:
            return
        lemma = base_form(verb, FRAME_VERBS)
        paid_for = lemma in {"pay", "offer", "bid"} and noun.head.lower_ == "for"  # "paid 60 million kroner for 25% of X"
        if noun.lemma_ in {"%", "percent"} and not paid_for:
            return  # a bare share is a stake only where it is paid for; "holds 25% of X" is the specific rules'
        if lemma in TAKING_VERBS or paid_for:
            cue = Cue("acquires")
        elif lemma in HAVING_VERBS:
            cue = Cue("controls" if noun.lemma_.lower() == "control" else "owns")
        else:
            return
        roots = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"in", "of", "over"}]
        grows = lemma in {"raise", "increase", "lift", "build"} and _child(noun, "poss") is not None and _child(noun, "poss").pos_ != "PRON"
        holder = self.reader.entity(_child(noun, "poss")) if grows else None  # one grows one's own stake; "took over X's stake" is X's no longer
        for doer in [holder] if holder else self._doers(verb, passive=False):  # "parliament voted to lift the state's share": the state's
            target = self._nearest(roots, doer, cue)
            if target is None and not roots and cue.claim == "acquires":
                target = self._holding_told(verb, doer)  # "may raise its stake to 60%", "paid $2 million for its stake": in the firm told
            if target:
                found = self._found(cue, doer, target, verb if lemma != "be" else noun)
                found.qualifiers.share = parse_share(" ".join(t.text for t in noun.subtree))
                if cue.claim == "acquires":
                    found.qualifiers.status = self.reader._status(verb) or "completed"
                yield found
                if lemma in {"raise", "increase", "lift"} and _child(noun, "poss") is not None:
                    yield self.reader.held_before_a_raise(verb, doer, target)

    def _holding_told(self, verb: Token, doer: str) -> str | None:
        """The firm a share without "of X" is of: the holding just told, else the story's company."""
        reader = self.reader
        return reader._just_owned(verb, exclude=doer, before=True) or reader.entities.story_company(verb, exclude=doer)

    # -- appointments ------------------------------------------------------

    def _appointment(self, verb: Token) -> Iterator[Found]:
        """ "Palatine named Maria Okafor chief executive", whatever the parser made of the title."""
        reader = self.reader
        passive = _is_passive(verb)
        title = next((t for t in verb.subtree if t.i > verb.i and t.lemma_.lower() in LEAD_TITLES | WORK_TITLES and t.pos_ in {"NOUN", "PROPN"} and not reader.entities.at(t) and not _in_apposition(t, verb)), None)
        if title is None or _unresolved_unit(title, reader.entity):
            return
        person_roots = [c for c in verb.children if c.dep_ in ({"nsubjpass"} if passive else {"dobj", "oprd", "dative"})]
        person = self._nearest(person_roots, None, Cue("leads"), want={"person"})
        org = reader._org_in(title, allow_compound=True)
        if org is None and not passive:
            appointer = reader._subject(verb)
            org = reader.entity(appointer) or reader._owner(appointer)
        if person and org:
            claim = "leads" if title.lemma_.lower() in LEAD_TITLES else "employed_by"
            found = self._found(Cue(claim), person, org, verb)
            found.qualifiers.role = _phrase_of_title(title)
            yield found

    # -- common ------------------------------------------------------------

    def _nearest(self, roots: list[Token], doer: str | None, cue: Cue, want: set[str] | None = None) -> str | None:
        """The first entity of a fitting type, breadth first from `roots`, within their clause."""
        wanted = want or ARGUMENT_TYPES[cue.claim][1]
        queue = deque(roots)
        seen = set()
        while queue:
            token = queue.popleft()
            if token.i in seen:
                continue
            seen.add(token.i)
            described = token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children)  # "imposed on the group"
            found = self.reader.entities.at(token) or (self.reader.entity(token) if token.pos_ == "PRON" or described else None)
            nationality = token.dep_ in {"amod", "compound", "npadvmod", "nmod"} and token.head.pos_ == "NOUN" and self.reader.type_of(found) in {"country", "place"}
            if found and found != doer and self.reader.type_of(found) in wanted and not nationality:
                return found  # "sanctions Russian oil trader Nordvolga": the trader, not Russia
            holding = token.lemma_.lower() in HOLDING_WORDS
            price = _is_money(token) or token.lemma_.lower() == "share" and token.dep_ == "npadvmod"  # "offered 142 euros a share for X"
            if cue.claim in OWNERSHIP_CLAIMS and not found and token.pos_ == "NOUN" and not holding and not price:
                continue  # "bought 14 cargoes of the company's crude": goods, not the company
            for child in token.children:
                if child.dep_ in CLAUSE_BOUNDARIES and not (child.dep_ == "npadvmod" and child.lemma_.lower() == "share"):
                    continue  # but "142 euros a share for X": a price, and what it is for
                if child.dep_ == "prep" and child.lower_ not in cue.preps | {"of"} and not (child.lower_ == "by" and token not in roots and cue.claim == "regulatory_action"):
                    continue  # but "an investigation into coal sales by X": X's sales
                if holding and child.dep_ == "poss" and cue.claim in OWNERSHIP_CLAIMS:
                    continue  # "buying part of the family's stake": the family sells; the stake is in the company
                queue.append(child)
        return None

    def _found(self, cue: Cue, subject: str, obj: str, trigger: Token) -> Found:
        reader = self.reader
        q = Qualifiers(status=reader._status(trigger if trigger.pos_ != "NOUN" else trigger.head), action=cue.action)
        if cue.claim in {"regulatory_action", "invests_in", "lends_to", "acquires"} and (cue.action in {None, "fined"}):
            q.amount = amount_near(list(trigger.subtree) if trigger.pos_ != "NOUN" else list(trigger.head.subtree))
        return reader._found(cue.claim, subject, obj, trigger, q, confidence=CONFIDENCE)


def _light_verb(noun: Token) -> Token | None:
    """The verb a claim noun hangs from: "launched a probe into", "took the helm at", "is at the helm of"."""
    # "upheld a fine that the council imposed on X": the relative clause's verb, whose object the noun is
    relative = next((c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB" and not any(g.dep_ == "dobj" and g.lower_ not in {"that", "which"} for g in c.children) and any(g.dep_ == "nsubj" and g.lower_ not in {"that", "which"} for g in c.children)), None)
    if relative is not None:
        return relative
    node = noun
    for _ in range(4):
        if node.dep_ not in LIGHT_LINKS or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def _is_money(token: Token) -> bool:
    """A sum or a money word, but not a word in a name ("Norvik Capital"), unlike relations._is_money."""
    return token.ent_type_ == "MONEY" or token.is_currency or token.lower_ in CURRENCY_WORDS or token.lemma_.lower() in MONEY_NOUNS and not token.ent_type_


def _bare_share(token: Token | None) -> bool:
    """ "30%", "a 20 percent stake" with no "of X" or "in X": a share of a firm named elsewhere."""
    if token is None or token.lemma_.lower() not in {"%", "percent", "stake", "share", "shares"}:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in {"of", "in"} for c in token.children)
