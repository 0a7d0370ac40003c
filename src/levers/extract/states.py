"""Claims a whole sentence makes about states and their bodies, beside what one verb or noun says.

"Japan's Ministry of Economy", "the US Department of Energy", "the Communications Authority of
Kenya" (a body of a country), "the Kremlin-backed Volga Bank" (who stands behind a firm),
"operates independently of X" (no control), "President X" (who heads which country), "Ofwat fines
X" in a headline the tagger misread. `StateReader` reads these with the `SentenceReader` of the
sentence, whose entities and memory it shares.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from levers.extract.lexicon import COMPANY_WORDS, HYPHEN_LINKS, KNOWN_VERBS, POSSESSIVE_MARKS, REGULATORY_VERBS, STATE, STATE_TITLES
from levers.extract.mentions import is_legal_form
from levers.extract.relations import Found, SentenceReader, _pobj, _prep, _with_conjuncts
from levers.extract.words import base_form
from levers.model import Qualifiers


HYPHEN_PLACES = {"registered", "based", "headquartered", "incorporated", "domiciled"}
"""Words that tie a firm to the place hyphenated before them: "Malta-registered", "Jersey-based"."""


class StateReader:
    """The sentence-level rules about states, read after the `SentenceReader`'s own."""

    def __init__(self, reader: SentenceReader):
        self.reader = reader

    def read(self, sent: Span) -> Iterator[Found]:
        rules = (
            self._country_possessives, self._countries_in_names, self._hyphenated_links, self._organisations_in_countries,
            self._bodies_of_countries, self._independence, self._headline_acts, self._heads_of_state,
        )
        for rule in rules:
            for found in rule(sent):
                if self.reader.fits(found):
                    yield found

    def _country_possessives(self, sent: Span) -> Iterator[Found]:
        """ "Japan's Ministry of Economy", "India's Competition Commission", "Britain's Foreign Office":
        a country's own body (part_of), or a business from there (based_in)."""
        doc = sent.doc
        for token in sent:
            if token.text not in POSSESSIVE_MARKS or token.i == sent.start:
                continue
            country = self.reader.entity(doc[token.i - 1])
            if country is None or self.reader.type_of(country) not in {"country", "public_body"}:
                continue  # "Japan's Ministry of Economy", "the US Treasury's Office of Foreign Assets Control", "the department's Loan Programs Office"
            i = token.i + 1
            while i < sent.end and self.reader.entities.at(doc[i]) is None and doc[i].pos_ in {"ADJ", "NOUN"} and i - token.i <= 3:
                i += 1  # "China's state-owned ..." words before the name
            named = self.reader.entities.at(doc[i]) if i < sent.end else None
            if named is None or named == country:
                continue
            if self.reader.type_of(named) == "public_body":
                yield self.reader._found("part_of", named, country, doc[i], Qualifiers(), presupposed=True)
            elif self.reader.type_of(named) in {"company", "organization"} and self.reader.type_of(country) == "country":
                yield self.reader._found("based_in", named, country, doc[i], Qualifiers(), presupposed=True, confidence=0.5)

    def _countries_in_names(self, sent: Span) -> Iterator[Found]:
        """ "the US Department of Energy", "the Chinese Ministry of Commerce": a body whose name opens with
        its country is part of that country. With given entities ("Polish Radio", "the Indian Army", "Nintendo
        Australia"), an organisation whose name holds a listed country is based there: the analyst asked how
        the listed entities are linked, and the name says it."""
        doc = sent.doc
        for token in sent:
            body = self.reader.entities.at(token)
            if body is None or token.i + 1 >= sent.end or self.reader.entities.at(doc[token.i + 1]) != body:
                continue
            if token.i > sent.start and self.reader.entities.at(doc[token.i - 1]) == body:
                continue  # only the first word of the name
            end = token.i
            while end + 1 < sent.end and self.reader.entities.at(doc[end + 1]) == body:
                end += 1
            named = self._country_in(doc[token.i : end + 1])  # "the Communications Authority of Kenya" too
            if named is None:
                continue
            name_start, name_end = doc[token.i].idx, doc[end].idx + len(doc[end])
            if self.reader.type_of(body) in {"company", "organization"}:
                if not self.reader.entities.fixed:
                    continue  # news annotators count a name's country as background, not as what the text says
                country_id = self._country_named_apart(named[1], name_start, name_end)
                if country_id and country_id != body:
                    yield self.reader._found("based_in", body, country_id, token, Qualifiers(), presupposed=True, confidence=0.5)
                continue
            if self.reader.type_of(body) != "public_body":
                continue
            words, country = named
            if self.reader.entities.entity(body).name == country.government.name or self.reader.reference.lookup(country.name) is None:
                continue  # "the Chinese government" is the state itself, not a part of it
            if words[0].i > token.i and not self._named_elsewhere(country.name, name_start, name_end):
                continue  # "the People's Bank of China" in a story that never names China: China is part of a name there
            elsewhere = next((t for t in doc if t.text[:1].isupper() and self.reader.reference.country(t.text) == country and self.reader.entities.at(t) is None), None)
            if elsewhere is not None:  # "Qatari ... the Qatar Investment Authority": the country's own word, not a word of the body's name
                country_id = self.reader.entities.adopt(elsewhere, self.reader.reference.lookup(country.name), claim_token=False)
            elif self._named_elsewhere(country.name, name_start, name_end) or words.text.replace(".", "").isupper():
                country_id = self.reader.entities.adopt(words[0], self.reader.reference.lookup(country.name), claim_token=False, last=words[-1])  # "the US Treasury": the country, abbreviated before the body
            else:
                country_id = self.reader._given_country(country)  # "the Oman Investment Authority" in a story that names Oman nowhere else: no claim on a word of the name
            if country_id and country_id != body:
                yield self.reader._found("part_of", body, country_id, token, Qualifiers(), presupposed=True)

    def _country_named_apart(self, country, start: int, end: int) -> str | None:
        """The story's entity for `country` where a mention of it stands outside the stretch start..end."""
        for entity in self.reader.entities.entities:
            if self.reader.type_of(entity.id) not in {"country", "place"} or not any(a < start or b > end for a, b in entity.mentions):
                continue
            if any(self.reader.reference.country(name) == country for name in (entity.name, *entity.aliases)):
                return entity.id
        return None

    def _named_elsewhere(self, name: str, start: int, end: int) -> bool:
        """Whether the story names the entity called `name` outside the stretch start..end."""
        return any(
            entity.name == name and any(a < start or b > end for a, b in entity.mentions)
            for entity in self.reader.entities.entities
        )

    def _country_in(self, name: Span):
        """The words of a name that name a country, longest first: "United States" in "the Committee on
        Foreign Investment in the United States", "Chinese" in "the Chinese Ministry of Commerce"."""
        for size in (3, 2, 1):
            for start in range(len(name) - size + 1):
                words = name[start : start + size]
                if words[0].text[:1].isupper() and self.reader.reference.country(words.text):
                    return words, self.reader.reference.country(words.text)
        return None

    def _hyphenated_links(self, sent: Span) -> Iterator[Found]:
        """ "the Kremlin-backed Volga Bank", "a Russian state-owned lender": who stands behind a firm,
        said in one hyphenated word before its name or description."""
        doc = sent.doc
        for verb in sent:
            claim = HYPHEN_LINKS.get(verb.lower_)
            if claim is None or verb.dep_ != "amod" or verb.i < sent.start + 2 or doc[verb.i - 1].text != "-":
                continue
            if self.reader.entities.at(verb) is not None:
                continue  # "the State-owned Assets Supervision and Administration Commission": words of a name
            backer_word, firm_word = doc[verb.i - 2], verb.head
            firm = self.reader.entities.at(firm_word) or self.reader.entity(firm_word)
            if backer_word.lower_ in {"state", "government"}:
                adjective = next((t for t in firm_word.lefts if t.i < backer_word.i and self.reader.reference.country(t.text)), None)
                named = self.reader.entities.at(adjective) if adjective is not None else None
                backer = named if self.reader.type_of(named) in STATE else self.reader.country_named_by(adjective) if adjective is not None else None
                if adjective is None and firm and firm_word.pos_ == "NOUN":
                    backer = self.reader._state_described(firm_word, firm)  # "Landsbankinn, the state-owned bank": the story's state
            else:
                backer = self.reader.entities.at(backer_word)
            if backer and firm and backer != firm:
                yield self.reader._found(claim, backer, firm, verb, Qualifiers(), presupposed=True)
                if backer_word.lower_ in {"state", "government"} and adjective is not None and self.reader.type_of(firm) == "company":
                    yield from self._home_of(firm, adjective, verb)  # "a Pakistani state-owned utility" is in Pakistan too
        for verb in sent:  # "Malta-registered Sirocco Gaming Ltd", "a Jersey-based trust"
            if verb.lower_ not in HYPHEN_PLACES or verb.i < sent.start + 2 or doc[verb.i - 1].text != "-":
                continue
            firm = self.reader.entities.at(verb.head) or self.reader.entity(verb.head)
            country = self.reader.country_named_by(doc[verb.i - 2], capitals=True)
            if firm and country and firm != country and self.reader.type_of(firm) in {"company", "organization"}:
                yield self.reader._found("based_in", firm, country, verb, Qualifiers(), presupposed=True, confidence=0.5)

    def _home_of(self, firm: str, adjective: Token, trigger: Token) -> Iterator[Found]:
        place = self.reader.country_behind_its_state(adjective)
        if place and place != firm:
            yield self.reader._found("based_in", firm, place, trigger, Qualifiers(), presupposed=True, confidence=0.5)

    def _organisations_in_countries(self, sent: Span) -> Iterator[Found]:
        """ "recorded at Studio 92 in Canada", "a boarding school in the United States", "Nordlys Invest AS of
        Norway": where the phrase "in <country>" (or "of <country>" after a legal form) hangs on an
        organisation's name, the organisation is there."""
        for prep in sent:
            of_a_firm = prep.lower_ == "of" and is_legal_form(prep.head) and self.reader.entities.at(prep.head) is not None  # "Nordlys Invest AS of Norway"
            if prep.dep_ != "prep" or prep.lower_ != "in" and not of_a_firm or prep.head.pos_ not in {"PROPN", "NOUN"} and not of_a_firm:
                continue
            described = prep.head.dep_ == "attr" or prep.head.dep_ == "appos" and prep.head.lemma_.lower() in COMPANY_WORDS  # "X, a company in Dubai"
            organisation = self.reader._entity_or_predicate(prep.head) if prep.head.pos_ == "PROPN" or described or of_a_firm else None
            place = _pobj(prep)
            places = [place, *(c for c in place.children if c.dep_ in {"appos", "conj", "npadvmod"} and c.i > place.i)] if place is not None else []
            country = next(filter(None, (self.reader.country_named_by(p) for p in places if p.pos_ == "PROPN")), None)  # "INSEAD in Fontainebleau, France"
            if organisation and country and organisation != country and self.reader.type_of(organisation) in {"company", "organization"}:
                yield self.reader._found("based_in", organisation, country, prep, Qualifiers(), presupposed=True, confidence=0.4)

    def _bodies_of_countries(self, sent: Span) -> Iterator[Found]:
        """ "the Communications Authority of Kenya", "the Central Bank of Nigeria" where the model split the name."""
        for prep in sent:
            if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i == 0 or not self.reader.entities.at(prep.doc[prep.i - 1]):
                continue
            body = self.reader.entities.at(prep.doc[prep.i - 1])
            place = _pobj(prep)
            country = self.reader.country_named_by(place) if place is not None and place.pos_ == "PROPN" else None
            if country and country != body and self.reader.type_of(body) == "public_body":
                yield self.reader._found("part_of", body, country, prep, Qualifiers(), presupposed=True)
            elif country and country != body and self.reader.type_of(body) in {"company", "organization"} and prep.head.pos_ == "PROPN":
                yield self.reader._found("based_in", body, country, prep, Qualifiers(), presupposed=True, confidence=0.5)  # "Nordlys Invest AS of Norway"

    def _independence(self, sent: Span) -> Iterator[Found]:
        """ "Heartline operates independently of Brightwave", "X is independent from the state": no control."""
        for word in sent:
            if word.lower_ not in {"independently", "independent"} or word.dep_ not in {"advmod", "acomp", "amod", "oprd"}:
                continue
            boss_token = _pobj(_prep(word, {"of", "from"}) or (_prep(word.head, {"of", "from"}) if word.dep_ == "advmod" else None))
            if boss_token is None:
                continue
            clause = word.head
            independent = self.reader.entity(self.reader._subject(clause)) if word.dep_ != "amod" else self.reader.entity(clause)
            for boss in (self.reader.entity(t) for t in _with_conjuncts(boss_token)):
                if boss and independent and boss != independent:
                    found = self.reader._found("controls", boss, independent, clause if clause.pos_ in {"VERB", "AUX"} else word, Qualifiers())
                    found.denied = True
                    yield found

    def _headline_acts(self, sent: Span) -> Iterator[Found]:
        """ "Ofwat fines Thamesbridge Water £38m": a headline's verb the tagger took for a noun."""
        doc = sent.doc
        for token in sent:
            if token.i == sent.start or token.i + 1 >= sent.end or not token.lower_.endswith("s") or token.pos_ == "VERB":
                continue
            lemma = base_form(token, KNOWN_VERBS)
            if lemma not in REGULATORY_VERBS:
                continue
            actor, target = self.reader.entities.at(doc[token.i - 1]), self._headline_object(doc, token.i + 1, sent.end)
            if actor and target and actor != target and self.reader.type_of(actor) in STATE:
                yield self.reader._found("regulatory_action", actor, target, token, Qualifiers(action=REGULATORY_VERBS[lemma]))

    def _headline_object(self, doc, start: int, end: int) -> str | None:
        """What a headline's verb acts on: the first name after it, past a nationality ("sanctions Russian oil trader Nordvolga")."""
        for i in range(start, min(end, start + 6)):
            found = self.reader.entities.at(doc[i])
            if found and not (doc[i].pos_ == "ADJ" or doc[i].ent_type_ == "NORP"):
                return found
            if doc[i].pos_ in {"ADP", "PUNCT", "VERB"}:
                return None
        return None

    def _heads_of_state(self, sent: Span) -> Iterator[Found]:
        """ "President Recep Tayyip Erdoğan", "Prime Minister Narendra Modi": the head of the country in
        the story; reference data, when it knows the person, says which of the countries named it is."""
        doc = sent.doc
        for token in sent:
            if token.lower_ not in STATE_TITLES or token.i + 1 >= sent.end:
                continue
            words = 2 if token.lower_ == "prime" else 1
            if token.lower_ == "prime" and doc[token.i + 1].lower_ != "minister":
                continue
            person = self.reader.entities.at(doc[token.i + words]) if token.i + words < sent.end else None
            if person is None or self.reader.type_of(person) != "person" or _prep(doc[token.i + words - 1], {"of"}) is not None:
                continue
            country = self._country_of_person(person, token)
            if country:
                role = doc[token.i : token.i + words].text
                yield self.reader._found("leads", person, country, token, Qualifiers(role=role), presupposed=True, confidence=0.5)

    def _country_of_person(self, person: str, title: Token) -> str | None:
        """Which country "President X" heads: the one reference data knows for X, else the one the title
        names ("Turkish President X", "Turkey's President X"), else the only country the story has named."""
        entity = self.reader.entities.entity(person)
        entry = self.reader.reference.lookup(entity.name)
        known = self.reader.reference.country_by_code(entry.country) if entry is not None and entry.type == "person" else None
        if known is not None:
            return next((c.id for c in self.reader.entities.entities if c.type == "country" and c.name == known.name), None)
        before = title.doc[title.i - 1] if title.i > 0 else None
        if before is not None and before.text in POSSESSIVE_MARKS and title.i > 1:
            before = title.doc[title.i - 2]
        if before is not None and self.reader.country_named_by(before):
            return self.reader.country_named_by(before)
        named = {self.reader.entities.at(t) for t in title.doc[: title.i] if self.reader.type_of(self.reader.entities.at(t)) == "country"}
        return named.pop() if len(named) == 1 else None
