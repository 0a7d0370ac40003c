"""Claims between entities, read from the dependency parse of each sentence.

Two kinds of evidence:
- a clause states the claim with a verb or a predicate noun ("Y shut down X",
  "X is a member of Y", "X plans to invest in Y"): its certainty is judged from
  the cues around that clause;
- a noun phrase takes it for granted ("TikTok boss Zhang", "Ant's parent
  Alibaba", "his company, Ant Group"): the writer's own description, asserted,
  since hedges, guesses and attributions bear on the clause, not on the names
  (a quoted paragraph is the exception: the pipeline attributes all of it).
"""

from __future__ import annotations

import re

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from levers.extract import certainty
from levers.extract.lexicon import (
    ACTORS, CHAMBER_WORDS, ORGANISATIONS, PLACES, ARGUMENT_TYPES, STAFF_NOUNS, RELATIVE_PRONOUNS, POSSESSIVE_MARKS, GIVEN_TYPES,
    STATE, LEAD_TITLES, COMPANY_HEAD_TITLES, COMPANY_FUNCTIONS, SUBORDINATE_MARKS, FOUNDER_TITLES,
    WORK_TITLES, MEMBER_TITLES, UNIT_NOUNS, STATE_ORGAN_NOUNS, COMPANY_WORDS, PRODUCT_WORDS,
    DESCRIBING_NOUNS, MAKER_NOUNS, MONEY_NOUNS, PART_WORDS, DECISION_NOUNS, PERMITS, PERMIT_GIVING, PERMIT_TAKING, POST_NOUNS, APPOINTMENT_NOUNS, ALLIANCE_NOUNS,
    HYPHEN_LINKS, STATE_TITLES, SHARE_NOUNS, SEAT_NOUNS, OFFICE_NOUNS, COPULAS, GUIDANCE_NOUNS, DEAL_NOUNS,
    ACQUISITION_NOUNS, RECEIVE_VERBS, OWNER_NOUNS, PARTY_ROLES, ORGANISATION_NOUNS, SIZE_WORDS,
    REGULATORY_VERBS, ACTION_NOUNS, CRITICIZE_VERBS, SCORN_WORDS, LEAVE_VERBS, ACQUIRE_VERBS, HAND_OVER_VERBS, PLAN_VERBS,
    OBJECT_CONTROL_VERBS, BASED_VERBS, KNOWN_VERBS, BLOCK_VERBS,
)
from levers.extract.mentions import LOCAL_GOVERNMENT_HEADS
from levers.extract.qualifiers import CURRENCY_WORDS, amount_near, date_near, parse_share
from levers.extract.words import base_form
from levers.model import Qualifiers, Share
from levers.reference import Country, Reference
from levers.resolve.within import RELATIONAL_NOUNS, SPEAKERS_GROUP_PRONOUNS, DocumentEntities


@dataclass
class Found:
    """A claim before ids and certainty: who, what, whom, and the word that says it."""

    type: str
    subject: str
    object: str
    trigger: Token
    presupposed: bool = False
    qualifiers: Qualifiers = field(default_factory=Qualifiers)
    confidence: float = 0.6
    denied: bool = False
    """The words themselves say it is not so: "operates independently of X", "X has no say over Y"."""
    said_at: Token | None = None
    """The verb whose clause tells the claim, where that is not the trigger's: a table's introduction."""

    def judged(self, source_of) -> certainty.Judgement:
        """Names and descriptions are the writer's own words ("his company, Ant Group", "TikTok boss
        Zhang"): what the clause around them hedges or attributes is something else."""
        if self.said_at is not None:
            return certainty.judge(self.said_at, source_of)  # "... had the following shareholders, according to the register:"
        held = self.type in {"owns", "controls", "acquires", "invests_in", "lends_to"} and self.confidence >= 0.6  # who holds what is the source's news; where a firm is from, who heads it, the writer's knowledge
        if self.presupposed:
            clause = self.trigger.pos_ in {"VERB", "AUX"}  # "X, owned by Y, ..." / "which belongs to Y" are told; "its Chinese owner, Y" is a name's description
            spread = certainty.sentence_source(self.trigger, source_of, speakers=clause) if held else None  # "..., which is in turn owned by Z, according to documents"
            return certainty.quoted_speaker(self.trigger, source_of) or certainty.reported_around(self.trigger, source_of) or spread or certainty.ASSERTED
        judgement = certainty.judge(self.trigger, source_of)
        if held and judgement.certainty == "asserted":
            judgement = certainty.sentence_source(self.trigger, source_of) or judgement
        if self.denied:
            return certainty.combine([judgement, certainty.Judgement("negated", judgement.attribution)])
        return judgement


class SentenceReader:
    """Finds claims in one sentence, with the document's entities to hand."""

    def __init__(self, entities: DocumentEntities, reference: Reference, published: str | None, memory: dict):
        self.entities = entities
        self.reference = reference
        self.published = published
        self.memory = memory
        """What earlier sentences left for later ones (the last membership's object)."""
        self._dates: dict[tuple[int, int], str | None] = {}

    # -- entities behind words -------------------------------------------

    def entity(self, token: Token | None, depth: int = 0) -> str | None:
        """The entity a word stands for: a name, a pronoun, a description, or what a part of names."""
        if token is None or depth > 3:
            return None
        if token.lower_ in RELATIVE_PRONOUNS:
            if _opens_a_question(token):
                return None  # "KOWALCZYK: Who owns the bank?": a question names no one, whatever the parser hung it on
            clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
            if clause is not None:  # "the fund, which is chaired by X", "X, whose chairman is Y"
                antecedent = clause.head
                if antecedent.dep_ == "pobj" and antecedent.head.lower_ == "of" and self.type_of(self.entity(antecedent, depth + 1)) in PLACES | {None}:
                    held = self.entity(antecedent.head.head, depth + 1)  # "Tidewater Ltd of the British Virgin Islands, whose shareholder is": Tidewater's
                    if self.type_of(held) in ORGANISATIONS:
                        return held
                if token.lower_ == "which" and self.type_of(self.entity(antecedent, depth + 1)) == "person":
                    antecedent = self._thing_before(antecedent)  # "X Holding, the company of its founder, Y, which owns ...": X's
                if self.type_of(self.entity(antecedent, depth + 1)) == "country" and (placed := self._placed_firm(antecedent)) is not None:
                    antecedent = placed  # "X, based in Bergen, Norway, which is controlled by his family": X
                found = self.entity(antecedent, depth + 1)
                if found is None and antecedent.dep_ == "attr" and antecedent.pos_ == "NOUN":
                    found = self.entity(self._subject(antecedent.head), depth + 1)  # "X is a Kazakh bank whose licence was revoked": X's
                return found
            if token.lower_ == "whose":  # the parser lost the clause: the name the phrase before it describes
                i = token.i - 1
                while i > token.sent.start and token.doc[i].text != "," and not (self.entities.at(token.doc[i]) and token.doc[i].pos_ != "ADJ"):
                    i -= 1  # past "a Latvian company": the adjective's country is not what "whose" stands for
                return self.entities.at(token.doc[i - 1] if token.doc[i].text == "," else token.doc[i])
        if token.dep_ == "appos" and (token.pos_ == "NOUN" or token.lower_ in {"itself", "themselves"}) and self.entities.at(token) is None:
            described = self.entity(token.head, depth + 1)  # "Tencent, the internet group": Tencent; "Hengtai Group, itself controlled by X": Hengtai
            before = token.doc[token.left_edge.i - 2] if token.left_edge.i >= 2 and token.doc[token.left_edge.i - 1].text == "," else None
            nearest = self.entities.at(before) if before is not None else None
            if self.type_of(described) == "person" and token.lemma_.lower() in COMPANY_WORDS | UNIT_NOUNS and self.type_of(nearest) in ORGANISATIONS:
                return nearest  # "X sits on the board of the Y Fund, the state investment arm that ...": the fund, however the parser hung the words
            return described
        if token.pos_ == "NOUN" and token.lemma_.lower() in {"consortium", "syndicate", "group"} and self.entities.at(token) is None:
            led = next((c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in {"lead", "head"}), None)
            leader = self.entity(_pobj(_prep(led, {"by"})), depth + 1) if led is not None else None
            if leader:
                return leader  # "sold it to a consortium led by Y": Y, for the consortium the story does not name
        if token.pos_ == "NOUN" and token.lemma_.lower() in LOCAL_GOVERNMENT_HEADS and self.entities.at(token) is None:
            place = self.entity(_pobj(_prep(token, {"of"})), depth + 1)
            if self.type_of(place) in {"public_body", "country"}:
                return place  # "the city of Žilina owns the remaining 51%": the city's government
        if token.pos_ == "NOUN" and self.entities.at(token) is None and (beside := self._name_set_beside(token)):
            self.entities.add_description(token, beside)
            return beside  # "set up the buyer, Sairme Freight LLC, in 2009": the parser hung the name elsewhere
        if token.pos_ == "NOUN" and self.entities.at(token) is None and token.lemma_ not in {"%", "percent"}:  # not "51%; Y, a fund, 34%": Y holds, it is not held
            for child in token.children:
                if child.dep_ == "appos" and self.entities.at(child):
                    return self.entities.at(child)  # "the sports-car maker Porsche AG": the name given
        if token.lower_ in SPEAKERS_GROUP_PRONOUNS:
            return self.memory.get("works_at", {}).get(self.entities.speaker_at(token))  # a transcript's "lent us": the speaker's firm
        found = self.entities.resolve(token) or self._the_countrys_own(token)
        if found:
            if self.entities.at(token) is None and token.pos_ == "NOUN":
                self.entities.add_description(token, found)
            return found
        for child in token.children:
            if child.dep_ == "appos" and token.lemma_ not in {"%", "percent"}:
                found = self.entities.at(child) or self.entity(child, depth + 1)
                if found:
                    return found
        if token.pos_ == "NOUN" and token.lemma_.lower() in DESCRIBING_NOUNS:
            found = self._described_entity(token)
            if found:
                if self.entities.at(token) is None:
                    self.entities.add_description(token, found)
                return found
        if token.lemma_.lower() in STAFF_NOUNS and token.tag_ == "NNS":
            found = self.entity(_pobj(_prep(token, {"at", "of", "from"})))
            if found:
                return found  # "regulators at the Communications Authority" act for it
        if token.lemma_.lower() in PART_WORDS:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in {"of", "in"}:
                    return self.entity(_pobj(child), depth + 1)
        return None

    def _name_set_beside(self, description: Token) -> str | None:
        """The name right after "the buyer," or "the family's flagship," where the parser lost the
        apposition and hung it on the verb or on another name."""
        doc = description.doc
        after = description.i + 1
        if after + 1 >= len(doc) or doc[after].text != ",":
            return None
        if not any(c.lower_ == "the" for c in description.children) and not self._possessed_description(description):
            return None
        name = self.entities.at(doc[after + 1])
        span_end = after + 1
        while span_end < len(doc) and self.entities.at(doc[span_end]) == name:
            span_end += 1
        root = doc[after + 1 : span_end].root if name else None
        closed = span_end < len(doc) and doc[span_end].text in {",", ")"}  # "the buyer, Sairme Freight LLC, in 2009"
        return name if root is not None and (root.dep_ in {"npadvmod", "dep", "appos"} or closed and root.dep_ == "nsubj") else None

    @staticmethod
    def _possessed_description(description: Token) -> bool:
        """ "the family's flagship", not a post ("its director general"), whose name is a person's."""
        titled = {t.lemma_.lower() for t in description.doc[description.left_edge.i : description.i + 1]} & (LEAD_TITLES | SEAT_NOUNS)
        return any(c.dep_ == "poss" for c in description.children) and not titled

    def _the_countrys_own(self, token: Token) -> str | None:
        """ "the government", "parliament" named by no earlier "X government": the state of the country
        the story is about (its dateline's, else the one it names most so far)."""
        lower = token.lower_
        if lower not in COUNTRY_BODY_ROLES or token.tag_ != "NN" or any(c.dep_ in {"poss", "prep", "compound", "amod"} for c in token.children):
            return None
        if lower != "parliament" and not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None  # "a government", "state-owned"
        story_country = self.entities.story_company(token, kind="country")
        country = self._dateline_country(token) or (self.reference.country(self.entities.entity(story_country).name) if story_country else None)
        if country is None:
            return None
        entry = country.government if COUNTRY_BODY_ROLES[lower] == "government" else self.reference.body_of(country, COUNTRY_BODY_ROLES[lower])
        return self.entities.adopt(token, entry) if entry is not None else None

    def country_of_the_sentence(self, token: Token) -> str | None:
        """The one country a sentence names ("President Mulino has said the concession belongs to Panama"); None if it names several or none."""
        countries = {self.entities.at(t) for t in token.sent if self.type_of(self.entities.at(t)) == "country"}
        return next(iter(countries)) if len(countries) == 1 else None

    def _datelines(self) -> list[re.Match]:
        """The document's datelines ("ATHENS, June 5 —"), found once."""
        if "datelines" not in self.memory:
            self.memory["datelines"] = list(DATELINE_CITY.finditer(self.entities.text))
        return self.memory["datelines"]

    def _in_dateline(self, token: Token) -> bool:
        """Whether a word names a place in a dateline ("FREDERIKSHAVN, Denmark, Nov 20 —"): where the story was
        filed, no actor (the parser may make the place the subject of the story's first verb)."""
        return self.entities.at(token) is not None and any(m.start() <= token.idx < m.end() for m in self._datelines())

    def _dateline_country(self, token: Token) -> Country | None:
        """ "ATHENS, June 5 —": the country whose capital the story was filed from; in a digest, the
        dateline of the item the word is in."""
        before = [m for m in self._datelines() if m.start(1) < token.idx]
        return next((country for m in reversed(before) if (country := self.reference.capital_of(m.group(1).strip().title())) is not None), None)

    def _placed_firm(self, country: Token) -> Token | None:
        """The firm a "registered in <country>" phrase places: the nearest firm named before the participle."""
        place = country
        while place.dep_ in {"appos", "conj", "npadvmod"} and place.head.i != place.i:
            place = place.head  # "based in Bergen, Norway"
        prep = place.head
        participle = prep.head if prep.dep_ == "prep" and prep.lower_ == "in" else None
        if participle is None or participle.lemma_.lower() not in {"incorporate", "register", "base", "headquarter", "domicile", "establish"}:
            return None
        for token in reversed(country.doc[country.sent.start : participle.i]):
            if self.type_of(self.entities.at(token)) in {"company", "organization"}:
                return token
        return None

    def _thing_before(self, person: Token) -> Token:
        """The organisation a person's name is said beside, for a "which" that cannot be the person
        (the person where there is none)."""
        node = person
        for _ in range(4):
            if node.dep_ not in {"appos", "pobj", "prep", "conj"} or node.head.i == node.i:
                break
            node = node.head
            if self.type_of(self.entities.at(node)) in ORGANISATIONS:
                return node
        return person

    def country_named_by(self, token: Token, capitals: bool = False) -> str | None:
        """The country a word names or describes: "Norway", "Norwegian" (then added as a mention);
        with `capitals`, also the country whose capital it names ("a Seoul-based maker")."""
        found = self.entities.at(token)
        if found:
            return found if self.type_of(found) == "country" else None
        country = self.reference.country(token.text) or (self.reference.capital_of(token.text) if capitals else None)
        first = token
        if country is None and token.pos_ == "PROPN":  # "the British Virgin Islands": the whole name
            words = [t for t in token.subtree if t.i <= token.i and t.dep_ in {"compound", "amod", "nmod"} or t.i == token.i]
            first = words[0]
            country = self.reference.country(token.doc[first.i : token.i + 1].text) if len(words) > 1 else None
        if country is None and token.text[:1].isupper():
            jurisdiction = self.reference.lookup(token.text)  # "a Labuan shell company": a jurisdiction that is no state
            return self.entities.adopt(token, jurisdiction) if jurisdiction is not None and jurisdiction.type == "country" else None
        if country is None or not token.text[:1].isupper():
            return None
        return self.entities.adopt(first, self.reference.lookup(country.name), last=token) or self._given_country(country)

    def country_behind_its_state(self, adjective: Token) -> str | None:
        """The country of an adjective that names its state ("Cuban" of "the Cuban state fuel importer"):
        the state acts, and the firm is in the country."""
        found = self.entities.at(adjective)
        if found is not None and self.type_of(found) == "country":
            return found
        country = self.reference.country(adjective.text) if found is None or found in self.entities.governments() else None
        entry = self.reference.lookup(country.name) if country is not None else None
        return self.entities.adopt(adjective, entry, claim_token=False) if entry is not None else None

    def _given_country(self, country) -> str | None:
        """With given entities, the one that is this country under another name ("American": "the United States")."""
        for entity in self.entities.entities:
            if self.type_of(entity.id) in {"country", "place"} and any(self.reference.country(name) == country for name in (entity.name, *entity.aliases)):
                return entity.id
        return None

    def _described_entity(self, noun: Token) -> str | None:
        """ "its Alibaba Cloud unit" -> Alibaba Cloud; "its cloud services unit" -> the entity
        of the document whose name has one of the description's words ("cloud")."""
        for child in noun.children:
            if child.dep_ in {"compound", "nmod"} and child.i < noun.i and self.entities.at(child):
                found = self.entities.at(child)
                if self.type_of(found) in ORGANISATIONS:
                    return found
        if not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in {"a", "an", "another", "any", "no", "every", "each"} for c in noun.children):
            return None  # "a Croatian company" is some company, not one the story named
        named_owner = _pobj(_prep(noun, {"of"}))
        if named_owner is not None and self.entities.at(named_owner):
            return None  # "the geothermal division of Tūranga Energy": a part of the firm named, whatever its words
        words = {t.lower_ for t in noun.subtree if t.i < noun.i and t.dep_ in {"compound", "amod"} and t.pos_ in {"NOUN", "ADJ", "PROPN"} and not self.reference.country(t.text)}
        if not words:
            return None  # "the Croatian company": a nationality names no firm
        owner = self.entity(self._possessor(noun)) if self._possessor(noun) is not None else None
        best: tuple[int, str] | None = None
        for entity in self.entities.entities:
            if entity.id == owner or entity.type not in ORGANISATIONS:
                continue
            if words & {w.lower() for w in entity.name.split()}:
                distance = min(abs(start - noun.idx) for start, _ in entity.mentions)
                if best is None or distance < best[0]:
                    best = (distance, entity.id)
        return best[1] if best else None

    def _possessor(self, noun: Token) -> Token | None:
        """The owner in "X's noun" or "its noun", also where a bracket hid it from the parser ("[Zhang's] app")."""
        owner = _poss(noun)
        if owner is not None:
            return owner
        doc = noun.doc
        i = noun.left_edge.i - 1
        while i > 0 and doc[i].text in {"]", ")"}:
            i -= 1
        if i > 0 and doc[i].text in POSSESSIVE_MARKS and i < noun.left_edge.i - 1:
            return doc[i - 1]
        return None

    def type_of(self, entity_id: str | None) -> str | None:
        """The contract type; given entities may come with other words for them ("misc", "location")."""
        if not entity_id:
            return None
        kind = self.entities.entity(entity_id).type
        return GIVEN_TYPES.get(kind, kind)

    # -- the sentence ----------------------------------------------------

    def read(self, sent: Span) -> Iterator[Found]:
        for found in self._candidates(sent):
            if self.fits(found):
                yield found

    def _candidates(self, sent: Span) -> Iterator[Found]:
        for token in sent:
            if token.pos_ in {"VERB", "AUX"} or token.tag_ in {"VBN", "VBG"}:
                yield from self._verb(token)
            if token.pos_ in {"NOUN", "PROPN"}:
                yield from self._noun(token)

    def fits(self, found: Found) -> bool:
        """Whether the two ends have types the claim can join (contract: "leads(person, ...)")."""
        subjects, objects = ARGUMENT_TYPES[found.type]
        subject_fits = self.type_of(found.subject) in subjects or found.type == "regulatory_action" and self.acts_for_states(found.subject)
        return subject_fits and self.type_of(found.object) in objects

    def is_government(self, entity_id: str | None) -> bool:
        """A country's government as a whole ("the Belarusian state"), not one of its bodies."""
        return entity_id in self.entities.governments()

    def acts_for_states(self, entity_id: str | None) -> bool:
        """A state body, or a union of states that sanctions and regulates like one (the EU, the UN Security Council)."""
        if self.type_of(entity_id) in STATE:
            return True
        entry = self.reference.lookup(self.entities.entity(entity_id).name) if entity_id else None
        return entry is not None and "supranational" in entry.roles

    # -- verbs -----------------------------------------------------------

    def _verb(self, verb: Token) -> Iterator[Found]:
        lemma = base_form(verb, KNOWN_VERBS)
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        participle = _is_participle_of_noun(verb) and not own_subject
        fronted = verb.dep_ == "advcl" and verb.tag_ == "VBN" and not own_subject and _child(verb, "aux") is None  # "Founded in 1998 by X, Y is ..." (not "having invested ...")
        has_subject = any(c.dep_ == "nsubj" for c in verb.children)  # "CADE cleared the purchase of X by Y": "by Y" is the purchase's, however hung
        passive = participle or any(c.dep_ in {"auxpass", "nsubjpass"} or c.dep_ == "agent" and not has_subject for c in verb.children)
        subject = self._agent(verb) if passive or fronted else self._subject(verb)
        if participle:
            obj = verb.head if verb.dep_ in {"acl", "amod"} else verb.head.head  # "a game developed by Atari (and published by Y)": the game
            copula = obj.head.head if obj.dep_ == "pobj" and obj.lemma_.lower() in ADVERBIAL_IDIOMS else None
            if copula is not None and copula.lemma_ == "be" and _child(copula, "nsubj") is not None:
                obj = _child(copula, "nsubj")  # "X is in turn owned by Y": the parser hung "owned" on "turn"
        elif fronted and self._agent(verb) is not None:
            passive, obj = True, self._subject(verb.head)
        elif _dated_verb_made_a_modifier(verb):
            subject, obj = verb.head.head.head, verb.head  # "The European Union on Friday added X": the parser made "added" a modifier of X
        else:
            obj = self._nsubjpass(verb) if passive else _direct_object(verb)
            if obj is None and not passive and lemma in {"own", "hold"}:
                obj = next((c for c in verb.children if c.dep_ == "npadvmod" and _is_share_phrase(c)), None)  # "holds 0.4% directly": the parser made the share an adverb
            if obj is None and verb.dep_ == "relcl" and not passive and own_subject and not any(c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
                obj = verb.head  # "the smelter Mr. Voronin controls": what the clause describes is the object
        if subject is not None and subject.lower_ in {"each", "both"} and subject.i > 0 and self.entities.at(subject.doc[subject.i - 1]):
            subject = _first_conjunct(subject.doc[subject.i - 1])  # "X and Y each hold 7.5%": the parser left the names apart
        object_conjunct = subject is not None and subject.dep_ == "conj" and subject.head.dep_ in {"pobj", "dobj"}
        board = _is_board(subject)  # "the board consisted of A, director; B, ...": the parser hangs the members on it
        named_noun = subject is not None and subject.pos_ == "NOUN" and any(c.dep_ == "compound" and self.entities.at(c) == self.entities.at(subject) is not None for c in subject.children)  # "the Tsai family, ..., Tsai Investment Co.": the family, whatever the parser hung on it
        subjects = [subject] if object_conjunct or board or named_noun else _with_conjuncts(subject)  # "... of Y and Z owns W": Z alone
        subjects = [s for s in subjects if s is None or not self._in_dateline(s)] or [None]  # "FREDERIKSHAVN, Denmark, Nov 20 — X has agreed to buy": not Denmark
        if passive and subject is not None and subject.head.dep_ == "agent":
            again = [*subject.head.conjuncts, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "ADP" or _another_agent(c, subject))]
            again += [by for c in again if c.lower_ != "by" and (by := next((t for t in c.subtree if t.lower_ == "by" and t.dep_ in {"prep", "agent"}), None)) is not None]  # "... and as to 40% by Y": "by" hung on "as" or its share
            subjects += [_pobj(by) for by in again if by.lower_ == "by" and _pobj(by) is not None]  # "set up by X and by Y"
        if subject is not None and self.entity(subject) is None and subject.pos_ == "NOUN" and not board:
            subjects = self._names_in_apposition(subject) or self._owner_behind(subject) or subjects
        else:  # "X and his two children, A and B, hold ...", "by his sisters, A and B": the names, not the kin
            subjects = [named for s in subjects for named in self._kin_named(s) or [s]]
        objects = [self._name_beside(o) for o in _with_conjuncts(obj)]  # "designated X, its managing director, Y, and ...": Y
        listed_after = [o for o in (objects if _is_share_phrase(obj) else objects[1:]) if o is not obj]  # "51%; Y, a fund, 34%": even the first name after a share
        gapped = [o for o in listed_after if lemma in {"own", "hold"} and self._gapped_holder(o) and _share_after(o, self.entities.at)]
        for one_subject in subjects:
            for one_object in [o for o in objects if o not in gapped] or [obj]:  # "X holds 51%; Y, a fund, 34%": of a firm named before
                yield from self._verb_frame(verb, lemma, one_subject, one_object)
        for holder in gapped:  # "holds 70% of the developer and the Superannuation Fund 20%": the fund holds 20% of it
            held = self._entity_of_share(obj, verb)
            owner = self._gapped_holder(holder)
            if held and owner != held:
                yield self._found("owns", owner, held, verb, Qualifiers(share=parse_share(_share_after(holder, self.entities.at))))
        if lemma in {"own", "hold"} and _is_share_phrase(obj) and not gapped:
            yield from self._gapped_by_words(verb, obj, {self.entity(s) for s in subjects})

    def _kin_named(self, noun: Token | None) -> list[Token]:
        """The names set beside a coordinated noun for people that names no one itself ("his two children, A
        and B"); none for a title, whose name another rule reads."""
        if noun is None or noun.pos_ != "NOUN" or noun.dep_ == "appos" or noun.lemma_.lower() in LEAD_TITLES | WORK_TITLES or self.entity(noun) is not None:
            return []
        return self._names_in_apposition(noun)

    def _gapped_by_words(self, verb: Token, share: Token, holders: set[str | None]) -> Iterator[Found]:
        """ "owns 80% of it, and his brother Giorgi the remaining 20%", "holds 62% of X, and A and B, the two
        countries' state oil companies, 19% each": the names after "and" before a share hold it, where the
        parser made no clause of them (read by words: no verb may come between)."""
        held = self._entity_of_share(share, verb) or self._just_owned(verb, exclude=None, before=True)
        doc = verb.doc
        listed = {t.i for c in share.children if c.dep_ in {"conj", "cc"} for t in c.subtree}  # "..., and his brother Giorgi the remaining 20%" hung on the share
        start = max(t.i for t in share.subtree if t.i not in listed and t.dep_ != "punct") + 1
        if held is None or start >= verb.sent.end or doc[start].lower_ not in {"and", ",", ";"}:
            return
        named: list[str] = []
        described = False  # inside ", the investment arm of Jordan's pension system,": a description, not another holder
        for token in doc[start : verb.sent.end]:
            if token.pos_ in {"VERB", "AUX"} or token.text in {".", ":"}:
                return
            described = not described if named and token.text == "," else described
            found = self.entities.at(token) if not described else None
            if found and found not in named and found not in holders and found != held and self.type_of(found) in ACTORS - {"product"}:
                named.append(found)
            if named and (token.like_num and token.nbor().text == "%" or token.lower_ in {"rest", "remainder", "balance"}):
                phrase = doc[token.i : min(token.i + 2, verb.sent.end)].text
                for owner in named:
                    yield self._found("owns", owner, held, verb, Qualifiers(share=parse_share(phrase)))
                return

    def _the_pair_named(self, verb: Token) -> list[str]:
        """The two actors "they" or "the pair" are: the only two people or firms this sentence and the last name before the verb."""
        doc = verb.doc
        before = doc[verb.sent.start - 1].sent.start if verb.sent.start > 0 else 0
        named = list(dict.fromkeys(e for e in (self.entities.at(doc[i]) for i in range(before, verb.i)) if e and self.type_of(e) in {"person", "company", "organization"}))
        return named if len(named) == 2 else []

    def _gapped_holder(self, token: Token) -> str | None:
        """Who holds in a gapped clause: a name ("and Y 20%"), or a description of one ("and the municipality the rest")."""
        if self.entities.at(token):
            return self.entities.at(token)
        described = token.pos_ == "NOUN" and token.lemma_.lower() not in SHARE_NOUNS and any(c.lower_ == "the" for c in token.children)
        return self.entity(token) if described else None

    def _name_beside(self, noun: Token | None) -> Token | None:
        """The name in apposition to a description that names no one itself ("its managing director, Y")."""
        if noun is None or noun.pos_ != "NOUN":
            return noun
        described = self.entity(noun)  # the parser may hang "its director" on the firm before it, as if the same
        beside = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and self.entities.at(c) not in {None, described}), None)
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if beside is None and described is None and after is not None and after.pos_ == "PROPN" and self.entities.at(after) and after.head.i in {noun.i, noun.head.i}:
            beside = after  # "runs the mobile wallet ArPay": the name right after its description, however hung
        if beside is None and described is None and noun.lemma_.lower() in PRODUCT_WORDS:
            beside = next((c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and self.type_of(self.entities.at(c)) == "product"), None)  # "operates the Mekhala Pay wallet"
        return beside or noun

    def _verb_frame(self, verb: Token, lemma: str, subject: Token | None, obj: Token | None) -> Iterator[Found]:
        """The claims one verb states between one subject and one object ("X and Y own Z": twice)."""
        subj_id, obj_id = self.entity(subject), self._entity_or_predicate(obj)
        bare_state = subject is not None and subject.lower_ == "state" and not any(c.dep_ in {"amod", "compound", "poss"} for c in subject.children)
        if bare_state and obj_id in self.memory.get("state_of", {}):
            subj_id = self.memory["state_of"][obj_id]  # "X, Turkmenistan's state gas company, ... is wholly owned by the state": Turkmenistan
        q = Qualifiers(status=self._status(verb), date=self._date(verb))
        subj_type = self.type_of(subj_id)

        if lemma == "be" and subj_id:
            yield from self._under_sanctions(verb, subj_id, q)
            for answerable in (c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in {"subordinate", "accountable", "answerable"}):
                yield from self._answers_to(answerable if _prep(answerable, {"to"}) is not None else verb, subject, None)  # "X is subordinate to Y", "Y, to which X is subordinate"
        if lemma in OBJECT_CONTROL_VERBS and subj_id and self.acts_for_states(subj_id):
            yield from self._ordered_against(verb, subj_id, q)
        if lemma == "register" and obj is not None and (to := _prep(verb, {"to"})) is not None:
            owner = self.entity(_pobj(to))  # "40 per cent of X was registered to his son", "the shares are registered to Y"
            owned = self._entity_of_share(obj, verb) if _is_share_phrase(obj) else obj_id
            if owner and owned and owner != owned and self.type_of(owner) in {"person", "company", "organization", "public_body"}:
                q.share = parse_share(_phrase(obj))
                yield self._found("owns", owner, owned, verb, q)
        rest = subject is not None and subject.lemma_.lower() in {"rest", "remainder", "balance"}  # "the rest belongs to X"
        measured = self._nsubjpass(verb) if lemma == "register" else None  # "the other 30%", not "the shares" (of which firm?)
        if measured is not None and _is_share_phrase(measured) and any(t.like_num or t.lower_ in {"other", "remaining"} for t in measured.subtree) and _prep(verb, {"to"}) is not None:
            subject, subj_id, lemma = measured, None, "belong"  # "the other 30% is registered to her brother, X": it belongs to him
        if lemma == "belong" and (subj_id or _is_share_phrase(subject) or rest):
            to = _prep(verb, {"to"})
            for owner in (self.entity(_pobj(p)) for p in ([to, *to.conjuncts] if to is not None else [])):  # "belongs to X, and to his nephew, Y"
                owned = subj_id
                if subject is not None and (_is_share_phrase(subject) or rest):  # "The other 24.9% belongs to Nordlys": of the one just told
                    owned = self._entity_of_share(subject, verb) or self._completed_by(subject, exclude=owner) or self._just_owned(verb, exclude=owner, before=True) or self._held_just_before(verb, exclude=owner) or self._share_told_before(verb, exclude=owner)
                    q.share = parse_share(_phrase(subject))
                if owner and owned and owner != owned:
                    yield self._found("owns", owner, owned, verb, q)
        elif lemma in {"split", "divide", "share"} and _prep(verb, {"between", "among"}) is not None and _is_passive(verb):
            holding = self._nsubjpass(verb)  # "Ownership of X is divided between A and B", "X's shares are split between A and B"
            owned = self._owner(holding) if holding is not None and holding.lemma_.lower() in SHARE_NOUNS | {"ownership", "equity", "capital"} else None
            for holder in (self.entity(t) for t in _with_conjuncts(_pobj(_prep(verb, {"between", "among"})))):
                if owned and holder and holder != owned:
                    yield self._found("owns", holder, owned, verb, q)
        elif lemma in {"back", "fund", "finance", "bankroll", "underwrite"} and subj_id and obj_id and self.type_of(obj_id) in ORGANISATIONS:
            yield self._found("invests_in", subj_id, obj_id, verb, q)  # "Hengfeng, which is backed by the Xiling fund"
        elif lemma in {"include", "comprise", "consist"} and subject is not None and _is_board(subject):
            company = self._owner(subject) or self.entity(_pobj(_prep(subject, {"of"})))
            first = _pobj(_prep(verb, {"of"})) if lemma == "consist" else obj
            hung_on_the_board = [c for c in subject.children if c.dep_ == "appos" and c.i > verb.i]  # "consisted of A, director; B, chairman; and C": parsed apart
            listed = [t for head in ([first] if first is not None else []) + hung_on_the_board for t in _listed_names(head)]
            for member in (self.entity(t) for t in listed):  # "whose board includes Chhun Vuthy", "the board consisted of A, B and C"
                if company and member and company != member and self.type_of(member) == "person":
                    yield self._found("member_of", member, company, verb, Qualifiers(role="director", status=q.status, date=q.date))
        elif lemma in MONEY_MOVING_VERBS and obj is not None and _is_money(obj) and subj_id:
            target = self._invested_in(verb, obj) or self.entity(_pobj(_prep(verb, {"to"} if lemma == "contribute" else {"for"})))  # "will contribute $240 million to the venture"
            if target is None and _particle(verb) in {"in", "up"}:
                target = self._just_owned(verb, exclude=subj_id, before=True) or self.entities.story_company(verb, exclude=subj_id)  # "each partner will put in $120 million"
            if target and target != subj_id and self.type_of(target) in ORGANISATIONS:
                q.amount = amount_near(list(verb.subtree))
                yield self._found("invests_in", subj_id, target, verb, q)  # "has put $60 million into Duqm Green Hydrogen"
        elif lemma == "subscribe" and subj_id and (shares := next((t for t in verb.subtree if t.lemma_.lower() in SHARE_NOUNS), None)) is not None:
            places = [p for head in (shares, verb) for p in head.children if p.dep_ == "prep" and p.lower_ in {"in", "of"}]
            target = next((found for p in places if (found := self.entity(_pobj(p)))), None)  # "FGIS subscribed XAF 8.5 billion of new shares in FML"
            if target and target != subj_id and self.type_of(target) in ORGANISATIONS:
                q.amount = amount_near(list(verb.subtree))
                yield self._found("invests_in", subj_id, target, verb, q)
        elif lemma == "raise" and obj is not None and (obj.lemma_.lower() in MONEY_NOUNS or obj.ent_type_ == "MONEY") and subj_id and _prep(verb, {"from"}) is not None:
            for backer in (self.entity(t) for t in _with_conjuncts(_pobj(_prep(verb, {"from"})))):
                if backer and backer != subj_id:  # "Imena Pay has raised $8 million from the Ubumwe fund"
                    q.amount = amount_near(list(verb.subtree))
                    yield self._found("invests_in", backer, subj_id, verb, q)
        elif lemma in {"give", "provide", "grant", "award", "extend", "inject", "advance", "make"} and obj is not None and _money_given(obj) in MONEY_NOUNS:
            to = _prep(verb, {"to"}) or next((t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "to"), None)  # "loans totalling €1m to X"
            receiver = self.entity(_recipient(verb) or _pobj(to))
            lender = subj_id
            if receiver is None and verb.dep_ == "acl" and obj.i == verb.head.i and self.entity(self._agent(verb)):
                lender, receiver = self.entity(self._agent(verb)), self._clause_subject(obj)  # "drew CHF 12 million under a loan facility granted by X": the drawer's loan
            if lender and receiver and receiver != lender:
                q.amount = amount_near(list(verb.subtree))
                claim = "lends_to" if _money_given(obj) in {"loan", "credit"} else "invests_in"
                yield self._found(claim, lender, receiver, verb, q)  # "the ministry gave Hoshimura a subsidy"
        elif lemma == "advance" and subj_id and obj_id and obj_id != subj_id and self.type_of(obj_id) in ORGANISATIONS and amount_near(list(verb.subtree)):
            q.amount = amount_near(list(verb.subtree))
            yield self._found("lends_to", subj_id, obj_id, verb, q)  # "Meridian will advance Petroecuador $300 million": an advance is repaid
        elif lemma in {"direct", "order", "instruct", "force", "compel", "require"} and any(c.dep_ in {"xcomp", "advcl"} and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children) for c in verb.children):
            if subj_id and obj_id and self.type_of(subj_id) in STATE:  # "the Treasurer directed two funds to sell": an order
                q.action = "ordered"
                yield self._found("regulatory_action", subj_id, obj_id, verb, q)
        elif lemma in {"oversee", "supervise", "direct", "run", "steer", "dictate", "control"} and subj_id and obj is not None and not obj_id and obj.lemma_.lower() in STEERED_NOUNS and self._owner(obj):
            if self._owner(obj) != subj_id:  # "does not direct the investment decisions of Kallang"
                yield self._found("controls", subj_id, self._owner(obj), verb, q)
        elif lemma in {"oversee", "supervise", "direct"} and subj_id and obj_id:
            yield self._found("controls", subj_id, obj_id, verb, q)
        elif lemma == "have" and obj is not None and obj.lower_ == "say" and obj.pos_ != "NOUN":
            yield from self._say_over(obj)  # "may still have the final say over ...", "say" tagged a verb
        elif obj is not None and (lemma, obj.lemma_.lower()) in CONTROL_IDIOMS and subj_id:
            where = _prep(verb, {"at", "in", "of", "behind"}) or _prep(obj, {"at", "in", "of"})
            place = self.entity(_pobj(where)) or self.entities.story_company(verb, exclude=subj_id)
            if place and place != subj_id and self.type_of(place) in ORGANISATIONS:
                yield self._found("controls", subj_id, place, verb, q)  # "still calls the shots at X", "gave the orders at X"
        elif lemma in {"take", "make"} and _is_passive(verb) and obj is not None and obj.lemma_.lower() in {"decision", "decisions"} and self.entity(self._agent(verb)):
            boss = self.entity(self._agent(verb))  # "decisions at X are taken by Y"
            place = self.entity(_pobj(_prep(obj, {"at", "in", "of"})))
            if place and place != boss and self.type_of(place) in ORGANISATIONS:
                yield self._found("controls", boss, place, verb, q)
        elif lemma in {"take", "receive", "follow", "accept"} and obj is not None and obj.lemma_.lower() in {"order", "instruction", "direction", "orders", "instructions"}:
            boss = self.entity(_pobj(_prep(verb, {"from"}) or _prep(obj, {"from"})))  # "takes its orders from Rostec"
            if boss and subj_id and boss != subj_id:
                yield self._found("controls", boss, subj_id, verb, q)
        elif lemma == "grant" and obj is not None and obj.dep_ == "dobj" and obj.lemma_.lower() not in MONEY_NOUNS | PERMITS and self.type_of(subj_id) in STATE and (granted_to := self.entity(_recipient(verb))):
            q.action = "approved"
            yield self._found("regulatory_action", subj_id, granted_to, verb, q)  # "the agency granted Gaz-Nord a 27% tariff increase"
        elif lemma in {"grant", "issue", "award", "renew", "give"} and obj is not None and obj.dep_ == "nsubjpass" and obj_id and _object_in(verb, PERMITS) and self.type_of(subj_id) in STATE:
            q.action = "approved"
            yield self._found("regulatory_action", subj_id, obj_id, verb, q)  # "X was granted a land concession by the ministry"
        elif lemma in PERMIT_GIVING | PERMIT_TAKING and obj is not None and obj.lemma_.lower() in PERMITS and self.type_of(subj_id) in STATE:
            holder = self.entity(_recipient(verb)) or self._owner(obj) or self.entity(_pobj(_prep(obj, {"of", "for"})))  # "granted Lanting Pay its licence", "cancelled the registration of X", "clearance for X"
            if holder is None and lemma in PERMIT_GIVING:
                holder = self.entity(_pobj(_prep(verb, {"to"}) or _prep(obj, {"to"})))  # "X, to which the authority awarded a concession", "awarded a concession to X"
            if holder is None and verb.dep_ == "acl" and obj.dep_ in {"pobj", "dobj"}:
                holder = self._clause_subject(obj)  # "X operates the port under a concession granted by the ministry"
            if holder and holder != subj_id:
                refused = verb.dep_ == "xcomp" and base_form(verb.head, KNOWN_VERBS) in {"decline", "refuse"}
                q.action = "blocked" if refused else "approved" if lemma in PERMIT_GIVING else "revoked"
                yield self._found("regulatory_action", subj_id, holder, verb, q)  # "declined to give clearance for X": an act on X all the same
        elif lemma == "veto" and obj is not None and (not self.acts_for_states(subj_id) or _granted_by_a_holding(verb)):
            yield from self._veto(verb, obj)  # a shareholder's veto; a state's veto of a deal is a regulatory act
        elif lemma == "register" and _prep(verb, {"to"}) is not None:
            holder = self.entity(_pobj(_prep(verb, {"to"})))  # "the company is registered to Sergei Volkov"
            thing = self.entity(obj if obj is not None and obj.dep_ == "nsubjpass" else subject)
            if holder and thing and holder != thing and self.type_of(thing) in ORGANISATIONS:
                yield self._found("owns", holder, thing, verb, q)
        elif lemma in BASED_VERBS:
            yield from self._based(verb, subject, obj)
        elif lemma == "count" and _prep(verb, {"among"}) is not None and obj_id:
            group = _pobj(_prep(verb, {"among"}))  # "Orchid Lines counts Temasek among its shareholders"
            if group.lemma_.lower() in OWNER_NOUNS and self._owner(group):
                yield self._found("controls" if group.lemma_.lower() == "controller" else "owns", obj_id, self._owner(group), verb, q)
        elif lemma in {"answer", "report", "attach"} and _prep(verb, {"to"}) is not None or lemma in {"sit", "fall", "come"} and _prep(verb, {"under", "within"}) is not None:
            yield from self._answers_to(verb, subject, obj)
        elif lemma == "hold" and subj_id is None and _is_share_phrase(obj) and (principal := self._in_trust_for(verb)):
            target = self._owner(obj)  # "Al Noor's shares are held in trust for Mr. Voronin"
            if target and target != principal:
                yield self._found("owns", principal, target, verb, q)
        elif lemma in {"own", "hold"} and subj_id is None and obj is not None and obj.dep_ == "nsubjpass" and obj_id and _pobj(_prep(verb, {"through", "via"})) is not None:
            vehicles = _pobj(_prep(verb, {"through", "via"}))  # "X is held through two Maltese companies, A and B": each holds X
            for vehicle in dict.fromkeys(self.entity(t) for t in [vehicles, *self._names_in_apposition(vehicles)]):
                if vehicle and vehicle != obj_id and self.type_of(vehicle) in ORGANISATIONS:
                    yield self._found("owns", vehicle, obj_id, verb, q)
        elif lemma in {"own", "control", "hold"} and subj_id or lemma in {"keep", "retain", "build", "amass", "accumulate"} and subj_id and _is_share_phrase(obj):
            yield from self._holding(verb, "hold" if lemma in {"build", "amass", "accumulate"} else lemma, subj_id, obj, obj_id, q)  # "had quietly built a 9% stake in X"
        elif lemma in {"found", "co-found", "cofound", "establish", "create", "start", "form", "set"} and subj_id and obj_id and self.type_of(obj_id) in ORGANISATIONS:
            if lemma == "set" and _particle(verb) != "up" or lemma == "start" and subj_type != "person":
                return
            if subj_type in {"person", "company", "public_body", "country", "organization"}:
                yield self._found("founded", subj_id, obj_id, verb, q)
                partner = self.entity(_pobj(_prep(verb, {"with"})))  # "co-founded Pelliot with Sara Lindgren"
                if partner and self.type_of(partner) == "person" and partner != obj_id:
                    yield self._found("founded", partner, obj_id, verb, Qualifiers(date=q.date))
        elif lemma in {"produce", "publish", "manufacture", "design", "market", "release", "sell"} and subj_id and self.type_of(obj_id) == "product" and subj_type in ORGANISATIONS:
            yield self._found("operates", subj_id, obj_id, verb, q)
        elif lemma in {"sell", "market", "make", "produce", "offer", "distribute", "operate", "run"} and subj_id and subj_type in ORGANISATIONS and _prep(verb, {"under"}) is not None:
            brand = self.entity(_pobj(_prep(verb, {"under"})))  # "sells cells under the Stacklite brand"
            if brand and self.type_of(brand) == "product":
                yield self._found("operates", subj_id, brand, verb, q)
        elif lemma in {"lead", "head", "run", "manage", "oversee"} and subj_type == "person" and _is_inner_part(obj) and not self.entities.at(obj):
            employer = self.entity(_pobj(_prep(verb, {"at", "for"}))) or self._owner(obj) or self.entity(_pobj(_prep(obj, {"of", "at"})))  # "heads QIA's private equity team", "ran projects at X", "headed the geothermal division of X"
            if employer and employer != subj_id and self.type_of(employer) in ORGANISATIONS:
                yield self._found("employed_by", subj_id, employer, verb, q)
        elif (lemma in {"lead", "head", "chair", "run", "helm", "command"} or lemma == "manage" and subj_type == "person") and subj_id and (obj_id or _is_board(_antecedent_of(obj))):
            if obj_id is None:  # "who still chairs the board", "the board, which had been chaired by X": of the company the story is about
                obj_id = self._owner(_antecedent_of(obj)) or self.entities.story_company(obj)
                if obj_id is None:
                    return
            if subj_type == "person" and self.type_of(obj_id) in {"company", "organization", "public_body", "country"}:
                yield self._found("leads", subj_id, obj_id, verb, q)
            elif self.type_of(obj_id) == "product":
                yield self._found("operates", subj_id, obj_id, verb, q)
        elif lemma in {"operate", "develop", "launch", "make", "build", "manage"} and subj_id and self.type_of(obj_id) == "product" and self.type_of(subj_id) in ORGANISATIONS:
            yield self._found("operates", subj_id, obj_id, verb, q)
        elif lemma == "join" and subj_id and obj is not None and obj.lemma_.lower() in {"faculty", "staff", "board", "payroll"} and subj_type == "person":
            target = self.entity(_pobj(_prep(obj, {"of", "at"})))  # "joined the faculty of the University of Hamburg"
            if target and self.type_of(target) in ORGANISATIONS:
                board = obj.lemma_.lower() == "board"
                yield self._found("member_of" if board else "employed_by", subj_id, target, verb, Qualifiers(role="director" if board else None, date=q.date))
        elif lemma == "join" and subj_type == "person" and self.type_of(origin := self.entity(_pobj(_prep(verb, {"from"})))) in ORGANISATIONS:
            yield self._found("employed_by", subj_id, origin, verb, Qualifiers(status="former", date=q.date))  # "who joined from the Development Bank of Namibia"
            if obj_id and obj_id != origin and self.type_of(obj_id) == "company":
                yield self._found("employed_by", subj_id, obj_id, verb, q)  # "joined the Company in 2016 from ..."
        elif lemma == "join" and subj_id and obj_id and subj_type in {"person", "company", "organization", "country", "public_body"}:
            obj_type = self.type_of(obj_id)
            claim = "employed_by" if obj_type == "company" and subj_type == "person" else "member_of"
            if obj_type in {"company", "organization", "public_body"}:
                yield self._found(claim, subj_id, obj_id, verb, q)
        elif lemma in {"employ", "hire", "recruit"} and subj_id and obj_id and self.type_of(obj_id) == "person":
            yield self._found("employed_by", obj_id, subj_id, verb, q)
        elif lemma in {"elect", "run", "stand", "sit", "serve"} and self.type_of(self._party_standing_for(verb, lemma)) == "organization":
            party = self._party_standing_for(verb, lemma)  # "Barreto, who was elected for the Liberal Party", "sits on the council for X"
            person = subj_id if subj_type == "person" else self.entity(obj) if obj is not None and obj.dep_ == "nsubjpass" else None
            if person and self.type_of(person) == "person":
                yield self._found("member_of", person, party, verb, Qualifiers(date=q.date))
                chamber = self.entity(_pobj(_prep(verb, {"in", "on"})))
                if chamber and chamber != party and self.type_of(chamber) == "public_body":  # "sits in the Senate for the CPP": the Senate too
                    yield self._found("member_of", person, chamber, verb, Qualifiers(date=q.date))
        elif lemma in {"sit", "serve"} and subj_type == "person" and (chamber := self.entity(_pobj(_prep(verb, {"in"})))) and _is_chamber(self.entities.entity(chamber).name):
            yield self._found("member_of", subj_id, chamber, verb, Qualifiers(date=q.date))  # "sat in the House of Representatives until 2016", the party unnamed or unknown
        elif lemma == "work" and _prep(verb, {"with"}) is not None and subj_type in ORGANISATIONS | {"product", "country"}:
            partner = self.entity(_pobj(_prep(verb, {"with"})))  # "WhatsApp would work with JioMart"
            if subj_id and partner and partner != subj_id:
                yield self._found("cooperates_with", subj_id, partner, verb, q)
        elif lemma == "spend" and subj_type == "person" and (time := _time_spent(verb)) is not None:
            at = _prep(verb, {"at", "with"}) or next((t for t in time.subtree if t.dep_ == "prep" and t.lower_ == "at"), None)
            employer = self.entity(_pobj(at))  # "spent eight years at the retailer Nordhus", "spent most of the 1970s designing schools at the ministry"
            if subj_id and employer and self.type_of(employer) in ORGANISATIONS:
                yield self._found("employed_by", subj_id, employer, verb, Qualifiers(status="former", date=q.date))
        elif lemma in {"work", "teach", "lecture", "report", "write", "serve", "consult", "fly"}:
            target = self.entity(_pobj(_prep(verb, {"for"} if lemma == "fly" else {"at", "with"} if lemma == "serve" else {"for", "at"})))  # "flies for the airline"
            if subj_id and target and self.type_of(target) in ORGANISATIONS:
                yield self._found("employed_by", subj_id, target, verb, q)
        elif lemma in {"bid", "submit", "lodge", "table", "place"} and subj_id and self._bid_with_no_target(verb, obj):
            target = self._just_owned(verb, exclude=subj_id, before=True) or self.entities.story_company(verb, exclude=subj_id)
            if target and target != subj_id and self.type_of(target) in ORGANISATIONS:  # "SOCAR has also bid", "X confirmed it has submitted a bid": for what is on sale
                q.status = "offered"
                yield self._found("acquires", subj_id, target, verb, q)
        elif lemma in ACQUIRE_VERBS:
            target = self._firm_bought(verb, lemma, obj, obj_id)
            if lemma == "take" and not (obj and obj.lemma_.lower() in {"stake", "control", "share", "majority", "part", "over"} or _particle(verb) == "over"):
                target = None
            rest_bought = target is None and obj is not None and obj.dep_ == "nsubjpass" and _is_share_phrase(obj) and _is_the_rest(obj)
            if rest_bought and subj_id:  # "X is 70% owned by Y; the other 30% was bought in 2018 by Z": Z holds the rest of X
                target = self._entity_of_share(obj, verb) or self._completed_by(obj, exclude=subj_id) or self._just_owned(verb, exclude=subj_id, before=True) or self._held_just_before(verb, exclude=subj_id)
                if target and target != subj_id and self.type_of(target) in ORGANISATIONS:
                    yield self._found("owns", subj_id, target, verb, Qualifiers(share=parse_share(_phrase(obj)), date=q.date))
            if subj_id and target and subj_id != target and self.type_of(target) in ORGANISATIONS:
                q.share = parse_share(_phrase(obj)) if obj is not None else None
                q.amount = amount_near(list(verb.subtree))
                q.status = q.status or "completed"
                yield self._found("acquires", subj_id, target, verb, q)
                yield from self._seller(verb, obj, subj_id, target, q)
        elif lemma in HAND_OVER_VERBS and not (obj is not None and _is_money(obj)):
            yield from self._hand_over(verb, subject, obj, q)
        elif lemma == "invest":
            target = self._invested_in(verb, obj)  # "invested 15 million euros in X"
            if target is None and verb.dep_ == "xcomp":
                target = self.entity(_pobj(_prep(verb.head, {"in", "into"})))  # "X, in which Nissan has agreed to invest"
            round_ = _pobj(_prep(verb, {"in"}))
            if target is None and round_ is not None and round_.lemma_.lower() in FUNDING_ROUNDS:
                target = self._just_owned(verb, exclude=subj_id) or self.entities.story_company(verb, exclude=subj_id)  # "owns 9.9% of X, having invested $45 million in a funding round": X's
            if subj_id and target:
                q.amount = amount_near(list(verb.subtree))
                yield self._found("invests_in", subj_id, target, verb, q)
        elif lemma in {"lend", "loan"} or lemma == "advance" and obj is not None and _is_money(obj):  # "advanced $300 million to X"
            target = self.entity(_pobj(_prep(verb, {"to"})) or _recipient(verb))
            if target is None and obj is not None and _is_money(obj):  # "lent Sirichai Group 18 billion baht": the parser hung the borrower on the sum
                target = next((self.entities.at(t) for t in obj.subtree if t.i < obj.i and self.entities.at(t) and self.entities.at(t) != subj_id), None)
            if subj_id and target:
                q.amount = amount_near(list(verb.subtree))
                yield self._found("lends_to", subj_id, target, verb, q)
        elif lemma == "owe" and obj is not None and _is_money(obj):  # "X owes $2.3 billion to Y": Y lent it
            lender = self.entity(_pobj(_prep(verb, {"to"}) or _prep(obj, {"to"})))
            if subj_id and lender and lender != subj_id:
                yield self._found("lends_to", lender, subj_id, verb, replace(q, amount=amount_near(list(verb.subtree))))
        elif lemma in {"call", "describe", "brand", "dub", "label"} and subj_id and (scorned := self._scorned(verb)) is not None:
            target = (self.entity(scorned) if scorned.dep_ == "dobj" and scorned.head.i == verb.i else None) or self._owner(scorned)  # "called the council a political tool", "called the fine disproportionate"
            if target is None and scorned.lemma_.lower() in DEAL_NOUNS:
                target = self.entity(_pobj(_prep(scorned, {"by"}))) or self.memory.get("deal")  # "called the purchase a gamble": the buyer's
            blamed = next((self.entity(_pobj(t)) for t in verb.subtree if t.i > scorned.i and t.dep_ == "prep" and t.lower_ in {"from", "by"} and self.entity(_pobj(t))), None)
            target = blamed or target or self.memory.get("acted")  # "described the investigation as a political order from the governing party": the party
            if target and target != subj_id:
                yield self._found("criticizes", subj_id, target, verb, q, confidence=0.5)
        elif lemma in CRITICIZE_VERBS and not _reason_for_an_act(verb):
            target = obj_id or self._owner(obj)
            if target is None and obj is not None and obj.lemma_.lower() in DECISION_NOUNS:
                target = self.memory.get("acted")  # "condemned the sanctions": whoever imposed them, last told
            if target is None and obj is not None and obj.lemma_.lower() in DEAL_NOUNS | ACQUISITION_NOUNS:
                target = self.entity(_pobj(_prep(obj, {"by"}))) or self.memory.get("deal")  # "criticised the purchase (by X)": the buyer, named or last told
            if target is None and _is_board(obj):
                target = self._owner(obj) or self.entities.story_company(obj, exclude=subj_id)  # "accused the board of turning down a premium": the firm's
            subj_id = subj_id or self._topic(verb)
            if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and (subj_id == target or target is None and obj is not None and obj.lower_ in {"it", "them"}):
                # "X said the company had kept ... and accused it of ...": the parser joined "accused" to the reported clause; X accuses the company
                subj_id, target = self.entity(self._subject(verb.head.head)), target or subj_id
            if subj_id and target and subj_id != target:
                yield self._found("criticizes", subj_id, target, verb, q, confidence=0.5)
        elif lemma in {"transfer", "pay", "pump", "funnel", "channel", "wire"} and obj is not None and _is_money(obj):
            receiver = self.entity(_pobj(_prep(verb, {"to", "into"})))  # "Rosatom transferred $5 billion to Akkuyu Nuclear"
            if subj_id and receiver and receiver != subj_id and self.type_of(receiver) in ORGANISATIONS:
                q.amount = amount_near(list(verb.subtree))
                yield self._found("invests_in", subj_id, receiver, verb, q)
        elif lemma == "borrow":
            lender = self.entity(_pobj(_prep(verb, {"from"})))  # "X borrowed 300 million reais from Banco do Brasil"
            if subj_id and lender and lender != subj_id:
                q.amount = amount_near(list(verb.subtree))
                yield self._found("lends_to", lender, subj_id, verb, q)
        elif lemma in {"form", "create", "establish", "launch", "set", "sign", "run", "conclude", "strike", "ink"} and obj is not None and obj.lemma_.lower() in ALLIANCE_NOUNS | {"agreement", "memorandum"}:
            partner = self.entity(_pobj(_prep(verb, {"with"}) or _prep(obj, {"with"})))  # "formed a joint venture with Petro Arvand"
            first = subject is not None and subject.dep_ != "conj"
            partners = [partner] if partner else [self.entity(c) for c in _with_conjuncts(subject)[1:2]] if first else []  # "Iran and China signed a pact": once
            if not partners and subj_id is None and subject is not None:
                yield from self._between_the_pair(subject, verb, q)  # "The two companies signed a cooperation agreement"
            for other in partners:
                if subj_id and other and other != subj_id:
                    yield self._found("cooperates_with", subj_id, other, verb, q)
        elif lemma in {"cooperate", "collaborate", "partner", "ally"} or lemma == "team" and _particle(verb) == "up" or _acts_together(verb, lemma):
            target = self.entity(_pobj(_prep(verb, {"with"}) or _prep(_pobj(_prep(verb, {"in"})), {"with"})))  # "acts in concert with X", "votes with X"
            with_what = _pobj(_prep(verb, {"with"}))
            if target is None and with_what is not None and with_what.lemma_.lower() in ACTION_NOUNS:
                target = self._owner(with_what)  # "cooperated with its investigation": the investigator
                if target in {None, subj_id}:  # "its": the body this sentence names, not the firm that cooperates
                    target = next((e for t in with_what.sent[: with_what.i - with_what.sent.start] if (e := self.entities.at(t)) and self.type_of(e) == "public_body"), None)
            first = subject is not None and subject.dep_ != "conj"
            partners = [target] if target else [self.entity(c) for c in _with_conjuncts(subject)[1:2]] if first else []  # "X and Y teamed up"
            if not partners and subject is not None and subject.lower_ in {"they", "pair", "two", "both"}:
                pair = self._the_pair_named(verb)  # "the pair control 58% and have agreed to vote together"
                subj_id, partners = (pair[0], pair[1:]) if pair else (subj_id, [])
            for other in partners:
                if subj_id and other and other != subj_id:
                    yield self._found("cooperates_with", subj_id, other, verb, q)
        if lemma in REGULATORY_VERBS:
            if subject is not None and subject.pos_ == "PRON" and self.type_of(subj_id) not in STATE:
                subj_id = self.entities.nearest(subject, STATE)  # "a businessman whom it sanctioned": only a state sanctions
            if subject is None and lemma in PENALTY_VERBS and _is_passive(verb):
                # "X is not being designated today": by the body that designated or fined just before, else the court or regulator just told
                subj_id = self.memory.get("penalised_by") or self.entities.nearest(verb, {"public_body"})
            elif lemma in PENALTY_VERBS and self.acts_for_states(subj_id) and subject is not None and subject.pos_ == "PROPN" and subject.dep_ == "nsubj":
                self.memory["penalised_by"] = subj_id
            yield from self._regulatory(verb, lemma, subj_id, obj, obj_id, q)
        if lemma in PRODUCT_VERBS and subj_type in {"company", "organization"}:
            yield from self._products_in_clause(verb, subj_id, q)
        if lemma == "leave" and _prep(verb, {"with"}) is not None:
            yield from self._left_with(verb, obj)
        elif lemma in LEAVE_VERBS:
            yield from self._departure(verb, lemma, subj_id, obj_id, q)
        if lemma in APPOINT_VERBS:
            appointee = self.entities.at(obj) if obj is not None and obj.lemma_.lower() in LEAD_TITLES | WORK_TITLES else obj_id  # "appoint its chief executive": nobody named
            yield from self._appointment(verb, appointee or self.entity(self._nsubjpass(verb)), q)
            yield from self._appointing_power(verb, subj_id, obj)
            if _is_passive(verb) and self.entity(self._agent(verb)):
                # "X's chairman, Y, was appointed by King Z": who fills the post controls X
                post = _child(verb, "nsubjpass")
                if post is not None and post.lemma_.lower() not in SEAT_NOUNS:
                    post = next((c for c in post.children if c.dep_ == "appos" and c.lemma_.lower() in SEAT_NOUNS), post)  # "Y, X's chairman, was"
                yield from self._appointing_power(verb, self.entity(self._agent(verb)), post, people_too=True)
        replacing = lemma in {"replace", "succeed"} and verb.dep_ == "advcl" and verb.tag_ == "VBG" and self.type_of(obj_id) == "person" and self.type_of(subj_id) != "person"
        if replacing and (told := self._post_just_told(verb, "post") or self._post_just_told(verb, "seat")):
            org, role, claim = told  # "appointed X to the board of Z, replacing Y": Y held the seat
            if org != obj_id:
                yield self._found(claim, obj_id, org, verb, Qualifiers(role=role, status="former"))
        elif lemma in {"replace", "succeed"} and not _is_passive(verb) and subj_id and obj_id:
            appointed = list(self._appointment(verb, subj_id, Qualifiers(date=q.date)))
            if not appointed and self.type_of(subj_id) == self.type_of(obj_id) == "person" and self._post_just_told(verb):
                org, role, claim = self._post_just_told(verb)  # "X was named chief executive of Z. He replaces Y": the post just told
                appointed = [self._found(claim, subj_id, org, verb, Qualifiers(role=role, date=q.date))] if org not in {subj_id, obj_id} else []
            for found in appointed:
                yield found  # "X replaced Y as chief executive of Z": X now, Y before
                yield Found(found.type, obj_id, found.object, verb, False, Qualifiers(role=found.qualifiers.role, status="former"), found.confidence)
        if lemma == "hand" and obj is not None and obj.lemma_.lower() in {"job", "post", "role", "reins", "helm", "position"} and self._post_just_told(verb):
            successor = self.entity(_pobj(_prep(verb, {"to"})) or _recipient(verb))
            org, role, claim = self._post_just_told(verb)  # "stepped down as chief executive, handing the job to his deputy, X"
            if successor and self.type_of(successor) == "person" and successor != org:
                yield self._found(claim, successor, org, verb, Qualifiers(role=role, date=q.date))

    def _based(self, verb: Token, subject: Token | None, obj: Token | None) -> Iterator[Found]:
        """ "X is based in Oslo, Norway", "X, headquartered in Germany,", "X is registered in the UK"."""
        if verb.dep_ in {"acl", "amod"}:
            thing = self._entity_or_predicate(verb.head)  # "X, a company registered in ...", "X is a company registered in ..."
        elif verb.dep_ in {"acomp", "oprd"}:
            thing = self.entity(self._subject(verb.head))
        else:
            thing = self.entity(obj if obj is not None and (obj.dep_ in {"nsubjpass", "appos"} or subject is None) else subject)
        place = _prep(verb, {"in", "at"})
        if thing is None or place is None or self.type_of(thing) not in ORGANISATIONS:
            return
        for token in place.subtree:
            country = self.country_named_by(token, capitals=True) if token.pos_ == "PROPN" else None
            if country and country != thing:
                yield self._found("based_in", thing, country, verb, Qualifiers())
                return
        country = self._country_of_the_city(_pobj(place)) if base_form(verb, KNOWN_VERBS) != "list" else None  # not "listed in New York"
        if country and country != thing:
            yield self._found("based_in", thing, country, verb, Qualifiers())  # "a miner based in Kitwe": Zambia

    def _country_of_the_city(self, place: Token | None) -> str | None:
        """The country of a known city or region named by a word and the proper nouns before it ("Dar es Salaam")."""
        if place is None or place.pos_ != "PROPN":
            return None
        first = place.left_edge if all(t.pos_ == "PROPN" or t.lower_ in {"es", "de", "al", "el"} for t in place.doc[place.left_edge.i : place.i]) else place
        code = self.reference.place_country(place.doc[first.i : place.i + 1].text)
        country = self.reference.country_by_code(code)
        return self.entities.adopt(first, self.reference.lookup(country.name), last=place) if country is not None else None

    def _answers_to(self, verb: Token, subject: Token | None, obj: Token | None) -> Iterator[Found]:
        """ "a fund that sits under the Ministry of Finance", "the bank attached to the ministry" (part of it);
        "Carmel reports to the Government Companies Authority" (a firm under a state body's control)."""
        boss = self.entity(_pobj(_prep(verb, {"to", "under", "within"})))
        if verb.dep_ in {"acl", "amod"}:
            under = self._entity_or_predicate(verb.head) or self._named_by(verb.head)  # "BNDES, the state bank attached to the ministry"
        else:
            under = self.entity(obj if obj is not None and obj.dep_ == "nsubjpass" else subject)
        if not (boss and under) or boss == under or self.type_of(boss) not in STATE | {"organization", "person"}:
            return
        if self.type_of(boss) == "person":  # "the fund reports to President X", "both answer in the end to General Y"
            if self.type_of(under) in {"company", "organization", "public_body"} and base_form(verb, KNOWN_VERBS) in {"answer", "report"}:
                yield self._found("controls", boss, under, verb, Qualifiers())
        elif self.type_of(under) == "public_body" or base_form(verb, KNOWN_VERBS) in {"sit", "attach"}:
            yield self._found("part_of", under, boss, verb, Qualifiers())  # a place in the state's own hierarchy
        elif self.type_of(under) in {"company", "organization"}:
            yield self._found("controls", boss, under, verb, Qualifiers())

    def _answers_as_noun(self, noun: Token) -> Iterator[Found]:
        """ "X is owned by the state and answers to the ministry" where the tagger took "answers" for a noun:
        its "to" hangs on it or, after "the state and answers", on the first verb or on "the state"."""
        verb = next((t for t in noun.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        if verb is None:
            return
        after = noun.nbor() if noun.i + 1 < len(noun.doc) else None
        holder = noun if _prep(noun, {"to"}) is not None else after.head if after is not None and after.lower_ == "to" and after.head in {verb, noun.head} else None
        if holder is not None:
            yield from self._answers_to(holder, self._subject(verb) or self._nsubjpass(verb), None)

    def _holding(self, verb: Token, lemma: str, subj_id: str, obj: Token | None, obj_id: str | None, q: Qualifiers) -> Iterator[Found]:
        """ "X owns Y", "X holds 50.1% of Y", "Y, in which X holds 67%", "X controls Y"."""
        claim = "controls" if lemma == "control" else "owns"
        target = obj_id
        if obj is not None and obj.lower_ in {"that", "which"} and verb.dep_ == "relcl" and _is_share_phrase(verb.head):
            obj, target = verb.head, None  # "the stake that Nordlys holds in Daugava": the stake, in Daugava
        if obj is not None and (target is None or obj.like_num or obj.lemma_.lower() in {"%", "percent", "majority", "minority", "half", "third", "quarter"} | SHARE_NOUNS):
            target = self._entity_of_share(obj, verb) or target
            of_what = _pobj(_prep(obj, {"of"}))
            if of_what is not None and target is None and of_what.lemma_.lower() not in SHARE_NOUNS:
                return  # "controlled 40% of the cement market": a share of something else
            named_elsewhere = any(p.dep_ == "prep" and p.lower_ in {"in", "of"} and _pobj(p) is not None and _pobj(p).pos_ == "PROPN" for h in (obj, verb) for p in h.children)
            if target is None and self._unnamed_in_which(verb):
                return
            if target is None and (_is_share_phrase(obj) or obj.lemma_.lower() in {"rest", "remainder", "balance"}) and not named_elsewhere:  # "shares in Lindeboom" we could not resolve: no guess
                # "holds 20 percent of the votes", "has never owned any shares": of the company in the story;
                # "X owns 60% of Y; Z holds the remaining 40%": of the one just named
                subject = self._subject(verb)
                title_of = self._owner(subject) if subject is not None and subject.pos_ == "NOUN" else None  # "The miner's founder, X, keeps 15%": of the miner
                title_of = None if title_of == subj_id else title_of  # "the Rossi family": the name is its own
                first_verb_object = self.entity(_direct_object(verb.head)) if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else None  # "founded the company and still holds 51%"
                first_verb_object = first_verb_object if self.type_of(first_verb_object) in {"company", "organization"} and first_verb_object != subj_id else None
                remaining = any(t.lower_ in {"remaining", "other", "rest", "remainder", "balance"} for t in obj.subtree)
                target = first_verb_object or self._just_owned(verb, exclude=subj_id, before=remaining) or title_of or self._owned_in_sentence(verb, exclude=subj_id) or self.entities.story_company(verb, exclude=subj_id)
            q.share = parse_share(_phrase(obj))
        if q.share is None:
            measure = next((c for c in verb.children if c.dep_ in {"npadvmod", "advmod"} and _is_share_phrase(c)), None)
            q.share = parse_share(_phrase(measure)) if measure is not None else None  # "49% owned by", "wholly owned"
        part_of_named = target is not None and obj is not None and obj.lemma_.lower() in {"rest", "remainder", "balance", "majority", "half", "third", "quarter"}
        if lemma == "hold" and q.share is None and obj_id is None and not _is_share_phrase(obj) and not part_of_named:
            return  # "holds talks", "holds a meeting": a share or a named business makes holding ownership
        if target and target != subj_id:
            yield self._found(claim, subj_id, target, verb, q)
            votes = self._majority_of_votes(verb, obj)
            if claim == "owns" and votes is not None:  # "58% of the capital and 71% of the votes": control too
                yield self._found("controls", subj_id, target, verb, Qualifiers(role=f"{votes.text} of the votes", date=q.date))
            for also in self._also_of(obj, target):
                yield self._found(claim, subj_id, also, verb, q)  # "100 percent of the capital of X and of Y"
            through = next((t for t in verb.subtree if t.dep_ == "prep" and t.lower_ in {"through", "via"} and (t.head.i == verb.i or obj is not None and obj.i in {t.head.i, t.head.head.i} or t.head.dep_ == "pobj" and t.head.head.dep_ == "agent")), None)  # "owned by the state through the fund"
            principal = self._in_trust_for(verb)
            if principal and principal not in {subj_id, target}:  # "holds shares in Y on behalf of X": X is behind the holding
                yield self._found("controls", principal, target, verb, Qualifiers(date=q.date))
            vehicle = self.entity(_pobj(through)) or self._named_after_comma(_pobj(through))
            if vehicle and vehicle not in {subj_id, target} and self.type_of(vehicle) in ORGANISATIONS and claim == "owns":
                # "X holds 51% through Y": Y is the holder of record, and X owns Y (a ministry it does not own)
                yield self._found("owns", vehicle, target, verb, Qualifiers(share=q.share, date=q.date))
                if self.type_of(vehicle) != "public_body":
                    yield self._found("owns", subj_id, vehicle, verb, Qualifiers(date=q.date))
                elif self.type_of(subj_id) == "country" or self.is_government(subj_id):  # "the state holds its shares through the State Property Committee"
                    yield self._found("part_of", vehicle, subj_id, verb, Qualifiers())

    def _majority_of_votes(self, verb: Token, obj: Token | None) -> Share | None:
        """The share of the votes a holder has, where it is more than half: "71% of the votes", "62% of the
        voting rights" (a holding's other measure, "holds 28% of the capital and 74% of the votes")."""
        own_clause = lambda t: next((a for a in t.ancestors if a.pos_ in {"VERB", "AUX"}), None) == verb
        holdings = [obj, *obj.conjuncts] if obj is not None else []
        holdings += [t for t in verb.subtree if t.lemma_.lower() in {"%", "percent"} and own_clause(t)]  # "and, through its A shares, 74% of the votes"
        for holding in holdings:
            measured = _pobj(_prep(holding, {"of", "in"}))
            if measured is None or not _is_vote_noun(measured):
                continue
            share = parse_share(_phrase(holding))
            if share is not None and share.value is not None and share.value > 50:
                return share
        return None

    def _between_the_pair(self, subject: Token, verb: Token, q: Qualifiers) -> Iterator[Found]:
        """ "The two companies", "both firms" signed or ran something together: the last two organisations named."""
        pair = subject.lemma_.lower() in COMPANY_WORDS and (any(c.lower_ in {"two", "both"} for c in subject.children) or subject.lower_ == "both")
        if not pair:
            return
        doc = verb.doc
        before = doc[verb.sent.start - 1].sent.start if verb.sent.start > 0 else 0
        named = list(dict.fromkeys(e for e in (self.entities.at(doc[i]) for i in range(before, verb.i)) if e and self.type_of(e) in {"company", "organization"}))
        if len(named) == 2:  # only where the last sentence and this one name just the two
            yield self._found("cooperates_with", named[0], named[1], verb, q)

    def _also_of(self, holding: Token | None, target: str) -> list[str]:
        """Firms in "of X and of Y" after the "of" that named the target: the same share of each."""
        if holding is None:
            return []
        of = next((t for t in holding.subtree if t.dep_ == "prep" and t.lower_ == "of" and self.entity(_pobj(t)) == target), None)
        if of is None:
            return []
        again = [t for t in holding.subtree if t.dep_ in {"prep", "conj"} and t.lower_ == "of" and t.i > of.i and t.doc[t.i - 1].lower_ == "and"]
        others = [self.entity(_pobj(p)) for p in dict.fromkeys([*of.conjuncts, *again]) if p.lower_ == "of"]
        return [o for o in others if o and o != target and self.type_of(o) in ORGANISATIONS]

    def _scorned(self, verb: Token) -> Token | None:
        """What "called the sanctions political theatre", "calling the findings a misunderstanding", "a penalty
        that the miner called politically motivated", "called the council a political tool of the government",
        "described the case as a political order" scorn: a state's decision, a deal, or a named body, when
        the words it is called are scornful."""
        scorned_kinds = DECISION_NOUNS | DEAL_NOUNS | {"case", "prosecution", "charges", "arrangement", "approach"}
        determined = lambda t: t.i > 0 and t.doc[t.i - 1].lower_ in {"the", "its", "their", "this", "that"}  # "called the fine ...", where "fine" was taken for an adjective
        called = next((t for t in verb.subtree if t.i > verb.i and (t.pos_ in {"NOUN", "PROPN"} or determined(t)) and (t.lemma_.lower() in scorned_kinds or t.lower_ in scorned_kinds or t.dep_ == "dobj" and t.head.i == verb.i and self.entity(t))), None)
        if called is None and verb.dep_ == "relcl" and verb.head.lemma_.lower() in scorned_kinds:
            called = verb.head
        if called is None:
            return None
        scorn = [t for t in verb.subtree if t.i > called.i and t.lower_ in SCORN_WORDS]
        return called if scorn else None

    def _post_just_told(self, verb: Token, kind: str = "post") -> tuple[str, str, str] | None:
        """The post (organisation, title, claim) this sentence or the one before told someone holds ("seat": a board seat)."""
        post = self.memory.get(kind)
        if post is None or verb.sent.start - post[3] > 2:
            return None
        return post[:3]

    def _just_owned(self, token: Token, exclude: str | None, before: bool = False) -> str | None:
        """What the last holding told was of, in this sentence (or, with `before`, the one just before)."""
        earlier = self.memory.get("owned")
        if earlier is None or earlier[2] == exclude:
            return None
        start, end, owned, _ = earlier
        if start == token.sent.start or before and token.sent.start - end <= 2:
            return owned
        return None

    def _local_government_led(self, title: Token) -> str | None:
        """ "the mayor of Talara" leads "the Provincial Municipality of Talara" where the story names it."""
        place = _pobj(_prep(title, {"of"}))
        if title.lemma_.lower() not in {"mayor", "governor", "prefect", "mayor-elect"} or place is None or place.pos_ != "PROPN":
            return None
        suffix = f" of {place.text}".lower()
        return next((e.id for e in self.entities.entities if e.type == "public_body" and e.name.lower().endswith(suffix)), None)

    def _share_told_before(self, verb: Token, exclude: str | None) -> str | None:
        """The firm a share earlier in the sentence is of, where its holder was no name: "My family owns 70%
        of Asuboa and the rest belongs to X": Asuboa."""
        for share in verb.sent:
            if share.i >= verb.i:
                break
            if _is_share_phrase(share) and (held := self.entity(_pobj(_prep(share, {"of", "in"})))) and held != exclude and self.type_of(held) in ORGANISATIONS:
                return held
        return None

    def _completed_by(self, share: Token, exclude: str | None) -> str | None:
        """The firm whose shares told in this sentence or the one before add up to 100% with this one:
        "A owns 81% of the group, and B and C hold a third of the holding each. The remaining 19% ...": the group's."""
        value = parse_share(_phrase(share))
        if value is None or value.value is None:
            return None
        told: dict[str, float] = {}
        recent = {share.sent.start}
        if share.sent.start > 0:
            recent.add(share.doc[share.sent.start - 1].sent.start)
        for start, owned, part in self.memory.get("parts", []):
            if start in recent and owned != exclude:
                told[owned] = told.get(owned, 0.0) + part
        return next((owned for owned, total in reversed(told.items()) if abs(total + value.value - 100) < 0.6), None)

    def _held_just_before(self, token: Token, exclude: str | None) -> str | None:
        """The firm the sentence before says is held, where its holders were no names: "X is 70% owned by the
        founder's descendants. The remaining 30% belongs to Y": X's."""
        if token.sent.start == 0:
            return None
        root = token.doc[token.sent.start - 1].sent.root
        held_verbs = {"own", "hold", "control"}
        if base_form(root, KNOWN_VERBS) in held_verbs and _is_passive(root):
            held = self.entity(self._nsubjpass(root))
        elif root.lemma_ == "be" and any(c.dep_ == "acomp" and c.tag_ == "VBN" and c.lemma_.lower() in held_verbs for c in root.children):
            held = self.entity(_child(root, "nsubj"))  # "X is 70% owned by ...": the parser made "owned" an adjective
        else:
            return None
        return held if held != exclude and self.type_of(held) == "company" else None

    def _in_trust_for(self, verb: Token) -> str | None:
        """Who a holding is for: "holds shares in Y on behalf of X", "held in trust for X"."""
        behalf = next((t for t in verb.subtree if t.lower_ == "behalf" and t.head.lower_ == "on"), None)
        if behalf is not None:
            return self.entity(_pobj(_prep(behalf, {"of"})))
        trust = next((t for t in verb.subtree if t.lower_ == "trust" and t.head.lower_ == "in"), None)
        return self.entity(_pobj(_prep(trust, {"for"}) or _prep(verb, {"for"}))) if trust is not None else None

    def _invested_in(self, verb: Token, money: Token | None) -> str | None:
        """Where money goes: "in X", or the firm whose asset it goes into ("in a new rolling mill at X", "into
        the Spanish company's plant"); not "in new cranes there", where the writer names no owner."""
        into = _pobj(_prep(verb, {"in", "into"}) or _prep(money, {"in", "into"}))
        target = self.entity(into)
        if target is None and into is not None and into.pos_ == "NOUN":
            target = self._owner(into) or self.entity(_pobj(_prep(into, {"at", "of"})))
        return target

    def _products_in_clause(self, verb: Token, maker: str, q: Qualifiers) -> Iterator[Found]:
        """ "runs the streaming apps QQ Music, Kugou and Kuwo", "runs three terminals and PortPass, a booking
        app": every product named in the verb's own clause is the subject's, however the parser hung the list."""
        for token in verb.subtree:
            product = self.entities.at(token)
            if product is None or product == maker or self.type_of(product) != "product" or token.i < verb.i:
                continue
            if next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None) == verb:
                yield self._found("operates", maker, product, verb, replace(q))

    def _left_with(self, verb: Token, obj: Token | None) -> Iterator[Found]:
        """ "..., leaving Tembusu and the founder, Karma Wangdi, with 37% each", "..., leaving the remaining
        25% with the pension trust": after a sale, who keeps the rest holds it."""
        kept = _pobj(_prep(verb, {"with"}))
        if obj is None or kept is None:
            return
        share, holders = (obj, kept) if _is_share_phrase(obj) or obj.like_num else (kept, obj) if _is_share_phrase(kept) or kept.like_num else (None, None)
        if share is None:
            return
        named = [t for h in _with_conjuncts(holders) for t in (h, *(c for c in h.children if c.dep_ == "appos"))]
        for holder in dict.fromkeys(e for t in named if (e := self.entities.at(t))):
            target = self._entity_of_share(share, verb) or self._just_owned(verb, exclude=holder, before=True) or self._owned_in_sentence(verb, exclude=holder)
            if target and target != holder and self.type_of(target) in ORGANISATIONS:
                yield self._found("owns", holder, target, verb, Qualifiers(share=parse_share(_phrase(share))), presupposed=True)

    def _owned_in_sentence(self, verb: Token, exclude: str | None) -> str | None:
        """The company whose owners a sentence lists: "Cerrado Grãos is controlled by X through Y, which
        holds 61%, while Z owns a further 25%" (the main clause's subject, named before the holding)."""
        root = verb.sent.root
        if root.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in root.children) and base_form(root, KNOWN_VERBS) not in {"be", "remain"}:
            return None  # "X bought 30% in 2021, and Y holds the remaining 15%": X is a buyer, not the firm held
        for child in root.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.i < verb.i:
                found = self.entity(child)
                if found and found != exclude and self.type_of(found) == "company":
                    return found
        return None

    def _entity_of_share(self, obj: Token, verb: Token) -> str | None:
        """Whose shares: "50.1% of Y", "a stake in Y", "a Pelliot share", or the noun a relative "in which" hangs on."""
        if obj.lemma_.lower() in SHARE_NOUNS and self._owner(obj):
            return self._owner(obj)
        shares_listed = [c for c in obj.conjuncts if c.i > obj.i and _is_share_phrase(c)]  # "8.0% and 6.5% of X respectively": of X both
        for holder in (obj, *shares_listed, verb):
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in {"of", "in"}:
                    pobj = _pobj(prep)
                    if pobj is not None and pobj.lower_ in {"which", "whom"} and verb.dep_ == "relcl":
                        return None if self._unnamed_in_which(verb) else self._entity_or_predicate(verb.head)  # "X is a smelter in which Y holds 30%"
                    found = self.entity(pobj)
                    if found:
                        return found
                    if pobj is not None and pobj.lemma_.lower() in SHARE_NOUNS:  # "half of the carmaker's voting shares", "30% of the votes in Y"
                        return self._owner(pobj) or self.entity(_pobj(_prep(pobj, {"in"})))
        return None

    def _unnamed_in_which(self, verb: Token) -> bool:
        """ "carried out by a consortium in which X holds 70%": the clause is about a firm the story has not named."""
        if verb.dep_ != "relcl" or not any(p.dep_ == "prep" and _pobj(p) is not None and _pobj(p).lower_ in {"which", "whom"} for p in verb.children):
            return False
        described = verb.head
        return described.dep_ not in {"attr", "appos"} and not self.entities.at(described) and any(c.lower_ in {"a", "an"} for c in described.children)

    def _entity_or_predicate(self, token: Token | None) -> str | None:
        """An entity, or for "X is a game made by Y" the X that the noun "game" is said of."""
        found = self.entity(token)
        if found or token is None:
            return found
        if token.dep_ == "attr":
            return self.entity(self._subject(token.head))
        if token.dep_ == "appos":
            return self.entity(token.head)
        return None

    def _hand_over(self, verb: Token, subject: Token | None, obj: Token | None, q: Qualifiers) -> Iterator[Found]:
        """ "offered to hand over parts of Ant Group to the government": the receiver acquires, on offer."""
        lemma = base_form(verb, KNOWN_VERBS)
        receiver = self.entity(_pobj(_prep(verb, {"to"}) or _prep(obj, {"to"})) or _recipient(verb))
        thing = self.entity(obj)
        if thing is None and obj is not None and (obj.lemma_.lower() in SHARE_NOUNS | {"holding", "shareholding", "interest"} or _is_share_phrase(obj)):
            of_what = _pobj(_prep(obj, {"in", "of"}) or _prep(verb, {"in"}))
            thing = self.entity(of_what)  # "transferred his stake in X to Y": Y acquires (a stake in) X
            if thing is None and of_what is not None and of_what.lemma_.lower() in SHARE_NOUNS:
                thing = self._owner(of_what)  # "agreed to sell 40% of its shares to Y": of the firm "its" is
            if thing is None and receiver is not None and _poss(obj) is not None:  # "agreed to sell its 90% to Y": of the firm the story is about
                thing = self._just_owned(verb, exclude=receiver) or self.entities.story_company(verb, exclude=self.entity(subject))
        if lemma == "offer" and obj is not None and obj.lemma_.lower() == "to":
            return
        if receiver and thing and receiver != thing and self.type_of(thing) in ORGANISATIONS:
            offered = lemma == "offer" or any(base_form(a, KNOWN_VERBS) == "offer" for a in verb.ancestors if a.i < verb.i)
            q.status = "offered" if offered else (q.status or "completed")
            q.share = parse_share(_phrase(obj)) if obj is not None else None
            q.amount = amount_near(list(verb.subtree))
            yield self._found("acquires", receiver, thing, verb, q)

    def _regulatory(self, verb: Token, lemma: str, subj_id: str | None, obj: Token | None, obj_id: str | None, q: Qualifiers) -> Iterator[Found]:
        if not self.acts_for_states(subj_id):
            return
        if lemma in {"shut", "close"} and _particle(verb) != "down" or lemma == "veto" and _granted_by_a_holding(verb):
            return  # "a golden share that lets it veto any sale": a shareholder's power, whoever holds it
        placed_in = _prep(verb, {"under", "into", "in"})
        under = _pobj(placed_in)
        placed_under = lemma in {"place", "put"} and under is not None and under.lemma_.lower() in CUSTODY_NOUNS
        if lemma in {"place", "put", "add"} and not placed_under and not any("list" in t.lower_ for t in verb.doc[verb.i : verb.sent.end]):
            return  # "placed under administration", "put into liquidation", "added to its sanctions list"
        if obj is not None and obj.pos_ == "PRON" and lemma in {"clear", "approve", "block"} and self.memory.get("deal") and self.type_of(obj_id) in {None, "public_body"}:
            obj_id = self.memory["deal"]  # "The tribunal approved the deal. The commission cleared it too": the deal, not the tribunal
        if obj is not None and obj.lemma_.lower() in APPOINTMENT_NOUNS and self.type_of(self.entity(_pobj(_prep(obj, {"of"})))) == "person":
            title = _pobj(_prep(obj, {"as"}) or _prep(_pobj(_prep(obj, {"of"})), {"as"}))
            obj_id = self._org_in(title) if title is not None else None  # "approved the appointment of X as chair of Y": an act on Y, not on X
            if obj_id is None:
                return
        target = obj_id or self._owner(obj) or self.entity(_pobj(_prep(verb, {"into", "on", "against"})))
        possessor = _poss(obj) if obj is not None else None
        if target == subj_id and possessor is not None and possessor.lower_ in {"its", "their"}:
            target = self.entities.nearest(possessor, ORGANISATIONS, exclude=subj_id)  # "the commission suspended its licence": not its own
        if target is None and obj is not None:
            target = self._company_of_people(obj)
        if target is None and obj is not None and obj.lemma_.lower() in {"change", "transfer"}:
            of_what = _pobj(_prep(obj, {"of", "in"}))  # "cleared the change of ownership of X", "the transfer of control of X"
            if of_what is not None and of_what.lemma_.lower() in {"ownership", "control", "share", "shareholding"}:
                of_what = _pobj(_prep(of_what, {"of", "in"}))
            target = self.entity(of_what) if self.type_of(self.entity(of_what)) in ORGANISATIONS else None
        if target is None and obj is not None and obj.lemma_.lower() in DEAL_NOUNS:
            bought = self.entity(_pobj(_prep(obj, {"of"})))  # "cleared the purchase of X by Y": X
            target = bought if self.type_of(bought) in ORGANISATIONS else self.memory.get("deal")  # "the regulator cleared the deal": the buyer's, last told
        registered = _pobj(_prep(obj, {"of"})) if obj is not None and obj.lemma_.lower() in {"registration", "admission"} else None
        registered_shares = registered is not None and registered.lemma_.lower() in SHARE_NOUNS
        if target is None and obj is not None and (obj.lemma_.lower() in ISSUE_NOUNS or registered_shares):
            target = self.entities.story_company(verb, exclude=subj_id)  # "the central bank approved the issue", "... the registration of the Offer Shares": the issuer's, the story's company
        if target is None and obj is not None:
            owners = (self.entity(t) for t in obj.subtree if t.dep_ == "poss" and t.i > obj.i)
            target = next((o for o in owners if o and o != subj_id and self.type_of(o) in ORGANISATIONS), None)  # "approved a 9% increase in the plant's tariff"
        if target and target != subj_id:
            q.action = f"placed {placed_in.lower_} {under.lemma_.lower()}" if placed_under else REGULATORY_VERBS[lemma]
            if verb.dep_ == "xcomp" and base_form(verb.head, KNOWN_VERBS) in {"stop", "cease", "refuse", "decline"}:
                q.action = "blocked"  # "stopped approving new Huawei equipment"
            if q.action == "fined":
                q.amount = amount_near(list(verb.subtree))
            self.memory["acted"] = subj_id
            yield self._found("regulatory_action", subj_id, target, verb, q)
        for also in [*self._acted_on_together(verb), *self._also_named_in(obj)]:
            if also not in {subj_id, target} and target:
                yield self._found("regulatory_action", subj_id, also, verb, replace(q))

    def _also_named_in(self, obj: Token | None) -> list[str]:
        """Others an act names in its object: "the accounts of X and of its two shareholders, A and B",
        "two of its units, A and B"."""
        if obj is None:
            return []
        holders = [obj] if self.entity(obj) is None else []
        holders += [c for appos in obj.children if appos.dep_ == "appos" for c in appos.conjuncts]  # "X, a broker, and two of its units, A and B"
        of = _prep(obj, {"of"})
        if of is not None:
            holders += [_pobj(p) for p in of.conjuncts if p.lower_ == "of" and _pobj(p) is not None]
            holders += [_pobj(of)] if self.entity(_pobj(of)) is None and _pobj(of) is not None else []
        named = [self.entities.at(n) for h in holders for n in self._names_in_apposition(h)]
        named += [self.entity(h) for h in holders if h.dep_ == "pobj" and self.entity(h)]
        return [n for n in dict.fromkeys(named) if n]

    def _acted_on_together(self, verb: Token) -> list[str]:
        """ "designated the refiner together with its chairman, X, and Y": X and Y too."""
        with_ = next((p for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" and any(c.lower_ in {"together", "along"} for c in p.children)), None)
        named = []
        for token in _with_conjuncts(_pobj(with_)) if with_ is not None else []:
            for one in (token, *(c for c in token.children if c.dep_ == "appos")):
                for conjunct in (one, *one.conjuncts):
                    found = self.entity(conjunct) if conjunct.pos_ == "PROPN" or self.entities.at(conjunct) else None
                    if found and found not in named:
                        named.append(found)
        return named

    def _under_sanctions(self, verb: Token, target: str, q: Qualifiers) -> Iterator[Found]:
        """ "the Russian bank is under European Union sanctions": whoever imposed them acts on it."""
        sanctions = _pobj(_prep(verb, {"under"}))
        if sanctions is None or sanctions.lemma_.lower() not in {"sanction", "sanctions"}:
            return
        for word in sanctions.children:
            imposer = self.entity(word) if word.dep_ in {"compound", "poss", "amod", "nmod"} else None
            imposer = imposer or (self.country_named_by(word) if word.dep_ in {"amod", "compound"} else None)
            if imposer and imposer != target and self.acts_for_states(imposer):
                yield self._found("regulatory_action", imposer, target, sanctions, replace(q, action="sanctioned"))

    def _ordered_against(self, order: Token, state: str, q: Qualifiers) -> Iterator[Found]:
        """ "the BTRC ordered mobile operators to block Taka Khela": a state acts on what it has others block."""
        for act in (c for c in order.children if c.dep_ in {"xcomp", "ccomp"}):
            if base_form(act, KNOWN_VERBS) not in BLOCK_VERBS:
                continue
            for target in (self.entity(t) for t in _with_conjuncts(_direct_object(act))):
                if target and target != state and self.type_of(target) in ORGANISATIONS:
                    yield self._found("regulatory_action", state, target, act, replace(q, action=f"ordered {act.lemma_.lower()}ed" if not act.lemma_.endswith("e") else f"ordered {act.lemma_.lower()}d"))

    def _appointing_power(self, verb: Token, appointer: str | None, post: Token | None, people_too: bool = False) -> Iterator[Found]:
        """ "ENAMI will hold 51% and appoint the chair", "the right to name two of the board's seven directors",
        "its chairman was appointed by the king": whoever fills a company's top posts controls it (contract:
        appointing power). A person counts only where the text names the post filled (`people_too`)."""
        if not appointer and verb.dep_ == "acl" and verb.head.lemma_.lower() in {"right", "power", "authority", "option"}:
            appointer = self._holder_of(verb.head)  # "X has the right to name ...", "gives X the right to nominate ..."
        appointers = {"company", "public_body", "country", "organization"} | ({"person"} if people_too else set())
        if post is None or not appointer or self.type_of(appointer) not in appointers:
            return
        seats = post if post.lemma_.lower() in SEAT_NOUNS else _pobj(_prep(post, {"of"}))  # "two of the directors"
        if seats is None or seats.lemma_.lower() not in SEAT_NOUNS or self.entity(seats) and not people_too:
            return  # "appoint X": a person named, no post
        company = self._owner(seats) or self._org_in(seats) or self._just_owned(verb, exclude=appointer) or self.entities.story_company(verb, exclude=appointer)
        if company and company != appointer and self.type_of(company) in {"company", "organization"}:
            yield self._found("controls", appointer, company, verb, Qualifiers(role=f"appoints the {_phrase_of_title(seats)}", status=self._status(verb)))

    def _holder_of(self, power: Token) -> str | None:
        """Who has a right or a veto: "X has the right", "gives X a veto", "X will have the right"."""
        verb = power.head
        if base_form(verb, KNOWN_VERBS) in {"give", "grant", "hand"}:
            return self.entity(_recipient(verb) or _pobj(_prep(verb, {"to"})))
        return self.entity(self._subject(verb))

    def _veto(self, veto: Token, target_token: Token | None) -> Iterator[Found]:
        """ "a special share that gives it a veto over the sale of any hospital", "the right to veto the
        venture's budget": a veto over a company's decisions is control of it (contract)."""
        holder = self._holder_of(veto) if veto.pos_ == "NOUN" else self.entity(self._subject(veto.head) if veto.dep_ == "acl" else self._subject(veto))
        if holder is None and veto.pos_ != "NOUN" and veto.dep_ == "acl":
            holder = self._holder_of(veto.head)
        company = (
            self.entity(target_token) or self._owner(target_token) or self._firm_named_in(target_token)
            or self._just_owned(veto, exclude=holder) or self.entities.story_company(veto, exclude=holder)
        )
        if holder and company and holder != company and self.type_of(company) in {"company", "organization"}:
            yield self._found("controls", holder, company, veto, Qualifiers(role="veto"))

    def _firm_named_in(self, phrase: Token | None) -> str | None:
        """The first firm named after a preposition inside a phrase: "any change of control at Kafubu"."""
        for token in phrase.subtree if phrase is not None else ():
            found = self.entity(token) if token.dep_ == "pobj" and token.head.lower_ in {"at", "of", "in"} else None
            if found and self.type_of(found) in {"company", "organization"}:
                return found
        return None

    def _departure(self, verb: Token, lemma: str, subj_id: str | None, obj_id: str | None, q: Qualifiers) -> Iterator[Found]:
        """ "Kevin Mayer got out of TikTok", "X stepped down as chair of Y": a former tie."""
        if lemma in {"fire", "sack", "dismiss", "oust"}:
            person, org = obj_id, subj_id
        else:
            person, org = subj_id, obj_id
            if org is None:
                for prep in verb.children:
                    if prep.dep_ in {"prep", "prt"} and prep.lower_ in {"from", "of", "out", "as", "down"}:
                        org = self._org_in(prep) or self._org_in(_pobj(prep)) if prep.dep_ == "prep" else self._org_in(prep)
                        if org:
                            break
            if org is None and _role_in(verb) and _role_in(verb).split()[-1].lower() in COMPANY_HEAD_TITLES:
                org = self.entities.story_company(verb)  # "resigned as chief executive": of the story's company
        if lemma == "get" and _particle(verb) != "out" and not _prep(verb, {"out"}):
            return
        if _is_board(_pobj(_prep(verb, {"from"}))):
            return  # "resigned from the board of X": a board seat, read from the noun "board"
        if lemma == "step" and _particle(verb) not in {"down", "aside"}:
            return
        if person and org and self.type_of(person) == "person" and self.type_of(org) in ORGANISATIONS:
            q.status = "former"
            role = _role_in(verb)
            q.role = role
            chamber = self.type_of(org) == "public_body" and any(w in self.entities.entity(org).name.lower() for w in CHAMBER_WORDS)  # "left the Senate in 2023": a seat
            claim = "leads" if role and role.split()[-1].lower() in LEAD_TITLES else "member_of" if self.type_of(org) == "organization" or chamber else "employed_by"  # "resigned from the party"
            yield self._found(claim, person, org, verb, q)

    def _appointment(self, verb: Token, person: str | None, q: Qualifiers) -> Iterator[Found]:
        """ "was appointed chief executive of Y" / "named X CEO of Y" / "Y's board appointed X as CEO"."""
        if self.type_of(person) != "person":
            return
        appointer = self._subject(verb)
        titles = LEAD_TITLES | WORK_TITLES
        for token in verb.subtree:
            if token.lemma_.lower() in titles and token.i > verb.i and not (token.dep_ in {"amod", "compound"} and token.head.lemma_.lower() in titles) and not _in_apposition(token, verb):
                if _unresolved_unit(token, self.entity):
                    continue  # "as a director of the subsidiary" we cannot tell: not the appointer's post
                org = self._org_in(token) or self.entity(appointer) or self._owner(appointer)  # "chief executive": the noun, not "chief"
                if token.lemma_.lower() in CUSTODIAN_TITLES and not self._org_in(token) and self.type_of(org) in STATE | {None}:
                    org = self._firm_acted_on(verb) or org  # "the central bank dissolved X's board and installed an administrator": X's
                if org == person or self.type_of(org) == "person":
                    continue
                if org:
                    q.role = _phrase_of_title(token)
                    words = [t for t in token.lefts if t.dep_ in {"amod", "compound"}] + [token]
                    claim = _claim_for_role(words, self.type_of(org)) or "employed_by"  # "appointed director of X": a board seat
                    yield self._found(claim, person, org, verb, q)
                    return
        board = _pobj(_prep(verb, {"to", "onto"}))
        if _is_board(board):  # "appointed X to the board of Y", "named X to its board"
            org = self._owner(board) or self.entity(_pobj(_prep(board, {"of"})))
            if org and org != person and self.type_of(org) in ORGANISATIONS:
                q.role = "director"
                yield self._found("member_of", person, org, verb, q)

    def _firm_bought(self, verb: Token, lemma: str, obj: Token | None, obj_id: str | None) -> str | None:
        """The firm a buying verb buys into: its object, "into X", the firm of a share ("70 percent of X's
        shares"), or the firm a seller was said to hold a part of ("buy the SIC's stake", "buy out Mondego")."""
        target = obj_id or self.entity(_pobj(_prep(verb, {"in"}))) or (self.entity(_pobj(_prep(verb, {"into"}))) if lemma == "buy" else None)  # "bought into Tocantins Papel"
        holds = self.memory.get("holds", {})
        seller = self.entity(_poss(obj)) if obj is not None and obj.lemma_.lower() in SHARE_NOUNS else None
        if seller is not None and seller in holds:
            target = holds[seller]  # "buy the SIC's stake": the stake the SIC was said to hold
        elif target is None and seller is None and _is_share_phrase(obj):
            target = self._entity_of_share(obj, verb)  # "buy the remaining 70 percent of X's shares"
        if _particle(verb) != "out":
            return target
        if obj is not None and obj.lemma_.lower() in {"shareholder", "partner", "investor", "minority"}:
            return self.entity(_pobj(_prep(obj, {"of", "in"}))) or target  # "buy out the minority shareholders of X": X
        return holds.get(target, target)  # "Mondego holds 51% of Lúrio. ENH could seek to buy out Mondego": Mondego's stake in Lúrio

    def _who_pays_with(self, verb: Token) -> str | None:
        """Who borrows money that finances something: the subject of "X will finance the purchase with a loan"
        (not "the purchase is financed with a loan", whose buyer the story may have told wrong or not at all)."""
        if base_form(verb, KNOWN_VERBS) not in {"finance", "fund", "pay", "refinance"} or _is_passive(verb) or verb.tag_ == "VBN":
            return None  # "..., funded partly by a loan from Y": a participle's own rule reads it
        return self.entity(self._subject(verb))

    def _firm_acted_on(self, verb: Token) -> str | None:
        """The firm a verb's first conjunct acted on ("dissolved X's board and installed ..."), else the story's company."""
        first = verb.head if verb.dep_ == "conj" else None
        acted_on = _direct_object(first) if first is not None else None
        found = self.entity(acted_on) or self._owner(acted_on)
        return found if self.type_of(found) in {"company", "organization"} else self.entities.story_company(verb)

    # -- predicate nouns -------------------------------------------------

    def _noun(self, noun: Token) -> Iterator[Found]:
        lemma = noun.lemma_.lower()
        if noun.pos_ == "PROPN":
            yield from self._state_name(noun)
            yield from self._from_after_name(noun)
            yield from self._possessed_product(noun)
            yield from self._country_in_brackets(noun)
        if noun.lower_ in {"answers", "reports"} and noun.dep_ == "conj":
            yield from self._answers_as_noun(noun)
        if lemma == "member":
            yield from self._membership(noun)
        elif lemma in OWNER_NOUNS or _is_controlling_party(noun):
            yield from self._owner_noun(noun)  # "its Chinese owner, Midea Group": owns, whoever the owner is
        elif self._is_title(noun, lemma):
            yield from self._title(noun)
            if lemma in PARTY_ROLES:
                yield from self._party_role(noun)  # "a deputy of the State Duma from United Russia": both
            elif _prep(noun, {"for"}) is not None:
                yield from self._party_role(noun, {"for"})  # "a former mayor of Durrës for the Socialist Party"
        elif lemma == "critic" and (criticised := self.entity(_pobj(_prep(noun, {"of"})))):
            critic = self._predicate_subject(noun)  # "X, a vocal critic of the regulator", "he was a harsh critic of Y"
            if critic and critic != criticised:
                yield self._found("criticizes", critic, criticised, noun, Qualifiers(status=self._status(noun)), presupposed=noun.dep_ == "appos")
        elif lemma == "say" and noun.pos_ == "NOUN" and base_form(noun.head, KNOWN_VERBS) == "have":
            yield from self._say_over(noun)
        elif lemma in APPOINTMENT_NOUNS and _prep(noun, {"of"}) is not None:
            yield from self._appointment_of(noun)
        elif lemma in POST_NOUNS and noun.dep_ == "dobj" and (held := self.entity(_pobj(_prep(noun, {"of", "at"})))):
            yield from self._post_taken_or_left(noun, held)
        elif lemma in {"control", "role", "part", "hand"} and noun.dep_ == "dobj" and base_form(noun.head, KNOWN_VERBS) in {"have", "exercise", "exert", "play", "take", "wield", "retain", "keep"}:
            yield from self._part_in_running(noun)
        elif lemma in {"buyer", "purchaser", "acquirer"} and _prep(noun, {"of"}) is not None:
            yield from self._buyer_of(noun)
        elif lemma in {"front", "proxy", "nominee"} and _prep(noun, {"for", "of"}) is not None:
            boss = self.entity(_pobj(_prep(noun, {"for", "of"})))  # "the funds are fronts for the founder"
            fronts = [self._predicate_subject(noun)] if self._predicate_subject(noun) else self._subjects_of_being(noun)
            for front in fronts:
                if boss and front and boss != front:
                    yield self._found("controls", boss, front, noun, Qualifiers())
        elif lemma == "part" and noun.dep_ in {"appos", "attr"} and not any(c.dep_ in {"det", "nummod", "amod"} for c in noun.children) and (whole := self.entity(_pobj(_prep(noun, {"of"})))):
            member = self._predicate_subject(noun)  # "the Office of Financial Sanctions Implementation, part of HM Treasury"
            if member and member != whole and self.type_of(member) in ORGANISATIONS and self.type_of(whole) in ORGANISATIONS | {"country"}:
                yield self._found("part_of", member, whole, noun, Qualifiers(), presupposed=noun.dep_ == "appos")
        elif lemma == "power" and _prep(noun, {"at", "behind", "in"}) is not None and any(c.lower_ in {"real", "true"} for c in noun.children):
            place = self.entity(_pobj(_prep(noun, {"at", "behind", "in"})))  # "X is the real power at Serra Azul"
            holder = self._predicate_subject(noun)
            if place and holder and place != holder:
                yield self._found("controls", holder, place, noun, Qualifiers())
        elif lemma in GUIDANCE_NOUNS and _prep(noun, {"of"}) is not None and noun.head.lower_ == "under":
            controller = self.entity(_pobj(_prep(noun, {"of"})))  # "works under the leadership of the Communist Party"
            described = noun.head.head  # "the ANP, a public body under the supervision of the ministry": the body described
            controlled = self._entity_or_predicate(described) if described.pos_ == "NOUN" and described.dep_ in {"appos", "attr"} else self._clause_subject(noun)
            if controller and controlled and controller != controlled:
                in_the_state = self.type_of(controller) == self.type_of(controlled) == "public_body"  # a state body under another is part of it
                yield self._found("part_of" if in_the_state else "controls", *((controlled, controller) if in_the_state else (controller, controlled)), noun, Qualifiers())
        elif lemma in PERMITS and _permit_source(noun) is not None:
            issuer = self.entity(_pobj(_permit_source(noun)))  # "won a concession from the government", "imports under a licence from the regulator"
            holder = self._clause_subject(noun)
            if issuer and holder and issuer != holder and self.acts_for_states(issuer):
                yield self._found("regulatory_action", issuer, holder, noun, Qualifiers(action="approved", date=self._date(noun.head)))
        elif lemma in {"cooperation", "collaboration", "partnership", "loyalty", "allegiance"}:
            target = self.entity(_pobj(_prep(noun, {"with", "to"}) or _prep(noun.head, {"with", "to"})))
            owner = self._clause_subject(noun)
            if target and owner and target != owner:
                q = Qualifiers(status=self._status(noun.head))
                yield self._found("cooperates_with", owner, target, noun, q)
        elif lemma in {"stake", "holding", "shareholding", "interest"} and _prep(noun, {"in", "of"}) is not None or lemma == "share" and (noun.tag_ == "NNS" or _is_golden(noun)) and _prep(noun, {"in"}) is not None:
            yield from self._stake(noun)  # "a stake in X", "their shares in X"
        elif lemma in MAKER_NOUNS:
            product = self.entity(_pobj(_prep(noun, {"of"}))) or (self.entity(self._possessor(noun)) if self._possessor(noun) is not None else None)
            maker = self._predicate_subject(noun)
            if product and maker and product != maker and self.type_of(product) == "product":
                yield self._found("operates", maker, product, noun, Qualifiers(), presupposed=noun.dep_ == "appos")  # "the maker of Fathom"
        elif lemma in UNIT_NOUNS and noun.tag_ == "NNS" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NUM":
            yield from self._units_counted(noun, noun.head.head)
        elif lemma in UNIT_NOUNS and _prep(noun, {"of"}) is not None:
            parent = self.entity(_pobj(_prep(noun, {"of"})))
            unit = self._predicate_subject(noun)
            if parent and unit and parent != unit and self.type_of(unit) in ORGANISATIONS:
                claim = ("owns", parent, unit) if lemma in {"subsidiary", "affiliate"} else ("part_of", unit, parent)
                yield self._found(*claim, noun, Qualifiers(), presupposed=noun.dep_ == "appos")
        elif lemma == "veto" and _prep(noun, {"over", "on"}) is not None:
            yield from self._veto(noun, _pobj(_prep(noun, {"over", "on"})))
        elif lemma in PARTY_ROLES:
            yield from self._party_role(noun)
        elif lemma == "ticket" and noun.head.lower_ in {"on", "under"}:
            party = next((self.entity(c) for c in noun.children if c.dep_ in {"compound", "nmod", "poss"} and self.entity(c)), None)
            verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            person = self.entity(next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)) if verb is not None else None  # "elected on the United Russia ticket"
            if party and person and self.type_of(party) == "organization" and self.type_of(person) == "person":
                yield self._found("member_of", person, party, noun, Qualifiers())
        elif lemma in {"investment", "loan", "loans", "credit", "financing"}:
            target = self.entity(_pobj(_prep(noun, {"in", "into", "to"})))
            source = self.entity(_poss(noun)) or self.entity(_pobj(_prep(noun, {"from", "by"}) or _prep(noun.head, {"from"})))
            if target is None and base_form(noun.head, KNOWN_VERBS) in RECEIVE_VERBS:
                target = self._clause_subject(noun)  # "X received a loan from Y"
            means = noun.head.head if noun.dep_ == "conj" else noun.head  # "with equity and a loan from Y"
            paid_with = target is None and means.lower_ in {"with", "by", "through"}
            if paid_with:
                financing = next((a for a in means.ancestors if a.pos_ == "VERB"), None)  # "finance part of the purchase with a loan": however the parser hung "with"
                target = self._who_pays_with(financing) if financing is not None else None  # "X will finance part of the purchase with a loan from Y": X borrows
            if source is None and target is not None and noun.dep_ == "dobj" and base_form(noun.head, KNOWN_VERBS) in LENDING_VERBS:
                source = self._clause_subject(noun)  # "the AfDB has approved a $650 million loan to X"
            if target and source and target != source:
                q = Qualifiers(amount=amount_near(list(noun.subtree)), date=self._date(noun))
                claim = "invests_in" if lemma == "investment" else "lends_to"
                stated = noun.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"} or paid_with  # "X received a loan from Y", "X will pay with a loan from Y": the clause says it
                yield self._found(claim, source, target, noun, q, presupposed=not stated)
        elif lemma in ACQUISITION_NOUNS or lemma == "approach" and any(c.lower_ == "takeover" for c in noun.children):
            yield from self._acquisition(noun)

        elif lemma in {"board", "committee", "council", "panel"}:
            yield from self._board_seat(noun)
        elif lemma in ACTION_NOUNS:
            about = {"into", "of", "on", "against"}
            about_what = _pobj(_prep(noun, about) or _prep(noun.head, about))
            target = self.entity(about_what)
            if target is None and about_what is not None and about_what.lemma_.lower() in DEAL_NOUNS:
                target = self.entity(_poss(about_what)) or self.memory.get("deal")  # "an audit of X's purchases"; "opened a review of the deal": the buyer's, last told
            actor = self.entity(_poss(noun)) or self.entity(_pobj(_prep(noun, {"by", "from"})))
            if target is None and noun.head.lower_ == "under":
                target = self._clause_subject(noun)  # "X is under investigation by Y"
            if target is None:
                target = self._subject_of_question(_prep(noun, about) or _prep(noun.head, about))  # "an inquiry into whether the senator failed to ..."
                actor = actor or self.entity(_pobj(_prep(noun.head, {"by"})))
            actor = actor or self._clause_subject(noun)
            if actor and target and actor != target and self.acts_for_states(actor):
                self.memory["acted"] = actor
                q = Qualifiers(action=ACTION_NOUNS[lemma], date=self._date(noun))
                yield self._found("regulatory_action", actor, target, noun, q)
                for also in _with_conjuncts(about_what)[1:]:  # "sanctions on X and its director, Y": on Y too
                    other = self.entity(also)
                    if other and other not in {actor, target}:
                        yield self._found("regulatory_action", actor, other, noun, replace(q))
        yield from self._described(noun)
        yield from self._from_a_country(noun)
        yield from self._maker_of(noun)

    def _maker_of(self, noun: Token) -> Iterator[Found]:
        """ "Yunqiao, the developer of the ride-hailing app Qiaoxing": who makes a product runs it."""
        product = self.entity(_pobj(_prep(noun, {"of"})))
        if noun.lemma_.lower() not in MAKER_TITLES or self.type_of(product) != "product":
            return
        maker = self._predicate_subject(noun)
        if maker and maker != product and self.type_of(maker) in {"company", "organization", "public_body"}:
            yield self._found("operates", maker, product, noun, Qualifiers(), presupposed=noun.dep_ == "appos")

    def _party_standing_for(self, verb: Token, lemma: str) -> str | None:
        """The party in "elected for X", "ran on X's ticket", "sits on the city council for X", "sits on X's presidium"."""
        words = {"for"} if lemma in {"sit", "serve"} else {"for", "on"}
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in words]
        if not preps and lemma in {"sit", "serve"}:
            seat = _pobj(_prep(verb, {"on", "in"}))
            preps = [_prep(seat, {"for", "of"})] if seat is not None else []  # "sits on the Presidium of X"
        named = [self.entity(_pobj(prep)) for prep in preps]
        return next((one for one in named if self.type_of(one) == "organization"), named[0] if named else None)  # "stood for parliament for X": X

    def _party_role(self, noun: Token, words: frozenset[str] | set[str] = frozenset({"for", "of", "from"})) -> Iterator[Found]:
        """ "X, a Labour lawmaker", "a senator for the Liberal Party", "a deputy ... from United Russia"."""
        hung_on = [noun, noun.head] if noun.dep_ == "attr" else [noun]  # "X is a deputy in the Mejlis, ..., for the Y Party": "for" on "is"
        parties = [self.entity(_pobj(p)) for head in hung_on for p in head.children if p.dep_ == "prep" and p.lower_ in words]
        party = next((p for p in parties if self.type_of(p) == "organization"), None)
        person = self._predicate_subject(noun)
        if party and person and self.type_of(person) == "person":
            yield self._found("member_of", person, party, noun, Qualifiers(role=noun.text), presupposed=noun.dep_ == "appos")

    def _subject_of_question(self, prep: Token | None) -> str | None:
        """The subject of the clause after "into whether", "into how"."""
        clause = next((c for c in prep.children if c.dep_ == "pcomp"), None) if prep is not None else None
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if clause is not None else None
        return self.entity(subject)

    def _say_over(self, noun: Token) -> Iterator[Found]:
        """ "X has the final say over Y", "X has a say in how Y is run": control without ownership."""
        prep = _prep(noun, {"over", "in"})
        target_token = _pobj(prep)
        if target_token is not None and target_token.pos_ in {"VERB", "AUX"}:  # "in how Lanting Pay is run"
            target_token = next((c for c in target_token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        target = self.entity(target_token) or self._owner(target_token)  # "a say over its management"
        if target is None and target_token is not None:
            target = self.entity(_pobj(_prep(target_token, {"at", "of"})))  # "the final say over large contracts at X"
        holder = self.entity(self._subject(noun.head))
        if target == holder and noun.head.dep_ == "ccomp":
            target = self.entity(self._subject(noun.head.head))  # "X said Y had no say over its management": X's
        if target and holder and target != holder and self.type_of(target) in ORGANISATIONS:
            found = self._found("controls", holder, target, noun, Qualifiers())
            found.denied = any(c.lower_ == "no" for c in noun.children)  # "X had no say over its management"
            yield found

    @staticmethod
    def _bid_with_no_target(verb: Token, obj: Token | None) -> bool:
        """ "has also bid", "has submitted a bid": a bid that names no firm, for the one on sale in the story."""
        if _prep(verb, {"for"}) is not None:
            return False
        around = [*verb.sent, *(verb.doc[verb.sent.start - 1].sent if verb.sent.start > 0 else [])]
        if any(t.lemma_.lower() in {"tender", "contract", "procurement", "concession", "project", "licence", "license"} for t in around):
            return False  # a bid in a tender is for work, not for a firm
        if not any(t.lemma_.lower() in {"sell", "sale", "divest", "privatise", "privatize", "privatisation", "privatization", "buyer", "bidder"} for t in verb.doc[: verb.i]):
            return False  # no sale in view: nothing the bid is for
        if base_form(verb, KNOWN_VERBS) == "bid":
            return obj is None
        return obj is not None and obj.lemma_.lower() in {"bid", "offer"} and obj.dep_ == "dobj" and _prep(obj, {"for"}) is None

    def _appointment_of(self, noun: Token) -> Iterator[Found]:
        """ "approved the appointment of Ms X as Chairperson of Y", "the Board of Y approved the appointment of X
        as Chief Executive Officer": the post the appointment gives."""
        appointee_token = _pobj(_prep(noun, {"of"}))
        appointee = self.entity(appointee_token)
        as_ = _prep(noun, {"as"}) or _prep(appointee_token, {"as"})
        title = _pobj(as_)
        if appointee is None or self.type_of(appointee) != "person" or title is None or not self._is_title(title, title.lemma_.lower()):
            return
        subject = self._subject(noun.head) if noun.dep_ == "dobj" else None
        board_of = self._owner(subject) if subject is not None and _is_board(subject) else None
        org = self._org_in(title) or board_of or self.entities.story_company(noun, exclude=appointee)
        if org is None or org == appointee or self.type_of(org) not in ORGANISATIONS:
            return
        words = [t for t in title.subtree if t.i <= title.i and t.dep_ in {"compound", "amod"} or t.i == title.i]
        claim = _claim_for_role(words, self.type_of(org))
        if claim:
            yield self._found(claim, appointee, org, title, Qualifiers(role=" ".join(t.text for t in words), status=self._status(noun.head)))

    def _post_taken_or_left(self, post: Token, held: str) -> Iterator[Found]:
        """ "gave up the chairmanship of X" (led it), "took the helm at X", "holds a directorship of X"."""
        holder = self.entity(self._subject(post.head))
        if holder is None or holder == held or self.type_of(holder) != "person" or self.type_of(held) not in ORGANISATIONS:
            return
        left = base_form(post.head, KNOWN_VERBS) in {"give", "relinquish", "resign", "quit", "lose", "leave", "surrender", "hand", "vacate", "step"}
        claim = "member_of" if post.lemma_.lower() == "directorship" else "leads"
        q = Qualifiers(role=post.text, status="former" if left else self._status(post.head), date=self._date(post.head))
        yield self._found(claim, holder, held, post, q)

    def _units_counted(self, units: Token, number: Token) -> Iterator[Found]:
        """ "X, a broker, and two of its units, A and B": A and B are X's, the firm listed before them."""
        parent = self.entity(number.head) if number.dep_ == "conj" else None
        parent = parent or (self.entity(self._possessor(units)) if self._possessor(units) is not None else None)
        named = [c for c in (*number.children, *units.children) if c.dep_ == "appos" and c.pos_ == "PROPN"]
        for unit in (self.entities.at(t) for n in named for t in (n, *n.conjuncts)):
            if parent and unit and unit != parent and self.type_of(parent) in ORGANISATIONS and self.type_of(unit) in ORGANISATIONS:
                claim = ("owns", parent, unit) if units.lemma_.lower() in {"subsidiary", "affiliate"} else ("part_of", unit, parent)
                yield self._found(*claim, units, Qualifiers(), presupposed=True)

    def _part_in_running(self, noun: Token) -> Iterator[Found]:
        """ "exercises no control over Y's management", "had no role in the management of Y", "will play no
        part in running Y": control of a firm, or its denial."""
        words = {"over"} if noun.lemma_.lower() == "control" else {"in"}
        prep = _prep(noun, words) or _prep(noun.head, words)  # the parser may hang "in running Y" on the verb
        run = _pobj(prep) if prep is not None else None
        if run is None and prep is not None:
            run = next((c for c in prep.children if c.dep_ == "pcomp"), None)  # "no part in running the airline"
        if run is None or noun.lemma_.lower() != "control" and run.lemma_.lower() not in STEERED_NOUNS | {"run", "manage"}:
            return  # "a role in the talks": no say over a firm
        target_token = _direct_object(run) if run.pos_ == "VERB" else run
        target = self._owner(target_token) or self.entity(target_token) if target_token is not None else None
        holder = self.entity(self._subject(noun.head))
        if target == holder and noun.head.dep_ == "ccomp":
            target = self.entity(self._subject(noun.head.head))
        if target and holder and target != holder and self.type_of(target) in ORGANISATIONS:
            found = self._found("controls", holder, target, noun, Qualifiers())
            found.denied = any(c.lower_ == "no" for c in noun.children)
            yield found

    def _buyer_of(self, noun: Token) -> Iterator[Found]:
        """ "X is the buyer of Y", "the most likely buyer of the 30% stake in Y is X": X acquires Y."""
        bought = _pobj(_prep(noun, {"of"}))
        target = self.entity(bought) or (self._entity_of_share(bought, noun) if _is_share_phrase(bought) else None)
        buyer = self._predicate_subject(noun)
        if buyer and target and buyer != target and self.type_of(target) in ORGANISATIONS:
            likely = any(c.lower_ in {"likely", "potential", "possible", "prospective", "would-be"} for c in noun.subtree if c.i < noun.i)
            yield self._found("acquires", buyer, target, noun, Qualifiers(status="planned" if likely else None, share=parse_share(_phrase(bought))))

    def _subjects_of_being(self, noun: Token) -> list[str]:
        """Who "being a front" is said of: "The funds, A and B, are suspected of being fronts"."""
        for ancestor in noun.ancestors:
            subject = next((c for c in ancestor.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None:
                names = self._names_in_apposition(subject) or [subject]
                return [found for found in (self.entity(name) for name in names) if found]
        return []

    def _is_title(self, noun: Token, lemma: str) -> bool:
        """A word for a post: "chief executive", a capitalised "the President of Norway" that names
        nobody, "Rosatom's director general"."""
        if lemma == "general":
            return any(c.dep_ == "compound" and c.lower_ in {"director", "secretary"} for c in noun.children)
        if lemma not in LEAD_TITLES | WORK_TITLES | MEMBER_TITLES and lemma.rpartition("-")[2] not in LEAD_TITLES | WORK_TITLES:
            return False  # "vice-minister", "deputy-governor" are titles too
        return noun.pos_ == "NOUN" or noun.pos_ == "PROPN" and not self.entities.at(noun)

    def _membership(self, noun: Token) -> Iterator[Found]:
        group_token = _pobj(_prep(noun, {"of"}))
        group = self.entity(group_token)
        board = group is None and _is_board(group_token)
        if board:
            group = self._owner(group_token)  # "a member of Fjordtel's board": a director
        elif group is None and group_token is not None and group_token.lemma_.lower() in PARTY_BODIES:
            owner = self._owner(group_token)  # "a member of the MPLA's central committee": of the party
            group = owner if self.type_of(owner) == "organization" else None
        elif group is None and group_token is not None and group_token.lemma_.lower() in LEGISLATURES:
            party = self.entity(_pobj(_prep(noun, {"for"}) or _prep(group_token, {"for"})))  # "a member of parliament for X"
            group = party if self.type_of(party) == "organization" else None
        person = self._predicate_subject(noun)
        if person is None and noun.dep_ == "compound":
            return
        if group is None and noun.dep_ in {"attr", "appos"}:
            # "Zhang is also a member": the group is the one last named as having members
            group = self.memory.get("member_of")
        if group is None:
            modifiers = [c for c in noun.children if c.dep_ in {"compound", "amod"}]
            group = next((self.entity(c) for c in modifiers if self.entity(c)), None)
        if person and group and person != group:
            self.memory["member_of"] = group
            role = "director" if board or self.type_of(group) == "company" else None
            presupposed = noun.dep_ == "appos"
            yield self._found("member_of", person, group, noun, Qualifiers(role=role, status=self._status(noun)), presupposed=presupposed)
            party = next((self.entity(c) for c in noun.children if c.dep_ in {"compound", "nmod"} and c.i < noun.i and self.type_of(self.entity(c)) == "organization"), None)
            elected_for = self.entity(_pobj(_prep(noun, {"for"})))
            party = party or (elected_for if self.type_of(elected_for) == "organization" else None)
            if party and party != group:  # "a BJP member of the Rajya Sabha", "an Assembly member for X": of both
                yield self._found("member_of", person, party, noun, Qualifiers(status=self._status(noun)), presupposed=presupposed)

    def _title(self, noun: Token) -> Iterator[Found]:
        """ "X is the chief executive of Y", "X, chairman of Y", "Y's CEO X", and in a story about
        a company, "X has been chief executive since 2019" (of that company)."""
        org = self._local_government_led(noun) or self._org_in(noun, allow_compound=True)
        if org is None and noun.dep_ == "conj" and self._is_title(noun.head, noun.head.lemma_.lower()) | (noun.head.lemma_.lower() in OWNER_NOUNS):
            org = self._org_in(noun.head, allow_compound=True)  # "Baltic Meridian's sole shareholder and chairman"
        if org is None and noun.dep_ == "pobj" and noun.head.lower_ == "as":
            joined = self.entity(_direct_object(noun.head.head))  # "will join Pelliot as head of product": Pelliot's
            org = joined if self.type_of(joined) in ORGANISATIONS else self._org_of_the_holder(noun.head.head)  # "The miner's founder, X, will stay on as chairman": the miner's
        story_fallback = org is None and _titles_the_story_company(noun)
        if story_fallback:
            org = self._firm_the_holder_is_told_with(noun) or self.entities.story_company(noun)
        unit = _pobj(_prep(noun, {"of", "at"}))
        in_unit = org is None and unit is not None and unit.lemma_.lower() in OFFICE_NOUNS and self._owner(unit) is not None
        if in_unit:
            org = self._owner(unit)  # "director-general of the commission's platform policy bureau": works for the commission
        if org is None or self._bracketed_after(noun, org):
            return
        role = _phrase_of_title(noun)
        status = "former" if any(c.lower_ in {"former", "ex", "then"} for c in noun.children) else None
        # "X's chairman, Y," and "Y, X's chairman," name the post holder as given, whatever the clause says
        post = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun  # "managing" in "managing partner"
        named_by_copula = post.dep_ == "nsubj" and post.head.lemma_ == "be" and not any(c.dep_ == "appos" for c in post.children)  # "X's managing partner is Y, according to filings": stated
        presupposed = (noun.dep_ in {"appos", "compound", "nsubj"} or any(c.dep_ == "appos" for c in noun.children)) and not named_by_copula
        words = [t for t in noun.subtree if t.i < noun.i and t.dep_ in {"amod", "compound"} and t.head.i != noun.head.i and not self.entities.at(t)] + [noun]  # "deputy director general": deputy too
        of_what = _pobj(_prep(noun, {"of"}))
        heads_a_function = noun.lemma_.lower() in {"head", "chief", "director"} and of_what is not None and of_what.pos_ == "NOUN" and not self.entity(of_what)
        if (in_unit or heads_a_function) and self.type_of(org) != "organization":
            claim = "employed_by"  # "Petroandina's head of trading", "director-general of the commission's bureau"
        else:
            claim = _claim_for_role(words, self.type_of(org))
        for person in self._people_with_title(noun):
            corporate_director = claim == "member_of" and self.type_of(person) == "company" and self.type_of(org) == "company"  # "Its sole director is Lefkara Fiduciary Services Ltd"
            own_org = self.memory.get("works_at", {}).get(person) if story_fallback else None  # "X heads Equinor. He was appointed CEO in 2020": Equinor's, not the story's firm
            if claim and person != (own_org or org) and (self.type_of(person) == "person" or corporate_director):
                yield self._found(claim, person, own_org or org, noun, Qualifiers(role=role, status=status), presupposed=presupposed)

    def _bracketed_after(self, title: Token, org: str) -> bool:
        """ "Rhiannon Pettigrew (Labour, Chair)": the title in a member list's bracket is the seat she holds at
        the meeting, not a post in her party."""
        doc = title.doc
        before = title.i - 1
        if before < 2 or doc[before].text != ",":
            return False
        start = before - 1
        while start > 0 and self.entities.at(doc[start - 1]) == org:
            start -= 1
        return self.entities.at(doc[before - 1]) == org and doc[start - 1].text == "(" and title.i + 1 < len(doc) and doc[title.i + 1].text.startswith(")")

    def _country_of_the_name(self, name: Token) -> str | None:
        """The country a name is given as "of": "President Jose Mulino of Panama"."""
        place = self.entity(_pobj(_prep(name, {"of"})))
        return place if self.type_of(place) == "country" else None

    def _org_of_the_holder(self, verb: Token) -> str | None:
        """The organisation the subject of "stays on as ..." is already described by: "the miner's founder, X"."""
        subject = self._subject(verb)
        if subject is None:
            return None
        for described in (subject, *(c for c in subject.children if c.dep_ == "appos")):
            possessor = self._possessor(described) if described.pos_ == "NOUN" else None
            owner = self.entity(possessor) if possessor is not None else None
            if owner and self.type_of(owner) in {"company", "organization", "public_body"}:
                return owner
        return None

    def _firm_the_holder_is_told_with(self, noun: Token) -> str | None:
        """The firm of the clause a title's relative clause hangs on: "It was founded by X, who remains
        chief executive", "Acme hired X, who became chairman": its, not the story's most named firm."""
        clause = next((a for a in noun.ancestors if a.dep_ == "relcl"), None)
        if clause is None:
            return None
        verb = next((a for a in clause.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if verb is not None else None
        found = self.entity(subject) if subject is not None and subject.i != clause.head.i else None
        return found if self.type_of(found) in {"company", "organization"} else None

    def _people_with_title(self, noun: Token) -> list[str]:
        """Who holds a title: the predicate's subject, or every name in apposition ("The founders, X and Y")."""
        first = self._predicate_subject(noun)
        people = [first] if first else []
        for name in self._names_in_apposition(noun):
            found = self.entities.at(name)
            if found not in people:
                people.append(found)
        if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and not self._names_in_apposition(noun):
            people += [p for p in self._people_with_title(noun.head) if p not in people]  # "whose co-founder and chief executive, X,": both titles are X's
        return people

    def _whose_person(self, name: Token) -> str | None:
        """The person in "X, whose co-founder, Y, ..." hung on X's name."""
        for title in (c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN" and any(g.lower_ == "whose" for g in c.children)):
            person = next((self.entities.at(c) for c in title.children if c.dep_ == "appos" and self.type_of(self.entities.at(c)) == "person"), None)
            if person:
                return person
        return None

    def _named_after_comma(self, noun: Token | None) -> str | None:
        """ "through a holding firm, Varga Beteiligungen": the name the parser did not hang on the noun."""
        doc = noun.doc if noun is not None else None
        if noun is None or noun.pos_ != "NOUN" or noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
            return None
        return self.entities.at(doc[noun.i + 2])

    def _owner_behind(self, vehicles: Token) -> list[Token]:
        """ "Companies belonging to the Talukder family own 38% of it", "three vehicles owned by Mr. Petrov
        hold the rest": what unnamed firms hold, the one they belong to holds through them."""
        if vehicles.lemma_.lower() not in VEHICLE_NOUNS:
            return []
        for clause in vehicles.children:
            lemma = base_form(clause, KNOWN_VERBS)
            if clause.dep_ == "acl" and lemma in {"belong", "own", "control", "hold"}:
                owner = _pobj(_prep(clause, {"to"})) if lemma == "belong" else self._agent(clause)
                if self.entity(owner):
                    return [owner]
        return []

    def _names_in_apposition(self, noun: Token, any_kind: bool = False) -> list[Token]:
        """The names set beside a plural or descriptive noun: "two former Tesla engineers, Marisa
        Quint and Devon Achebe," "the funds, A and B," — from the parse, or from the words where the
        parse lost the link (names of one type in a row)."""
        names = [name for child in noun.children if child.dep_ == "appos" for name in (child, *child.conjuncts)]
        doc = noun.doc
        after = noun.i + 1
        if not names and after + 1 < len(doc) and doc[after].text == "," and noun.lemma_.lower() in LEAD_TITLES | WORK_TITLES and noun.tag_ == "NN":
            named = self.entities.at(doc[after + 1]) or (self.entities.at(doc[after + 2]) if after + 2 < len(doc) and doc[after + 1].lower_.rstrip(".") in {"mr", "mrs", "ms", "dr"} else None)
            if self.type_of(named) == "person":  # "controlled by its president, Mr Julio Cedeño": the parse lost the apposition
                return [doc[after + 1] if self.entities.at(doc[after + 1]) else doc[after + 2]]
        if not names and after + 1 < len(doc) and doc[after].text == "," and noun.tag_ == "NNS":
            i = _past_courtesy_title(doc, after + 1)
            kind = self.type_of(self.entities.at(doc[i])) if i < len(doc) else None
            while i < len(doc) and self.entities.at(doc[i]) and (any_kind or self.type_of(self.entities.at(doc[i])) == kind):
                names.append(doc[i])
                i += 1
                while i < len(doc) and self.entities.at(doc[i]) == self.entities.at(doc[i - 1]):
                    i += 1
                if i < len(doc) and doc[i].lower_ in {"and", ","}:
                    i = _past_courtesy_title(doc, i + 1)  # "his sisters, Ms. A and Ms. B"
        distinct: dict[str, Token] = {}
        for name in names:
            entity_id = self.entities.at(name)
            if entity_id:
                distinct.setdefault(entity_id, name)
        return list(distinct.values())

    def _stake(self, noun: Token) -> Iterator[Found]:
        target = self.entity(_pobj(_prep(noun, {"in", "of"})))
        verb = noun.head if noun.dep_ in {"dobj", "pobj", "attr"} else None
        if verb is not None and verb.dep_ == "prep":
            verb = verb.head
        holder = self.entity(_poss(noun)) or (self.entity(self._subject(verb)) if verb is not None else None)
        if not (target and holder) or target == holder:
            return
        q = Qualifiers(share=parse_share(_phrase(noun)), amount=amount_near(list(noun.subtree)), date=self._date(noun))
        held = verb is not None and base_form(verb, KNOWN_VERBS) in {"hold", "own", "have", "retain", "keep"}  # "holds an undisclosed interest in X"
        if noun.lemma_.lower() == "interest" and not _is_share_phrase_modifier(noun) and not held:
            return  # "took an interest in the company": curiosity, not a holding
        paid_for = noun.dep_ == "pobj" and noun.head.lower_ == "for" and verb is not None and base_form(verb, KNOWN_VERBS) in {"pay", "offer", "bid"}  # "agreed to pay $1.2 billion for a 51% stake in X"
        if verb is not None and base_form(verb, KNOWN_VERBS) in {"weigh", "consider", "eye", "mull", "explore", "seek", "want", "target"}:
            q.status = "planned"  # "Toyota weighs stake in X", "is considering a stake in X": a purchase in view, not a holding
            yield self._found("acquires", holder, target, verb, q)
        elif verb is not None and (base_form(verb, KNOWN_VERBS) in ACQUIRE_VERBS | {"take", "raise", "increase", "build"} or paid_for):
            q.status = self._status(verb) or ("offered" if base_form(verb, KNOWN_VERBS) in {"offer", "bid"} else "completed")
            yield self._found("acquires", holder, target, verb, q)
            if base_form(verb, KNOWN_VERBS) in {"raise", "increase", "lift"} and _poss(noun) is not None:
                yield self.held_before_a_raise(verb, holder, target)
        elif verb is not None and base_form(verb, KNOWN_VERBS) in HAND_OVER_VERBS | {"cut", "reduce"}:
            if _poss(noun) is not None:  # "ordered X to sell its stake in Y": X holds it until it sells
                yield self._found("owns", holder, target, noun, q, presupposed=True)
        else:
            claim = "controls" if _is_golden(noun) else "owns"  # "a golden share in X": a veto, not a stake
            yield self._found(claim, holder, target, verb if verb is not None else noun, q, presupposed=verb is None)

    def held_before_a_raise(self, verb: Token, holder: str, target: str) -> Found:
        """ "will raise its stake in X to 30% from 15%": the stake one raises is held now, whatever becomes of the plan."""
        since = _pobj(_prep(verb, {"from"}))
        share = parse_share(_phrase(since)) if since is not None else None
        return self._found("owns", holder, target, verb, Qualifiers(share=share), presupposed=True)

    def _acquisition(self, noun: Token) -> Iterator[Found]:
        """ "Y's takeover of X", "Y completed its acquisition of X", "the purchase of X by Y"."""
        bought = _pobj(_prep(noun, {"of", "for"}))
        if bought is not None and not self.entity(bought) and bought.lemma_.lower() in SHARE_NOUNS | {"holding", "interest"}:
            bought = _pobj(_prep(bought, {"in", "of"}))  # "the purchase of a 60% stake in X": X
        target = self.entity(bought)
        buyer = self.entity(self._possessor(noun)) if self._possessor(noun) is not None else None
        of = _pobj(_prep(noun, {"of", "for"}))
        by = _pobj(_prep(noun, {"by"}) or _prep(of, {"by"}) or (_prep(noun.head, {"by"}) if noun.dep_ == "dobj" else None))  # "blocked the takeover of X by Y"
        if target is None and by is not None and (of_after_buyer := _pobj(_prep(by, {"of"}))) is not None:
            bought = _pobj(_prep(of_after_buyer, {"in", "of"})) if of_after_buyer.lemma_.lower() in SHARE_NOUNS else of_after_buyer
            target = self.entity(bought)  # "the acquisition by X of the entire share capital of Y"
        buyer = buyer or self.entity(by) or self._name_after(by)
        if by is None and buyer is None:
            buyer = self._clause_subject(noun)  # "X completed the purchase of Y"; never the regulator that blocked "the takeover of Y by Z"
        if noun.lemma_.lower() == "sale":
            to = _prep(noun, {"to"}) or _prep(of, {"to"}) or (_prep(noun.head, {"to"}) if noun.dep_ == "dobj" else None)
            buyer = self.entity(_pobj(to))  # "blocked the sale of X to Y"
        made_by = _prep(noun, {"from"}) or (_prep(noun.head, {"from"}) if noun.dep_ == "dobj" else None)  # "turned down an offer from Y", however hung
        bidder = self.entity(_pobj(made_by)) if noun.lemma_.lower() in {"offer", "bid", "approach"} else None
        if bidder:  # "rejected a takeover offer from Y": Y bids, for the firm that rejected it or the story's
            buyer = bidder
            target = target or self._firm_bid_for(noun, bidder)
        if target is None or target == buyer:
            return
        verb = base_form(noun.head, KNOWN_VERBS) if noun.dep_ in {"dobj", "nsubjpass", "nsubj"} else ""
        status = {"complete": "completed", "finalize": "completed", "close": "completed", "block": "blocked", "approve": "agreed", "agree": "agreed", "announce": "agreed", "propose": "planned", "plan": "planned", "abandon": "blocked"}.get(verb)
        q = Qualifiers(status=status, amount=amount_near(list(noun.subtree)), share=parse_share(_phrase(noun)), date=self._date(noun))
        presupposed = noun.dep_ not in {"dobj", "nsubj", "nsubjpass"}
        if buyer:
            yield self._found("acquires", buyer, target, noun, q, presupposed=presupposed)
        yield from self._seller(noun, of, buyer, target, q, presupposed=presupposed)  # "its purchase of X from Y", whoever bought

    def _firm_bid_for(self, bid: Token, bidder: str) -> str | None:
        """The firm a bid with no "for X" is for: the one that received or rejected it ("the board of X turned
        down an offer from Y", "X rejected ..."), else the story's company."""
        verb = next((a for a in bid.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        subject = self._subject(verb) if verb is not None else None
        firm = self.entity(subject) or self._owner(subject) or self.entity(_pobj(_prep(subject, {"of"})))
        if firm and firm != bidder and self.type_of(firm) in {"company", "organization"}:
            return firm
        return self.entities.story_company(bid, exclude=bidder)

    def _seller(self, word: Token, bought: Token | None, buyer: str, target: str, q: Qualifiers, presupposed: bool = False) -> Iterator[Found]:
        """Who a stake is bought from owned it: "bought 34% of X from its founder, Y"; until the sale, where it is done."""
        seller_token = _pobj(_prep(word, {"from"}) or (_prep(bought, {"from"}) if bought is not None else None))
        seller = self.entity(seller_token) or (self.entity(_child(seller_token, "appos")) if seller_token is not None else None)
        if seller and seller not in {buyer, target} and self.type_of(seller) in ORGANISATIONS | {"person", "country"}:
            status = "former" if q.status == "completed" else None
            yield self._found("owns", seller, target, word, Qualifiers(share=q.share, status=status, date=q.date), presupposed=presupposed)

    def _name_after(self, noun: Token | None) -> str | None:
        """ "by its larger rival Rheinmauer Baustoffe": the name that follows a describing noun."""
        if noun is None:
            return None
        following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        return self.entities.at(following) if following is not None else None

    def _board_seat(self, noun: Token) -> Iterator[Found]:
        """ "X sits on the board of Y", "X joined Y's board", "X resigned from the board of Y": a director."""
        if self.entities.at(noun):
            return  # "the State Property Committee": a body's own name, no seat on a firm's board
        company = self._owner(noun)
        story_board = company is None and noun.lower_ == "board" and any(c.lower_ == "the" for c in noun.children)
        if story_board:
            company = self.entities.story_company(noun)  # "X keeps a seat on the board": the story's company's
        if company is None or noun.dep_ not in {"pobj", "dobj"}:
            return
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        seat = verb if verb.lemma_.lower() in {"seat", "place"} and verb.dep_ in {"dobj", "pobj"} else None
        if seat is not None:
            verb = seat.head if seat.dep_ == "dobj" else seat.head.head  # "keeps a seat on the board", "won two seats on X's board"
        if verb.pos_ not in {"VERB", "AUX"}:
            return
        lemma = base_form(verb, KNOWN_VERBS)
        if lemma not in SEAT_VERBS | LEAVE_VERBS:
            return  # "wrote to the board of X", "presented to the board": no seat
        if lemma in APPOINT_VERBS and _direct_object(verb) is not None:
            return  # "X appointed Y to the board": Y's seat (the appointment's), not X's
        status = "former" if lemma in LEAVE_VERBS or lemma == "resign" else self._status(verb)
        role = "director" if noun.lemma_.lower() == "board" else f"{_phrase_of_title(noun)} member"  # "an advisory committee of the central bank"
        placed = _direct_object(verb) if lemma in {"put", "place", "install", "seat", "add", "move", "co-opt"} else None
        members = [placed] if placed is not None else _with_conjuncts(self._subject(verb) or _child(verb, "nsubjpass"))  # "put X on the board": X sits there, not who put X
        for subject in members:  # "X was appointed to the board"
            person = self.entity(subject)
            if self.type_of(person) != "person" and subject is not None:
                person = self._whose_person(subject) or person  # "Kilele, whose co-founder, X, sits on the board of Y": the parser lost the clause
            if (seat is not None or story_board or noun.lemma_.lower() != "board" or self.type_of(person) == "public_body") and self.type_of(person) != "person":
                continue  # "LetterOne has two seats on the board": a shareholder's right, not a membership
            if person and person != company:
                yield self._found("member_of", person, company, noun, Qualifiers(role=role, status=status))

    def _holders_listed_after(self, holders: Token, copula: Token, claim: str) -> Iterator[Found]:
        """The names a copula lists for plural holders of a firm the subject names ("holding 5% or more of X",
        "of X"), each with the share written after it; read by words, as the parser breaks such lists."""
        held = next((found for t in holders.doc[holders.i : copula.i] if t.dep_ == "pobj" and t.head.lower_ in {"of", "in"} and (found := self.entity(t))), None)
        if held is None or self.type_of(held) not in ORGANISATIONS:
            return
        doc = holders.doc
        named: list[str] = []
        for token in doc[copula.i + 1 : holders.sent.end]:
            found = self.entities.at(token)
            if found and found != held and found not in named and self.type_of(found) in ACTORS - {"product"}:
                named.append(found)
                end = next((t.i for t in doc[token.i : holders.sent.end] if self.entities.at(t) != found), holders.sent.end)
                share = doc[end : min(end + 5, holders.sent.end)].text if end < holders.sent.end and doc[end].text == "," else ""
                yield self._found(claim, found, held, holders, Qualifiers(share=parse_share(share) if re.match(r",\s*with\b", share) else None))

    def _owner_noun(self, noun: Token) -> Iterator[Found]:
        """ "X is the largest shareholder in Y", "Y's parent X", "X, the owner of Y",
        "Its largest shareholders are X and Y"."""
        if noun.lemma_.lower() == "holder" and any(c.dep_ == "compound" and c.lemma_.lower() not in SHARE_NOUNS for c in noun.children):
            return  # "a licence holder", "the record holder"
        before = self.entity(_pobj(_prep(noun, {"after", "behind"})))
        for found in self._owners_named(noun):
            yield found
            if before and before not in {found.subject, found.object}:  # "the biggest shareholder after the Moreira family"
                yield self._found("owns", before, found.object, noun, Qualifiers(), presupposed=found.presupposed)
                before = None

    def _owners_named(self, noun: Token) -> Iterator[Found]:
        claim = {"controller": "controls", "backer": "invests_in"}.get(noun.lemma_.lower(), "owns")  # "its actual controller is the Shanghai SASAC", "its backer, X"
        if _is_controlling_party(noun):
            claim = "controls"  # "the Company's ultimate controlling party is the Gabonese Republic"
        possessor = self._possessor(noun)
        one = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if one is not None and one.lower_ in {"one", "another"} and one.dep_ == "appos" and possessor is not None:
            owner, owned = self.entity(one.head), self.entity(possessor)  # "Riverway Ventures, one of its earliest backers"
            if owned == owner and possessor.pos_ == "PRON":
                owned = self.entities.nearest(possessor, ORGANISATIONS, exclude=owner)  # "its" is not the name it describes
            if owner and owned and owner != owned:
                yield self._found(claim, owner, owned, noun, Qualifiers(), presupposed=True)
            return
        copula = noun.head if noun.head.lemma_ in COPULAS else noun.sent.root if noun.head.tag_ == "VBG" and noun.sent.root.lemma_ in COPULAS else None  # the parser may make "holding" the noun's verb
        if noun.tag_ == "NNS" and noun.dep_ == "nsubj" and copula is not None and copula.i > noun.i and possessor is None:
            yield from self._holders_listed_after(noun, copula, claim)  # "the shareholders holding 5% or more of X were A, with 58.4%, B, with 12.0%, ..."
            return
        named_beside = next((c for c in noun.children if c.dep_ == "appos" and self.entity(c)), None)
        listed = self._names_in_apposition(noun, any_kind=True) if named_beside is None and noun.tag_ == "NNS" else []
        if possessor is not None and listed and noun.dep_ != "nsubj":
            owned = self.entity(possessor)  # "the accounts of X and of its two shareholders, A and B", however the parser hung the names
            for owner in (self.entities.at(t) for t in listed):
                if owned and owner and owner != owned:
                    yield self._found(claim, owner, owned, noun, Qualifiers(), presupposed=True)
            return
        if possessor is not None and (noun.dep_ == "nsubj" or named_beside is not None):
            # "its owner is X", "its Chinese owner, Midea Group", "a company whose owner, X, ..."
            owned = self.entity(possessor)
            attr = _complement(noun.head) if noun.head.lemma_ in COPULAS and noun.dep_ == "nsubj" else None
            named = attr if attr is not None else named_beside
            for owner_token in _with_conjuncts(named) if named is not None else []:
                owner = self.entity(owner_token)
                if owned and owner and owner != owned:
                    # "its Chinese owner, Midea Group": the writer's description, whoever's statement it sits in
                    yield self._found(claim, owner, owned, noun, Qualifiers(), presupposed=attr is None)
            return
        owned = self.entity(_pobj(_prep(noun, {"in", "of"})))
        owner = self._predicate_subject(noun)
        if owner is None and noun.dep_ in {"oprd", "ccomp", "dobj"} and base_form(noun.head, KNOWN_VERBS) in {"make", "turn"}:
            candidates = [c for c in noun.head.children if c.dep_ in {"dobj", "nsubj"} and c.i != noun.i] + [c for c in noun.children if c.dep_ == "nsubj"]
            owner = self.entity(candidates[0]) if candidates else None  # "making the state the largest shareholder"
        if owned is None and owner is not None:
            owned = self.entity(self._possessor(noun)) if self._possessor(noun) is not None else None
            listed_as = noun.head.lower_ == "as" and noun.head.head.dep_ in {"dobj", "appos"} and self.entities.at(noun.head.head) == owner
            if owned == owner and self._possessor(noun).pos_ == "PRON" and listed_as:
                owned = self.entities.nearest(self._possessor(noun), ORGANISATIONS, exclude=owner)  # "lists X as its main shareholder": not X's own
            if owned is None and noun.lemma_.lower() in {"shareholder", "stakeholder", "holder"}:
                # "holds 21% of Y, making it the biggest shareholder": of Y; "The third large shareholder is X": of the story's company
                owned = self._just_owned(noun, exclude=owner) or self.entities.story_company(noun, exclude=owner)
        elif owner is None and owned is None:
            return
        if owned is None and noun.lemma_.lower() == "parent":
            return
        if noun.lemma_.lower() in {"parent"} and self._possessor(noun) is not None and owned is None:
            return
        if owner and owned and owner != owned and self.type_of(owned) in ORGANISATIONS:
            q = Qualifiers(share=parse_share(_phrase(noun)), status="former" if any(c.lower_ in {"former", "ex"} for c in noun.children) else None)
            named_beside = any(c.dep_ == "appos" for c in noun.children)  # "its Chinese owner, Midea Group"
            yield self._found(claim, owner, owned, noun, q, presupposed=noun.dep_ in {"appos", "compound"} or named_beside)

    def _described(self, noun: Token) -> Iterator[Found]:
        """What a description in apposition says about a name.

        "Y, X's unit" / "its Y unit" -> part_of(Y, X); "his company, Y" -> controls(X, Y);
        "his first app, Y" -> operates(X, Y); "Y (the X's central bank)" -> part_of(Y, X);
        "Y, China's biggest cloud provider" -> based_in(Y, China).
        """
        lemma = noun.lemma_.lower()
        named = self._named_by(noun)
        if named is None:
            return
        presupposed = noun.dep_ != "attr"  # "X is Y's only American subsidiary, according to filings": said, not presumed
        owner_token = self._possessor(noun)
        if owner_token is None and noun.dep_ == "compound":
            owner_token = self._possessor(noun.head)  # "Turkey's state wholesaler EÜAŞ"
        if owner_token is None and lemma in UNIT_NOUNS:
            owner_token = next((c for c in noun.children if c.dep_ in {"compound", "nmod"} and c.i < noun.i and self.type_of(self.entities.at(c)) in ORGANISATIONS), None)  # "YCH, the Yunxi subsidiary"
            owner_token = owner_token or _pobj(_prep(noun, {"under", "within"}))  # "the Lac Hong Institute, a unit under the group"
        if owner_token is None and lemma in COMPANY_WORDS | {"holding"}:
            of = _pobj(_prep(noun, {"of"}))  # "the Dnipro-based holding of the billionaire X", "the family company of X"
            of = _child(of, "appos") if of is not None and not self.entity(of) and _child(of, "appos") is not None else of
            of_a_state = self.type_of(self.entity(of)) == "country" and _state_link(noun) is not None  # "SOCAR, the state oil company of Azerbaijan"
            owner_token = of if of is not None and (self.type_of(self.entity(of)) in {"person", "organization"} or of_a_state) else None
        owner = self.entity(owner_token) if owner_token is not None else None
        if owner is None and lemma in {"subsidiary", "unit"} and noun.tag_ == "NNS" and any(c.dep_ == "appos" for c in noun.children):
            owner = self.entities.story_company(noun, exclude=named)  # "Two subsidiaries, A and B, will be merged": the story's group's
            for other in (self.entities.at(t) for t in self._names_in_apposition(noun)):
                if owner and other and other not in {owner, named}:
                    yield self._found("owns", owner, other, noun, Qualifiers(), presupposed=True)
        named_type = self.type_of(named)
        if owner and owner != named:
            owner_type = self.type_of(owner)
            if owner_type == "country" and named_type == "public_body" and (lemma in ORGANISATION_NOUNS | STATE_ORGAN_NOUNS):
                yield self._found("part_of", named, owner, noun, Qualifiers(), presupposed=presupposed)  # "China's market regulator"
                if _state_link(noun) and lemma not in STATE_ORGAN_NOUNS:  # "China's state-run channel"; a state's own agency is part of it, not owned
                    yield self._found(_state_link(noun), owner, named, noun, Qualifiers(), presupposed=presupposed, confidence=0.5)
            elif owner_type == "country" and named_type in {"company", "organization"} and (lemma in COMPANY_WORDS | ORGANISATION_NOUNS or _has_size_word(noun)):
                # "Rosatom, Russia's state nuclear corporation": from there, and the state's if it says so
                yield self._found("based_in", named, owner, noun, Qualifiers(), presupposed=presupposed, confidence=0.5)
                state_link = _state_link(noun)
                if state_link:
                    yield self._found(state_link, owner, named, noun, Qualifiers(), presupposed=presupposed, confidence=0.5)
            elif owner_type == "country" and _has_size_word(noun) and named_type == "person":
                yield self._found("based_in", named, owner, noun, Qualifiers(), presupposed=presupposed, confidence=0.5)
            elif lemma == "party" and named_type == "organization" and owner_type == "person":
                yield self._found("member_of", owner, named, noun, Qualifiers(), presupposed=presupposed)  # "President Daniel Noboa's party, ADN"
            elif lemma in {"lender", "creditor", "financier"} and named_type in {"company", "public_body"}:
                yield self._found("lends_to", named, owner, noun, Qualifiers(), presupposed=presupposed)  # "the group's largest lender, Jadranska Banka"
            elif lemma in {"borrower", "debtor"} and owner_type in {"company", "public_body"}:
                yield self._found("lends_to", owner, named, noun, Qualifiers(), presupposed=presupposed)  # "X is the bank's largest borrower"
            elif lemma in UNIT_NOUNS and named_type in ORGANISATIONS:
                listed = [named] + [other for t in self._names_in_apposition(noun) if noun.tag_ == "NNS" and (other := self.entities.at(t)) and other not in {named, owner}]
                for unit in listed:  # "two of its units, A and B": each
                    claim = ("owns", owner, unit) if lemma == "subsidiary" else ("part_of", unit, owner)
                    yield self._found(claim[0], claim[1], claim[2], noun, Qualifiers(), presupposed=presupposed)
            elif _is_state_organ(noun) and owner_type in {"organization", "public_body", "country"}:
                yield self._found("part_of", named, owner, noun, Qualifiers(), presupposed=presupposed)
            elif lemma in PRODUCT_WORDS and named_type == "product":
                yield self._found("operates", owner, named, noun, Qualifiers(), presupposed=presupposed)
            elif (lemma == "parent" or lemma in COMPANY_WORDS and any(c.lower_ in {"parent", "holding"} for c in noun.lefts)) and named_type in {"company", "organization"} and not _is_family_or_person(owner_type, self.entities.entity(owner).name):
                yield self._found("owns", named, owner, noun, Qualifiers(), presupposed=presupposed)  # "X's parent company, Y", "the company's Spanish parent, Y"
            elif lemma in COMPANY_WORDS - RELATIONAL_NOUNS | {"holding"} and named_type in {"company", "organization"} and (owner_type in {"person", "company"} or _is_family_or_person(owner_type, self.entities.entity(owner).name)):
                # "his company, Y" (control); "the family's holding company, Y", "the holding of the billionaire X" (ownership)
                held = lemma == "holding" or any(c.lower_ in {"holding", "family"} for c in noun.lefts) or owner_type != "person"
                yield self._found("owns" if held else "controls", owner, named, noun, Qualifiers(), presupposed=presupposed, confidence=0.5)
        if owner is None and named_type in {"company", "organization"} and lemma in COMPANY_WORDS | {"holding"} and _state_link(noun):
            state = self._state_described(noun, named)  # "the state diamond company Endiama", "X, a Chinese state bank"
            if state and state != named:
                yield self._found(_state_link(noun), state, named, noun, Qualifiers(), presupposed=presupposed, confidence=0.4)
        if lemma in COMPANY_WORDS | PRODUCT_WORDS | ORGANISATION_NOUNS | OWNER_NOUNS or named_type in {"company", "organization"} and noun.pos_ == "NOUN":
            # "X, a Belgian infrastructure investor", "the Danish wind-turbine maker X": any word for what a firm is
            hung_on_name = [c for c in noun.head.children if c.dep_ == "amod" and c.i < noun.i] if noun.dep_ == "compound" else []  # "the Swiss drugmaker Rhenvale AG": "Swiss" hung on the name
            hung_on_trade = [g for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i for g in c.children if g.dep_ == "amod"]  # "a Turkish telecoms group": "Turkish" hung on "telecoms"
            beside_a_name = noun.dep_ in {"appos", "attr"} or any(c.dep_ in {"appos", "compound"} and self.entities.at(c) for c in noun.children)
            if named_type in {"company", "organization"} and noun.pos_ == "NOUN" and beside_a_name and not self.entities.at(noun) and noun.lemma_.lower() not in WORK_TITLES | LEAD_TITLES | STAFF_NOUNS:
                yield from self._from_a_place(noun, named, presupposed)  # "a seaplane group from the Maldives", "a state-controlled miner in Mongolia's South Gobi province"
            for adjective in [*noun.children, *hung_on_name, *hung_on_trade]:
                placed = adjective.dep_ == "amod" and adjective.lemma_.lower() in {"register", "base", "headquarter", "incorporate"}
                if placed:
                    adjective = next((c for c in adjective.children if c.i < adjective.i), adjective)  # "a Turkish-registered company"
                if adjective.dep_ in {"amod", "compound", "npadvmod", "nmod"} and adjective.i < noun.i:
                    country = self.country_named_by(adjective, capitals=adjective.dep_ == "npadvmod")
                    if country is None and placed and adjective.dep_ == "npadvmod":
                        country = self._country_of_the_city(adjective)  # "a Hangzhou-based group": China
                    if country is None and named_type in {"company", "organization"}:
                        country = self.country_behind_its_state(adjective)
                    if country and named_type in ORGANISATIONS:  # a state's own body is part of it ("the Kyrgyz finance ministry")
                        yield self._found("part_of" if named_type == "public_body" else "based_in", named, country, noun, Qualifiers(), presupposed=presupposed, confidence=0.5)

    def _from_a_place(self, noun: Token, named: str, presupposed: bool) -> Iterator[Found]:
        """The country a description says a firm is from: "from the Maldives", "from Osaka in Japan", "here in Bahrain"."""
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"from", "in"}]
        preps += [p for here in noun.children if here.lower_ == "here" for p in here.children if p.dep_ == "prep" and p.lower_ == "in"]
        for prep in preps:
            country = self._country_named_in(prep, exclude=named)
            after = prep.right_edge.i + 1
            if country is None and after + 1 < prep.sent.end and prep.doc[after].text == "," and prep.doc[after + 1].lower_ == "in":
                country = self._country_named_in(prep.doc[after + 1], exclude=named)  # "in Wismar, in northern Germany": the parser hung the second place on the verb
            if country and country != named:
                yield self._found("based_in", named, country, noun, Qualifiers(), presupposed=presupposed, confidence=0.5)
                return

    def _country_named_in(self, phrase: Token, exclude: str) -> str | None:
        """The first country a proper noun of a phrase names ("from Osaka in Japan"), other than `exclude`."""
        for token in phrase.subtree:
            country = self.country_named_by(token) if token.pos_ == "PROPN" else None
            if country and country != exclude:
                return country
        return None

    def _country_in_brackets(self, name: Token) -> Iterator[Found]:
        """ "Kessel Bau AG (Germany)", "Bohai Taiyue Iron and Steel Group Co., Ltd. (China)": a list's or a
        witness line's country after a firm's name is where the firm is from."""
        doc = name.doc
        country = self.entities.at(name)
        if self.type_of(country) != "country" or name.i < 2 or name.i + 1 >= len(doc) or doc[name.i - 1].text != "(" or doc[name.i + 1].text != ")":
            return
        firm = self.entities.at(doc[name.i - 2])
        if firm is not None and firm != country and self.type_of(firm) in {"company", "organization"}:
            yield self._found("based_in", firm, country, name, Qualifiers(), presupposed=True, confidence=0.5)

    def _possessed_product(self, name: Token) -> Iterator[Found]:
        """ "Ant Group's Alipay", "Taito's 1986 Arkanoid": a firm's product, named with the firm as its owner."""
        product = self.entities.at(name)
        owner_token = _poss(name)
        if product is None or owner_token is None or self.type_of(product) != "product":
            return
        owner = self.entity(owner_token)
        if owner and owner != product and self.type_of(owner) in {"company", "organization", "public_body"}:
            yield self._found("operates", owner, product, name, Qualifiers(), presupposed=True)

    def _from_after_name(self, name: Token) -> Iterator[Found]:
        """ "Hoshizora Metals, from Osaka in Japan, holds 15%": a place set off after a firm's name is where it is from."""
        named = self.entities.at(name)
        if named is None or self.type_of(named) not in {"company", "organization"}:
            return
        for prep in name.children:
            if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i > 0 and prep.nbor(-1).text == "," and _pobj(prep) is not None:
                country = self._country_named_in(prep, exclude=named) or self._country_of_the_city(_pobj(prep))
                if country and country != named:
                    yield self._found("based_in", named, country, prep, Qualifiers(), presupposed=True, confidence=0.5)

    def _state_name(self, name: Token) -> Iterator[Found]:
        """ "the state-owned Mongol Ord Mining", "the state-run State Bank of India": the words before a
        firm's name say whose it is (the country of the name, of an adjective, or of the story)."""
        named = self.entities.at(name)
        if named is None or self.entities.at(name.head) == named or self.type_of(named) not in {"company", "organization"}:
            return
        first = min(t.i for t in name.subtree if self.entities.at(t) == named)
        before = name.doc[name.left_edge.i : first]
        link = re.search(r"\b(state|government)-(owned|controlled|run|backed)\b", before.text.lower())
        if link is None:
            return
        in_name = next((c for t in name.subtree if self.entities.at(t) == named and (c := self.reference.country(t.text))), None)
        state = self._country_entity(in_name) if in_name is not None else self._state_described(name, named)
        if state and state != named:
            yield self._found("owns" if link.group(2) == "owned" else "controls", state, named, name, Qualifiers(), presupposed=True, confidence=0.4)

    def _country_entity(self, country) -> str | None:
        """The entity of a reference country where the text names it."""
        return next((e.id for e in self.entities.entities if e.type == "country" and e.name == country.name), None)

    def _state_described(self, noun: Token, named: str) -> str | None:
        """The state of "a Chinese state bank" (the country of its adjective), or of "the state diamond
        company" with no country said: the reference data's country of the firm, else the one country
        the story has named so far; no guess where a place we cannot place is said ("the Abu Dhabi state
        conglomerate") or the firm is known to be another country's."""
        for word in noun.children:
            if word.dep_ in {"amod", "compound", "nmod"} and word.i < noun.i and self.entities.at(word) != named:
                found = self.entities.at(word)
                if found and (self.type_of(found) == "country" or "government" in self.entities.entity(found).name.lower()):
                    return found  # "Chinese" of "a Chinese state bank" may be read as the Chinese government
                country = self.country_named_by(word)
                if country:
                    return country
                if word.text[:1].isupper() and word.lower_ not in {"state", "government"}:
                    return None
        countries = {found for t in noun.doc[: noun.i] if (found := self.entities.at(t)) and self.type_of(found) == "country"}
        known = self.reference.lookup(self.entities.entity(named).name)
        if known is not None and known.country:
            country = self.reference.country(known.country)
            return self._country_entity(country) if country is not None else None
        own_name = lambda t: self.entities.at(t) is not None and self.type_of(self.entities.at(t)) != "country"  # not "Laos" of "Électricité du Laos"
        in_sentence = {self.reference.country(t.text).code: t for t in noun.doc[noun.sent.start : noun.i] if t.text[:1].isupper() and self.reference.country(t.text) and not own_name(t)}
        if len(in_sentence) == 1:
            return self.country_named_by(next(iter(in_sentence.values())))  # "a Vietnamese joint venture in which the state-owned X holds 51%": Vietnam's
        return countries.pop() if len(countries) == 1 else self.entities.dominant(noun, "country")  # the one country the story has named, or the one it is about

    def _from_a_country(self, noun: Token) -> Iterator[Found]:
        """ "the British chip designer", "the country's leading mobile operator", "one of India's largest port
        operators": a description that refers back to a firm says where the firm is from."""
        lemma = noun.lemma_.lower()
        one_of = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one"
        if noun.pos_ != "NOUN" or lemma not in COMPANY_WORDS | ORGANISATION_NOUNS and not one_of:
            return  # "one of Uzbekistan's largest cotton processors": whatever the trade, a firm of that country
        listed = [self.entities.at(t) for c in noun.children if c.dep_ in {"appos", "conj"} and c.i > noun.i for t in (c, *c.conjuncts) if self.entities.at(t)]
        if noun.tag_ == "NNS" and listed:
            firms = list(dict.fromkeys(listed))  # "two Seychelles companies, A and B"
        elif self._named_by(noun) is not None:
            return  # a description beside one name is _described's
        else:
            firm = self.entity(noun.head.head) if one_of else self.entities.resolve(noun) if _is_the(noun) else None
            if firm is None and one_of:
                firm = self._predicate_subject(noun.head.head) or self.entity(self._subject(noun.head.head.head))
            firms = [firm] if firm else []
        for firm in firms:
            if self.type_of(firm) not in {"company", "organization"}:
                continue
            for word in noun.children:
                if word.i > noun.i:
                    continue
                country = self.country_named_by(word) if word.dep_ in {"amod", "compound", "npadvmod"} else self.entity(word) if word.dep_ == "poss" else None
                if country and country != firm and self.type_of(country) == "country":
                    yield self._found("based_in", firm, country, noun, Qualifiers(), presupposed=True, confidence=0.4)

    def _named_by(self, noun: Token) -> str | None:
        """The name a description is attached to: "Y, a unit", "its Y unit", "Y, which is China's biggest ...",
        "the Swedish telecom group Telia"."""
        left_edge = noun.left_edge.i
        before = noun.doc[left_edge - 2] if left_edge >= 2 and noun.doc[left_edge - 1].text == "," else None
        named_before = self.entities.at(before) or next((self.entities.at(c) for c in before.children if c.dep_ == "compound" and self.entities.at(c)), None) if before is not None else None
        if noun.dep_ in {"appos", "dobj", "conj"} and named_before:
            # "the arm of Reliance, India's most valuable company": an apposition names the nearest name
            return named_before
        if noun.dep_ == "appos":
            return self.entities.at(noun.head) or self.entity(noun.head)
        if noun.dep_ == "compound" and self.entities.at(noun.head):
            return self.entities.at(noun.head)
        left = noun.left_edge.i
        while left < noun.i and noun.doc[left].is_punct and noun.doc[left].text != "(":
            left += 1
        if noun.doc[left].text == "(":
            left += 1
        if left >= 2 and noun.doc[left - 1].text == "(":
            # "the Bank of China (the CCP's central bank)"
            return self.entities.at(noun.doc[left - 2])
        for child in noun.children:
            if child.dep_ == "appos" and self.entities.at(child):
                return self.entities.at(child)
            if child.dep_ == "compound" and self.entities.at(child) and child.i < noun.i and self.type_of(self.entities.at(child)) != "country":
                return self.entities.at(child)
        if noun.lemma_.lower() in UNIT_NOUNS and noun.tag_ == "NN" and (after_comma := self._named_after_comma(noun)):
            return after_comma  # "sold 45% of its liquids subsidiary, Caroni NGL Limited, to the public", however the parser hung the name
        own_unit = noun.lemma_.lower() in UNIT_NOUNS and any(c.dep_ == "poss" for c in noun.children)  # "its European business": unnamed
        if noun.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and noun.tag_ == "NN" and not own_unit and any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" for c in noun.children):
            return self.entities.resolve(noun)  # "The American planemaker said ...", "its Brazilian partner": the company it refers to
        if noun.dep_ == "attr":
            verb = noun.head
            subject = self._subject(verb)
            if subject is not None and subject.lower_ in {"which", "that", "who"} and verb.dep_ == "relcl":
                return self.entities.at(verb.head) or self.entity(verb.head)
            if subject is None:
                return None  # "Her husband's firm, Hoang Long, is the bank's largest borrower": the name beside the subject
            return self.entities.at(subject) or next((self.entities.at(c) for c in subject.children if c.dep_ == "appos" and self.entities.at(c)), None)
        return None

    # -- helpers ---------------------------------------------------------

    def _found(self, claim: str, subject: str, obj: str, trigger: Token, q: Qualifiers, presupposed: bool = False, confidence: float = 0.6) -> Found:
        if q.date is None:
            q.date = self._date(trigger)
        if claim == "acquires":
            self.memory["deal"] = subject  # what "the deal" later refers to: the buyer's
        if claim == "regulatory_action":
            self.memory["acted"] = subject  # who imposed what "the sanctions", "the fine" later refer to
        if claim in {"owns", "based_in"} and "country" in {self.type_of(subject), self.type_of(obj)}:
            firm, country = (obj, subject) if claim == "owns" else (subject, obj)
            self.memory.setdefault("state_of", {}).setdefault(firm, country)  # the state a later "the state" of this firm is
        if claim in {"owns", "acquires"}:
            # what "the remaining 40%" is of: the last holding told in part ("74% owned by X, whose sole
            # shareholder is Y; the remaining 26% ..." is the rest of the 74%, not of Y's whole)
            part = q.share is not None and q.share.value is not None and q.share.value < 100
            earlier = self.memory.get("owned")
            if part or earlier is None or earlier[0] != trigger.sent.start or not earlier[3]:
                self.memory["owned"] = (trigger.sent.start, trigger.sent.end, obj, part)
            if part:
                self.memory.setdefault("parts", []).append((trigger.sent.start, obj, q.share.value))
                self.memory.setdefault("holds", {})[subject] = obj  # what buying the holder out buys
        if claim in {"leads", "employed_by"} and q.status != "former" and self.type_of(obj) in {"company", "organization"}:
            self.memory.setdefault("works_at", {})[subject] = obj  # where a person was last said to work, for "he was appointed CEO"
        if claim == "leads" and q.role and q.status != "former" and "former" not in q.role:
            self.memory["post"] = (obj, q.role, claim, trigger.sent.end)  # what "he replaces Y", "handing the job to X" are about
        if claim == "member_of" and self.type_of(obj) == "company" and q.status != "former":
            self.memory["seat"] = (obj, q.role, claim, trigger.sent.end)  # a board seat: "appointed X to the board of Z, replacing Y"
        return Found(claim, subject, obj, trigger, presupposed, q, confidence)

    def _subject(self, verb: Token | None) -> Token | None:
        """The verb's subject, borrowed from the verb it hangs on when it has none of its own."""
        node = verb
        for _ in range(4):
            if node is None:
                return None
            deps = {"nsubj", "csubj"} if node is verb else {"nsubj", "csubj", "nsubjpass"}  # "X is believed to own Y"
            subjects = [c for c in node.children if c.dep_ in deps]  # "Fatima, your father founded it": the nearest, not the one addressed
            subject = min(subjects, key=lambda c: abs(c.i - node.i)) if subjects else None
            if subject is None and node is verb and verb.pos_ == "VERB":
                subject = next((c for c in verb.children if c.dep_ == "compound" and c.i < verb.i and self.entities.at(c)), None)  # "Kjetil Hansen-Lyngstad chairs ...": the parser took the verb for a noun the name qualifies
            if subject is not None:
                if subject.lower_ in {"who", "which", "that"} and node.dep_ == "relcl" and not _opens_a_question(subject):
                    if subject.lower_ == "which" and self.type_of(self.entity(node.head)) == "person":
                        return self._thing_before(node.head)  # "..., its founder, Y, which owns": not Y
                    if subject.lower_ == "which" and self.type_of(self.entity(node.head)) == "country" and (placed := self._placed_firm(node.head)) is not None:
                        return placed  # "X, a company incorporated in the Netherlands, which holds 88%": X holds
                    return node.head  # "X, who works for Y": X
                return subject
            if node.dep_ == "acl" and node.head.lemma_.lower() in NEGOTIATION_NOUNS and node.head.head.i != node.head.i:
                node = node.head.head.head if node.head.dep_ == "pobj" else node.head.head  # "X is in talks to buy Y", "X opened talks to buy Y": X would buy
                continue
            if node.dep_ == "acl" and node.head.lemma_.lower() in INTENT_NOUNS and _poss(node.head) is not None:
                return _poss(node.head)  # "Bulgaria's plan to put 180 million leva into X": Bulgaria puts it
            if node.dep_ == "acl" or node.dep_ == "relcl":
                return node.head
            if node.dep_ not in {"xcomp", "conj", "advcl", "ccomp", "pcomp"} or node.head.i == node.i:
                return None
            if node.dep_ in {"advcl", "xcomp"} and _child(node, "aux") is not None and _child(node, "aux").lower_ == "to":
                named = _for_whom(node.head, before=node)
                if named is not None:
                    return named  # "granted clearance for Kahu to acquire Y": Kahu acquires
            if node.dep_ == "conj" and node.i > 0 and self.entities.at(node.doc[node.i - 1]) and node.doc[node.i - 1].dep_ in {"conj", "pobj", "dobj", "appos"}:
                return node.doc[node.i - 1]  # "X owns 60% of Y and Z owns 40% of W": the parser took Z for Y's partner
            if node.dep_ == "xcomp" and base_form(node.head, KNOWN_VERBS) in OBJECT_CONTROL_VERBS and _child(node.head, "dobj") is not None:
                return _child(node.head, "dobj")  # "ordered Brightwave to divest X": Brightwave divests
            node = node.head
        return None

    def _clause_subject(self, token: Token) -> str | None:
        """The entity that is the subject of the clause a noun sits in (a passive clause's too)."""
        node = token
        for _ in range(6):
            node = node.head
            subject = self._subject(node) or _child(node, "nsubjpass")
            if subject is not None:
                found = self.entity(subject)
                if found:
                    return found
            if node.head.i == node.i:
                break
        return None

    def _topic(self, token: Token) -> str | None:
        """Who a subjectless verb is about: the last person who was a subject."""
        return self.memory.get("topic")

    def _agent(self, verb: Token) -> Token | None:
        """Who did it in a passive clause: "by Y", also where the parser hung "by" on a noun."""
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is None:
            agent = next((t for t in verb.subtree if t.lower_ == "by" and t.dep_ in {"prep", "agent"} and t.i > verb.i), None)
        return _pobj(agent) if agent is not None else None

    def _nsubjpass(self, verb: Token) -> Token | None:
        """The passive subject nearest the verb (the parser may hang a stray name there too)."""
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        auxiliaries = [c for c in verb.children if c.dep_ == "auxpass"]
        if not subjects and auxiliaries:  # "X is 49% owned by Y": the parser hung X on "is" or called it nsubj
            subjects = [c for head in (verb, *auxiliaries) for c in head.children if c.dep_ == "nsubj"]
        subject = min(subjects, key=lambda c: abs(verb.i - c.i)) if subjects else None
        if subject is None and verb.dep_ in {"acomp", "oprd"}:
            return self._subject(verb.head)  # "X is majority-owned by Y"
        if subject is None and verb.dep_ == "xcomp":
            return self._nsubjpass(verb.head) or self._subject(verb.head)  # "X appears to be controlled by Y"
        if subject is None and verb.dep_ == "conj":
            return self._nsubjpass(verb.head) or self._subject(verb.head)  # "Mvuli, which runs an app and is controlled by X"
        return subject

    def _predicate_subject(self, noun: Token) -> str | None:
        """Who a predicate noun is said of: "X is a member", "X, a member", "X became chairman"."""
        if noun.dep_ in {"attr", "oprd", "acomp"}:
            subject = _child(noun.head, "nsubjpass") or self._subject(noun.head)  # "X was appointed chairman"
            if subject is not None and subject.lower_ in {"who", "that"} and noun.head.dep_ == "relcl":
                return self.entity(noun.head.head)
            return self.entity(subject)
        if noun.dep_ == "appos":
            return self.entities.at(noun.head) or self.entity(noun.head)
        if noun.dep_ == "dobj" and base_form(noun.head, KNOWN_VERBS) in {"list", "name", "show", "record", "identify", "give"}:
            as_ = _prep(noun, {"as"}) or _prep(noun.head, {"as"})  # "filings list its sole shareholder as X"
            if as_ is not None and as_.i > noun.i:
                return self.entity(_pobj(as_))
        if noun.dep_ == "nsubj" and noun.head.lemma_ in COPULAS:
            attr = _complement(noun.head)  # "Y's chairman is X", "the largest shareholder remains X"
            if attr is not None and self.entities.at(attr):
                return self.entities.at(attr)
        if noun.dep_ == "conj" and noun.head.dep_ == "pobj" and noun.head.head.lower_ == "of" and noun.head.head.head.pos_ == "NOUN":
            return self._predicate_subject(noun.head.head.head)  # "X, a co-founder of Y and its chief financial officer": the parser joined the CFO to Y
        if noun.dep_ == "conj":
            return self._predicate_subject(noun.head)  # "X, Y's daughter and the company's CFO", "Y's founder and chairman, X"
        if noun.dep_ == "pobj" and noun.head.lower_ == "as":
            verb = noun.head.head
            if verb.dep_ in {"dobj", "appos"} and self.entities.at(verb):
                return self.entities.at(verb)  # "the register lists X as the holder of 49%": the parser hung "as" on X
            if verb.pos_ not in {"VERB", "AUX"}:  # "after a decade as an engineer at X": the clause's subject
                verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), verb)
                return self.entity(self._subject(verb))
            if any(c.dep_ == "nsubjpass" for c in verb.children):
                return self.entity(self._nsubjpass(verb))
            named = self.entity(_child(verb, "dobj"))  # "named X as chief executive"; not "set up Y as an engineer"
            if base_form(verb, KNOWN_VERBS) in {"succeed", "replace"}:
                named = None  # "X succeeded Y as chief executive": X holds the post now
            if named and (self.type_of(named) == "person" or noun.lemma_.lower() not in LEAD_TITLES | WORK_TITLES):
                return named
            return self.entity(self._subject(verb))
        for child in noun.children:
            if child.dep_ == "appos" and self.entities.at(child):
                return self.entities.at(child)
        return self._fronted_description_of(noun)

    def _fronted_description_of(self, noun: Token) -> str | None:
        """ "A member of New Democracy since 1974, Evangelos Marathiotis served ...": a phrase that opens the
        sentence before a comma describes the clause's subject, a person, however the parser hung it."""
        sent = noun.sent
        if noun.left_edge.i != sent.start or noun.head.pos_ not in {"VERB", "AUX"}:
            return None
        comma = next((t for t in noun.doc[noun.right_edge.i + 1 : sent.end] if t.text == ","), None)
        subject = _child(noun.head, "nsubj")
        if comma is None or subject is None or subject.i <= comma.i or subject.i == noun.i:
            return None
        found = self.entity(subject)
        return found if self.type_of(found) == "person" else None

    def _org_in(self, token: Token, allow_compound: bool = False) -> str | None:
        """The organisation a title or place phrase names: "of Y", "Y's", "at Y", "Y CEO"."""
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "at", "for", "from", "in"}:
                if any(c.dep_ == "prep" and c.lower_ in {"outside", "beyond"} for c in prep.children):
                    continue  # "the first chief executive from outside the family": of somewhere else
                found = self.entity(_pobj(prep))
                if found and self.type_of(found) in ORGANISATIONS | {"country"}:
                    return found
            if prep.dep_ == "pobj" and token.dep_ == "prep":
                found = self.entity(prep)
                if found and self.type_of(found) in ORGANISATIONS:
                    return found
        owner = _poss(token)
        if owner is not None:
            found = self.entity(owner)
            if found and self.type_of(found) in ORGANISATIONS | {"country"}:
                return found
        if allow_compound:
            functions = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < token.i]  # "a former RSF logistics officer"
            if token.i >= 2 and token.nbor(-1).text == "-":
                functions.append(token.nbor(-2))  # "a former METI vice-minister", cut into three words
            for child in [*token.children, *(g for f in functions for g in f.children)]:
                if child.dep_ in {"compound", "nmod", "amod"} and child.i < token.i:
                    found = self.entities.at(child)
                    if found and self.type_of(found) in ORGANISATIONS and not self._only_a_modifier(found):
                        return found
        return None

    def _only_a_modifier(self, entity_id: str) -> bool:
        """A one-word firm's name met only once, as the modifier of a job ("a Limassol accountant", "two Grenchen
        engineers"): a place as often as an employer, so no employer (a party's, "a GERB lawmaker", is one)."""
        mentions = self.entities.entity(entity_id).mentions
        return self.type_of(entity_id) == "company" and len(mentions) == 1 and " " not in self.entities.text[mentions[0][0] : mentions[0][1]]

    def _owner(self, token: Token | None) -> str | None:
        """ "Xi Jinping's financial regulations" -> Xi Jinping; "Ant's IPO" -> Ant."""
        if token is None:
            return None
        owner = _poss(token)
        if owner is not None:
            return self.entity(owner)
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                return self.entity(_pobj(child))
            if child.dep_ in {"compound", "nmod"} and self.entities.at(child):
                return self.entities.at(child)
        return None

    def _company_of_people(self, token: Token) -> str | None:
        """ "summoned executives of Ant" -> Ant."""
        if token.lemma_.lower() in {"executive", "official", "manager", "founder", "director", "boss", "leader", "representative"}:
            return self._owner(token)
        return None

    def _status(self, token: Token) -> str | None:
        """planned / offered / agreed from the verbs a claim hangs on ("plans to invest")."""
        node = token
        for _ in range(4):
            lemma = base_form(node, KNOWN_VERBS)
            if any(c.lower_ in {"will", "would", "shall", "'ll"} for c in node.children):
                return "planned"
            if lemma == "offer":
                return "offered"
            if lemma == "agree":
                return "agreed"
            if lemma in PLAN_VERBS:
                return "planned"
            if lemma in {"former", "ex"} or _no_longer(node):
                return "former"
            if lemma in {"decline", "refuse", "block", "reject"} and node is not token:
                return "blocked"  # "declined to give clearance for X to acquire Y"
            if node.dep_ == "advcl" and _for_whom(node.head, before=node) is not None:
                refused = any(base_form(a, KNOWN_VERBS) in {"decline", "refuse", "block", "reject"} for a in node.ancestors)
                return "blocked" if refused else "planned"  # "granted clearance for X to acquire Y": cleared, not yet done
            if node.dep_ not in {"xcomp", "ccomp", "conj", "pcomp", "dobj", "pobj", "prep", "advcl"} or node.head.i == node.i:
                break
            node = node.head
        return None

    def _date(self, token: Token) -> str | None:
        """The date in the claim's clause, else one that opens the sentence ("In January 2023, ...")."""
        head = token if token.pos_ in {"VERB", "AUX"} else token.head
        if (head.i, token.i) not in self._dates:
            found = date_near(list(head.subtree), self.published)
            if found is None:
                opening = [t for t in token.sent if t.i < token.i and t.head.dep_ in {"ROOT"} | {"prep"} and t.head.head.dep_ == "ROOT"]
                found = date_near(opening[:6], self.published)
            self._dates[(head.i, token.i)] = found
        return self._dates[(head.i, token.i)]


def _dated_verb_made_a_modifier(verb: Token) -> bool:
    """ "The European Union on Friday added X to its list": a past-tense verb after a date that the parser hung
    on its object as a modifier, the object on "on", and "on" on the subject."""
    on = verb.head.head
    return (
        verb.dep_ == "amod" and verb.tag_ == "VBD" and verb.i > 0 and verb.doc[verb.i - 1].ent_type_ == "DATE"
        and verb.head.dep_ == "pobj" and on.lower_ == "on" and on.head.pos_ in {"PROPN", "NOUN"} and on.head.i < verb.i
    )


def _is_participle_of_noun(verb: Token) -> bool:
    """ "a game developed by Raven and published by Activision": a passive participle describing a noun
    (the tagger sometimes calls it a past tense; the "by" phrase tells)."""
    has_agent = any(c.dep_ == "agent" for c in verb.children)
    if verb.dep_ == "acl":
        return verb.tag_ == "VBN" or verb.tag_ == "VBD" and has_agent
    if verb.dep_ == "amod" and has_agent:
        return True  # "a lender majority-owned by the National Treasury"
    return verb.dep_ == "conj" and has_agent and verb.head.dep_ == "acl" and verb.head.tag_ in {"VBN", "VBD"}


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _another_agent(by: Token, first_agent: Token) -> bool:
    """ "owned as to 60% by X and as to 40% by Y": a second "by" joined with "and", not "rather than by Y"."""
    between = {t.lower_ for t in by.doc[first_agent.i : by.i]}
    return by.dep_ == "agent" and by.i > first_agent.i and "and" in between and not between & {"than", "not", "instead"}


def _state_link(noun: Token) -> str | None:
    """ "state-owned" and "state" own; "state-controlled", "state-run" and "state-backed" control."""
    first = noun.head.left_edge.i if noun.dep_ == "compound" and noun.head.i > noun.i else noun.left_edge.i  # "Turkey's state electricity wholesaler EÜAŞ": the words before the name
    words = noun.doc[first : noun.i].text.lower()
    if re.search(r"\b(state|government)[- ](controlled|run|backed|directed)\b", words):
        return "controls"
    if re.search(r"\b(state|government)(-owned)?\b(?!-of)", words):
        return "owns"
    return None


def _has_size_word(noun: Token) -> bool:
    return any(c.lower_ in SIZE_WORDS for c in noun.children)


def _titles_the_story_company(noun: Token) -> bool:
    """ "X has been chief executive since 2019", "The founders, X and Y, ...", "X, currently chief
    technology officer, ...": a company title with no organisation named is the story's company's."""
    lemma = noun.lemma_.lower()
    spokes = lemma in {"spokesman", "spokeswoman", "spokesperson"}  # "a spokeswoman, Lin Xiaoyu, said"
    chief_officer = lemma == "officer" and any(c.lower_ == "chief" for c in noun.children)
    company_director = lemma == "director" and any(c.lower_ in COMPANY_FUNCTIONS for c in noun.children)  # "the finance director"
    if lemma not in COMPANY_HEAD_TITLES and not (spokes or chief_officer or company_director):
        return False
    if noun.dep_ in {"attr", "oprd", "appos"} or noun.dep_ == "pobj" and noun.head.lower_ == "as":
        return True  # "... stays on as chairman", "will act as chief executive"
    return any(c.dep_ == "det" and (c.lower_ == "the" or spokes and c.lower_ == "a") for c in noun.children) and any(c.dep_ == "appos" for c in noun.children)


def _is_share_phrase_modifier(noun: Token) -> bool:
    """ "a 4.8% interest", "a controlling interest", "its interest" in shares: words that make "interest" a holding."""
    return any(c.like_num or c.lower_ in {"%", "percent", "controlling", "majority", "minority", "equity", "ownership", "financial", "beneficial", "stake"} or c.dep_ == "poss" for c in noun.subtree if c.i < noun.i)


def _unresolved_unit(title: Token, entity_of) -> bool:
    """ "director of the subsidiary" where the subsidiary names no entity: the post is somewhere we cannot tell."""
    unit = _pobj(_prep(title, {"of", "at"}))
    return unit is not None and unit.lemma_.lower() in UNIT_NOUNS | {"affiliate", "venture"} and not entity_of(unit)


def _in_apposition(token: Token, verb: Token) -> bool:
    """ "named X, a former propaganda official, as director": the title in X's apposition is X's past, not the post."""
    node = token
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in {"appos", "relcl", "acl"}:
            return True
        node = node.head
    return False


def _time_spent(verb: Token) -> Token | None:
    """ "six years", "a decade", "most of the 1970s", "his whole career": the time a person spends somewhere."""
    for noun in verb.children:
        if noun.dep_ in {"dobj", "npadvmod"} and (noun.lemma_.lower() in {"year", "month", "week", "decade", "career", "time", "life"} or any(t.ent_type_ == "DATE" for t in noun.subtree)):
            return noun
    return None


def _granted_by_a_holding(verb: Token) -> bool:
    """ "a golden share that lets it veto any sale": a right that comes with shares, whoever holds them."""
    return any(a.lemma_.lower() in {"share", "stake", "shareholding"} for a in verb.ancestors)


def _is_golden(noun: Token) -> bool:
    return any(c.lower_ == "golden" for c in noun.children)


def _is_money(token: Token) -> bool:
    """ "$5 billion", "around 900 million reais", "funds": what is paid or transferred is money."""
    return token.ent_type_ == "MONEY" or token.lemma_.lower() in MONEY_NOUNS | {"fund", "funds"} or any(t.ent_type_ == "MONEY" or t.is_currency or t.lower_ in CURRENCY_WORDS for t in token.subtree)


PRODUCT_VERBS = {"run", "operate", "sell", "market", "produce", "publish", "develop", "launch", "offer"}
"""What a firm does with its products: "runs the apps A, B and C"."""
PENALTY_VERBS = {"fine", "convict", "sentence", "acquit", "penalize", "penalise", "designate", "sanction", "blacklist"}
"""What only a court or a regulator does to someone: said in the passive, the one the story just named did it."""


def _acts_together(verb: Token, lemma: str) -> bool:
    """ "X does not act in concert with Y", "has agreed to vote with the family", "they have agreed to vote together"."""
    if lemma == "act":
        return _pobj(_prep(verb, {"in"})) is not None and _pobj(_prep(verb, {"in"})).lower_ == "concert"
    return lemma == "vote" and (_prep(verb, {"with"}) is not None or any(c.lower_ == "together" for c in verb.children))


def _antecedent_of(token: Token | None) -> Token | None:
    """The noun a relative pronoun stands for ("the board, which had been chaired by X": the board), else the token."""
    if token is not None and token.lower_ in {"which", "that"} and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _opens_a_question(token: Token) -> bool:
    """ "Who owns the bank?" after a turn label, which the parser may take for a relative clause on the speaker."""
    opens = token.i == token.sent.start or token.i > 0 and token.nbor(-1).text.endswith(":")
    if opens and any(t.text == "?" for t in token.doc[token.i : token.sent.end]):
        return True
    after = token.head.right_edge.i + 1  # "Mr Chen, who owns Redcar Alloys?": a question to the man addressed
    return token.i > 0 and token.nbor(-1).text == "," and after < len(token.doc) and token.doc[after].text == "?"


def _is_vote_noun(noun: Token) -> bool:
    """ "the votes", "the voting rights", "the voting power"."""
    lemma = noun.lemma_.lower()
    return lemma == "vote" or lemma in {"right", "power", "share"} and any(c.lower_ == "voting" for c in noun.children)


def _is_share_phrase(token: Token | None) -> bool:
    """ "20 percent", "a stake", "a majority of the voting rights": words that measure a holding."""
    if token is None:
        return False
    if token.lemma_.lower() in SHARE_NOUNS | {"%", "percent"} or token.lower_ == "cent" and token.i > 0 and token.doc[token.i - 1].lower_ == "per":
        return True  # "20%", "20 percent", "20 per cent"
    of = _pobj(_prep(token, {"of"}))
    return token.lemma_.lower() in {"majority", "minority", "half", "third", "quarter", "fifth", "all", "most", "none"} and of is not None and of.lemma_.lower() in SHARE_NOUNS


def _past_courtesy_title(doc, i: int) -> int:
    """The index of the name after "Mr.", "Ms." or "Dr." at `i` (or `i` itself)."""
    return i + 1 if i + 1 < len(doc) and doc[i].lower_.rstrip(".") in {"mr", "mrs", "ms", "dr", "miss"} else i


def _is_controlling_party(noun: Token) -> bool:
    """ "ultimate controlling party": an annual report's word for who controls the company."""
    return noun.lemma_.lower() == "party" and any(c.lower_ == "controlling" for c in noun.children)


def _is_the_rest(share: Token) -> bool:
    """ "the other 30%", "the remaining 15%": a share that completes a split just told."""
    return any(t.lower_ in {"other", "remaining", "rest", "remainder", "balance"} for t in share.subtree)


COUNTRY_BODY_ROLES = {"government": "government", "parliament": "legislature"}
"""Words for a country's own organs that need no name: "the government", "parliament"."""
DATELINE_CITY = re.compile(r"(?:^|\n)\s*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'-]+?)\s*(?:/[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'-]+)?\s*(?:,[^\n—–]{0,20})?\s*(?:—|–|-{1,2})\s")
CUSTODIAN_TITLES = {"administrator", "receiver", "liquidator", "curator", "conservator", "trustee"}
"""Posts a state fills at a firm it takes over: "installed an administrator, X" runs the firm, not the regulator."""
CONTROL_IDIOMS = {("call", "shot"), ("call", "shots"), ("pull", "string"), ("pull", "strings"), ("give", "order"), ("give", "orders"), ("hold", "reins"), ("hold", "rein")}
"""Idioms of control: "calls the shots at X", "pulls the strings at X", "gave the orders at X"."""
MONEY_MOVING_VERBS = {"put", "pour", "pump", "inject", "sink", "plough", "plow", "contribute"}
"""Verbs of money going into a firm: "has put $60 million into X", "poured C$24 million into Y", "will contribute $240 million to X"."""
FUNDING_ROUNDS = {"round", "raise", "rights", "recapitalisation", "recapitalization", "placement", "increase"}
"""What one invests in when one buys a firm's new shares: "invested $45 million in a funding round"."""
NEGOTIATION_NOUNS = {"talk", "talks", "negotiation", "negotiations", "discussion", "discussions"}
"""Nouns whose "to"-clause the talking party would do: "in talks to buy X"."""
INTENT_NOUNS = {"plan", "decision", "offer", "proposal", "bid", "promise", "pledge", "attempt", "effort", "move", "agreement", "commitment"}
"""Nouns whose "to"-clause is done by their possessor: "Bulgaria's plan to put money into X"."""
ISSUE_NOUNS = {"issue", "listing", "ipo", "offering", "flotation", "prospectus", "lease", "concession"}
"""What a firm puts to a regulator about its own shares: "approved the issue", "suspended the listing"."""
LENDING_VERBS = {"approve", "offer", "arrange", "disburse"}
"""What a lender does with a loan it makes to someone: "approved a $650 million loan to X" (giving,
extending and granting one are read from the verb)."""
CUSTODY_NOUNS = {
    "administration", "receivership", "supervision", "curatorship", "conservatorship", "management", "control",
    "sanction", "sanctions", "investigation", "liquidation", "bankruptcy", "insolvency",
}
"""What a state places a firm under or into: "placed the retailer under extraordinary administration", "put it into liquidation"."""
VEHICLE_NOUNS = {"company", "firm", "vehicle", "entity", "trust", "fund", "business", "holding", "shell"}
"""Unnamed firms through which someone holds a stake: "companies belonging to the family"."""
STEERED_NOUNS = {"decision", "decisions", "operations", "management", "strategy", "affairs", "policy", "policies", "activities", "day-to-day", "running"}
"""What one directs when one controls a firm: "directs the investment decisions of X", "runs X's affairs"."""
MAKER_TITLES = {"developer", "operator", "maker", "publisher", "provider", "creator", "owner"}
ADVERBIAL_IDIOMS = {"turn", "part", "effect", "fact", "practice", "reality", "truth", "total"}
"""Nouns of "in turn", "in effect", "in fact": no object of a participle the parser hung on them."""
INNER_PARTS = {"team", "desk", "department", "office", "operations", "projects", "project", "unit", "division", "business", "programme", "program", "practice", "group", "section", "branch"}
"""What a person heads inside an organisation without heading the organisation."""


def _is_inner_part(token: Token | None) -> bool:
    """ "QIA's private equity team", "offshore projects", "the group's Peruvian operations"."""
    return token is not None and token.pos_ == "NOUN" and token.lemma_.lower() in INNER_PARTS and token.dep_ in {"dobj", "pobj"}


def _is_the(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _is_family_or_person(entity_type: str | None, name: str) -> bool:
    """A person or a family: what owns a "holding company" rather than being its subsidiary."""
    return entity_type == "person" or "family" in name.lower().split()


SEAT_VERBS = {
    "sit", "serve", "join", "appoint", "elect", "name", "nominate", "resign", "remain", "stay", "be", "keep", "hold",
    "take", "win", "get", "gain", "have", "add", "return", "rejoin", "co-opt", "seat", "place", "put", "move", "install",
    "represent", "occupy", "retain",
}
"""Verbs that give, keep or take a seat on a board: "sits on", "joined", "was appointed to", "resigned from"."""
APPOINT_VERBS = {"appoint", "name", "elect", "promote", "nominate", "install"}
"""Verbs that put a named person in a post: the appointee is their object, the appointer their subject."""
LEGISLATURES = {"parliament", "congress", "assembly", "senate", "duma", "legislature"}
PARTY_BODIES = {"committee", "politburo", "presidium", "secretariat", "bureau", "council", "caucus", "faction", "leadership"}
"""A party's own organs: a member of one is a member of the party."""


def _is_board(token: Token | None) -> bool:
    return token is not None and token.lemma_.lower() in {"board", "boardroom"}


def _no_longer(token: Token) -> bool:
    """ "X is no longer a member": a former tie, not a denial."""
    heads = [token, token.head]
    return any(c.lower_ == "longer" and c.nbor(-1).lower_ == "no" for h in heads for c in h.children if c.i > 0)


def _claim_for_role(words: list[Token], org_type: str | None) -> str | None:
    """What a title says of a person and an organisation: "chief executive" leads, "vice
    president" and "CFO" work there, "bassist" is a member, "founder" founded it."""
    lowered = [w.lower_ for w in words]
    lemmas = {w.lemma_.lower() for w in words} | set(lowered) | {part for w in lowered if "-" in w for part in w.split("-")}
    first = min(words, key=lambda w: w.i) if words else None
    if first is not None and first.i >= 2 and first.nbor(-1).text == "-":
        lemmas.add(first.nbor(-2).lower_)  # "vice-president" cut into three words, "president" alone hung on the verb
    elif first is not None and first.i >= 1 and first.nbor(-1).lower_ in SUBORDINATE_MARKS:
        lemmas.add(first.nbor(-1).lower_)  # "a deputy general director", where the parser hung "deputy" apart
    member = "member_of" if org_type == "organization" else "employed_by"  # a party's vice-chair is a member; a ministry's works there
    if lemmas & FOUNDER_TITLES:
        return "founded"
    if lowered == ["deputy"]:
        return "member_of"  # "a deputy in the National Assembly": a member of the chamber (or the second to someone, who is no post)
    if lemmas & SUBORDINATE_MARKS:
        return "member_of" if lowered[-1] in {"chairman", "chairwoman", "chair", "chairperson"} else member  # a vice chairman sits on the board
    if len(lowered) > 1 and lowered[-1] == "secretary" and lowered[-2] in {"state", "parliamentary", "under", "assistant"}:
        return member  # "a state secretary at the Ministry of Energy": a junior minister, under the one who leads it
    if "director" in lowered and "general" in lowered:
        return "leads"  # "director general"
    if lowered[-1] in {"director", "directors"} and org_type == "company":
        # a board seat ("a director of X", "non-executive director"); "managing director" runs it
        if "managing" in lowered or lowered[-2:] == ["executive", "director"] and len(lowered) == 2:
            return "leads"  # "its executive director": the firm's chief officer in most of the world
        return "employed_by" if len(lowered) > 1 and lowered[-2] in COMPANY_FUNCTIONS | {"regional", "country", "research", "creative", "investment", "project", "communications", "strategy", "engineering", "production", "procurement", "purchasing"} else "member_of"  # "its only registered director" sits on the board; "the finance director" works there
    if "chief" in lowered:
        before, after = lowered[: lowered.index("chief")], lowered[lowered.index("chief") + 1 :]
        if after and after[0] not in {"executive", "officer"} and len(after) > 1:
            return "employed_by"  # chief financial officer, chief technology officer
        if before and before[-1] in COMPANY_FUNCTIONS:
            return "employed_by"  # "finance chief", "technology chief": one function's head, not the firm's
        return "leads"
    if lowered[-1] in {"manager", "director"} and "general" in lowered:
        return "leads"  # "the company's general manager", "whose general director" runs it
    if "minister" in lowered and "prime" not in lowered and org_type == "country":
        return "employed_by"  # "Kyrgyzstan's minister of natural resources" serves the state; a prime minister leads it
    if lemmas & (LEAD_TITLES - {"executive"}):
        return "leads" if org_type in {"company", "organization", "public_body", "country", "product"} else None
    if lemmas & MEMBER_TITLES:
        return "member_of" if org_type != "company" else "employed_by"
    if lemmas & WORK_TITLES:
        return "employed_by" if org_type in ORGANISATIONS else None
    return member


def _listed_names(head: Token) -> list[Token]:
    """The names of a list however long, and however the parser chained it by commas, semicolons and "and"."""
    names = [head]
    for child in head.children:
        if child.dep_ in {"conj", "appos"} and child.pos_ == "PROPN":
            names += _listed_names(child)
    return names


def _with_conjuncts(token: Token | None) -> list[Token | None]:
    """A word and the words coordinated with it ("SoftBank and Uber"), at most four."""
    if token is None:
        return [None]
    named = [token]
    appositions = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if token.pos_ == "NUM" and not appositions and _pobj(_prep(token, {"of"})) is not None:
        appositions = [c for c in _pobj(_prep(token, {"of"})).children if c.dep_ == "appos" and c.pos_ == "PROPN"]  # "two of its units, A and B"
    if token.pos_ in {"NOUN", "NUM"} and appositions:
        named = appositions  # "the streaming apps QQ Music, Kugou and Kuwo", "two of his children, X and Y"
    out = []
    for word in named:
        out += [word, *[c for c in word.conjuncts if c.pos_ in {"PROPN", "NOUN", "PRON"}]]
        for number in (c for c in word.conjuncts if c.pos_ == "NUM" and c.i > word.i):
            out += [n for n in _with_conjuncts(number) if n is not None and n.pos_ == "PROPN"]  # "X and two of its units, A and B"
    if token.pos_ == "PROPN":  # "X, the Cypriot parent of Y, and its chairman, Z, were fined": the parser hung Z's phrase on the apposition
        listed = [a for a in token.children if a.dep_ == "appos" and a.pos_ == "NOUN" and any(c.i > a.i for c in a.conjuncts)]
        out += [a for a in listed if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in a.children)]  # "X, its managing director, Y, and its agent, Z": Y too
        out += [c for a in listed for c in a.conjuncts if c.pos_ in {"PROPN", "NOUN"} and c.i > a.i]
    return out[:4]


NAME_LABELS = {"ORG", "PERSON", "GPE", "NORP", "FAC", "PRODUCT"}
"""spaCy's entity labels of names (an acronym the tagger took for an adverb is still a name: "oversees SEPI")."""


def _complement(copula: Token) -> Token | None:
    """What "is" says its subject is; a second subject after the verb where the parser made one
    ("Y's largest shareholder, with 19.8%, is X")."""
    return _child(copula, "attr") or next((c for c in copula.children if c.dep_ == "nsubj" and c.i > copula.i), None)


def _direct_object(verb: Token) -> Token | None:
    """The verb's object; a relative pronoun the parser also hung there only when there is no other
    ("that Tesla will try to buy Halden": Halden)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    named = [c for c in objects if c.lower_ not in RELATIVE_PRONOUNS]
    if not objects:  # "Anna Lind runs Fjordtel": a name right after the verb the parser took for an adverb
        objects = [c for c in verb.children if c.dep_ in {"npadvmod", "advmod"} and (c.pos_ == "PROPN" or c.ent_type_ in NAME_LABELS) and c.i > verb.i and c.left_edge.i == verb.i + 1]
    return (named or objects or [None])[0]


def _for_whom(verb: Token, before: Token) -> Token | None:
    """The "for X" that gives an infinitive its subject: "clearance for X to acquire", "paved the way for X to buy"."""
    for holder in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
        named = _pobj(next((c for c in holder.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < before.i), None))
        if named is not None and named.pos_ in {"PROPN", "NOUN", "PRON"}:
            return named
    return None


STATE_HEAD_TITLES = {"president", "premier", "king", "queen", "emir", "sultan", "chancellor"}
"""Capitalised titles before a name that head a state, not a firm: "President Mulino"."""


def _heads_a_state(title: Token) -> bool:
    return title.lower_ in STATE_HEAD_TITLES and title.text[:1].isupper() and title.dep_ == "compound" and title.head.pos_ == "PROPN" and title.i > title.sent.start - 1


def _permit_source(permit: Token) -> Token | None:
    """The "from" that names who gave a licence, on the noun or, the parser's other choice, on the verb
    that obtains it: "won a payments licence from the central bank"."""
    obtained = permit.dep_ == "dobj" and permit.head.lemma_.lower() in {"win", "obtain", "receive", "secure", "get", "gain"}
    return _prep(permit, {"from"}) or (_prep(permit.head, {"from"}) if obtained else None)


def _share_after(name: Token, entity_at) -> str | None:
    """The share written right after a name in a gapped clause ("... and the Fund 20%"), if any."""
    doc = name.doc
    end = name.i
    while end + 1 < len(doc) and entity_at(doc[end + 1]) == entity_at(name):
        end += 1
    if end + 1 < len(doc) and doc[end + 1].text == ",":  # "Y, a Genoa terminal group, 34%"
        close = next((j for j in range(end + 2, min(end + 15, len(doc))) if doc[j].text in {",", ";", "."}), None)
        end = close if close is not None and doc[close].text == "," else end
    after = doc[end + 1 : end + 5]
    words = [t for t in after if not t.is_punct or t.text == "%"]
    if words and (words[0].like_num or words[0].lower_ == "the" and len(words) > 1 and words[1].lower_ in {"remaining", "rest", "balance"}):
        stop = next((t.i for t in after if t.text == "%" or t.lower_ in {"percent", "rest", "balance"}), None)
        return doc[end + 1 : stop + 1].text if stop is not None else None
    return None


def _reason_for_an_act(verb: Token) -> bool:
    """ "designated X, accusing him of bribery": the reason a state gives for its act, which the act already says."""
    return verb.dep_ in {"advcl", "xcomp", "conj"} and verb.tag_ == "VBG" and base_form(verb.head, KNOWN_VERBS) in {*REGULATORY_VERBS, "impose"}


def _first_conjunct(token: Token) -> Token:
    """The head of the list a word ends ("X and Y": X), whose conjuncts are the list."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _child(token: Token | None, dep: str) -> Token | None:
    if token is None:
        return None
    return next((c for c in token.children if c.dep_ == dep), None)


def _is_chamber(name: str) -> bool:
    return bool(set(name.lower().split()) & CHAMBER_WORDS)


def _recipient(verb: Token) -> Token | None:
    """Whom a verb gives to: "granted Gaz-Nord a rise" (the dative), "made a loan that ... to X" (the parser's dative "to")."""
    dative = _child(verb, "dative")
    return _pobj(dative) if dative is not None and dative.pos_ == "ADP" else dative


def _object_in(verb: Token, lemmas: set[str]) -> Token | None:
    """The verb's direct object when it is one of these words ("was granted a concession": the concession)."""
    obj = _child(verb, "dobj")
    return obj if obj is not None and obj.lemma_.lower() in lemmas else None


def _money_given(obj: Token) -> str:
    """What kind of money a verb's object is: "a loan", "a credit line that X extended" (credit)."""
    if obj.lower_ in RELATIVE_PRONOUNS and obj.head.dep_ == "relcl":
        obj = obj.head.head  # the thing the clause describes
        if obj.like_num or obj.lower_ in {"million", "billion", "trillion", "bn", "m"}:  # "the loan of KWD 3 million that X extended": the parser hung the clause on the sum
            obj = next((t for t in reversed(obj.doc[max(0, obj.i - 6) : obj.i]) if t.lemma_.lower() in MONEY_NOUNS), obj)
    lemma = obj.lemma_.lower()
    if lemma in {"line", "facility"} and any(c.lemma_.lower() in {"credit", "loan"} for c in obj.children):
        return "credit"
    return lemma


def _prep(token: Token | None, words: set[str]) -> Token | None:
    if token is None:
        return None
    return next((c for c in token.children if c.dep_ in {"prep", "dative", "agent"} and c.lower_ in words), None)


def _pobj(prep: Token | None) -> Token | None:
    if prep is None:
        return None
    obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    if obj is None:
        inner = next((c for c in prep.children if c.dep_ == "prep"), None)
        return _pobj(inner) if inner is not None else None
    return obj


def _poss(token: Token | None) -> Token | None:
    if token is None:
        return None
    return next((c for c in token.children if c.dep_ == "poss"), None)


def _particle(verb: Token) -> str | None:
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    return particle.lower_ if particle is not None else None


def _phrase(token: Token) -> str:
    return token.doc[token.left_edge.i : token.right_edge.i + 1].text


def _phrase_of_title(noun: Token) -> str:
    """ "chief executive" from "the chief executive of Y"."""
    words = [c for c in noun.lefts if c.dep_ in {"amod", "compound"} and c.pos_ != "PROPN" and not c.ent_type_] + [noun]
    return " ".join(w.text for w in sorted(words, key=lambda w: w.i))


def _role_in(verb: Token) -> str | None:
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            obj = _pobj(prep)
            if obj is not None:
                return _phrase_of_title(obj)
    return None


def _has_chief(noun: Token) -> bool:
    return any(c.lower_ in {"chief", "top"} for c in noun.children)


def _is_state_organ(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma == "bank":
        return any(c.lower_ in {"central", "state", "national", "policy"} for c in noun.children)
    return lemma in STATE_ORGAN_NOUNS - {"bank", "central"}
