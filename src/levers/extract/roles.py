"""Names written with their roles, beside what a verb or noun of the sentence says.

"TikTok grand poobah Zhang Yiming", "Chief executive Rafael Ferraz, ...", "'...,' chairman Magnus
Östberg said", "Ma Huateng, Tencent's co-founder and chairman,", "Rodrigo Fica of Goldman Sachs":
the words around a name say what the person is where the parser hangs them anywhere. `RoleReader`
reads these with the `SentenceReader` of the sentence, whose entities it shares.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from levers.extract.lexicon import COMPANY_HEAD_TITLES, FOUNDER_TITLES, KNOWN_VERBS, LEAD_TITLES, MEMBER_TITLES, ORGANISATIONS, POSSESSIVE_MARKS, WORK_TITLES
from levers.extract.relations import Found, SentenceReader, _claim_for_role, _heads_a_state
from levers.extract.words import base_form
from levers.model import Qualifiers


MILITARY_RANKS = {"colonel", "general", "brigadier", "major", "captain", "lieutenant", "admiral", "commodore", "marshal", "sergeant"}
"""Ranks that make an officer of the armed forces: "a retired army colonel"."""
ARMED_FORCES_WORDS = {"army", "military", "forces", "force", "navy", "tatmadaw", "defence", "defense", "guard"}
"""Words that name armed forces: "Rwanda Defence Force", "the Myanmar military", "Revolutionary Guard"."""
SPEECH_VERBS = {"say", "add", "tell", "write", "explain"}
"""Verbs a titled name speaks with: "..., said chief executive Martin Hollis"."""


class RoleReader:
    """The sentence-level rules about people's roles, read after the `SentenceReader`'s own."""

    def __init__(self, reader: SentenceReader):
        self.reader = reader

    def read(self, sent: Span) -> Iterator[Found]:
        for rule in (self._names_with_roles, self._roles_after, self._name_title_organisation, self._title_of_then_name, self._people_of, self._party_in_brackets, self._ministers, self._military_ranks):
            for found in rule(sent):
                if self.reader.fits(found):
                    yield found

    def _names_with_roles(self, sent: Span) -> Iterator[Found]:
        """ "TikTok grand poobah Zhang Yiming", "CCP Chairman for Life Xi Jinping",
        "the Wall Street Journal's Lingling Wei": an organisation, maybe a title, then a person."""
        seen: set[str] = set()
        for token in sent:
            person = self.reader.entities.at(token)
            if person is None or person in seen or self.reader.type_of(person) != "person":
                continue
            name_start = token.i
            while name_start > sent.start and self.reader.entities.at(token.doc[name_start - 1]) == person:
                name_start -= 1
            if name_start != token.i or token.pos_ != "PROPN":
                continue  # "X's managing partner is Y": "partner" stands for Y here, it is no name with a title before it
            seen.add(person)
            found = self._role_before(token.doc, name_start, person, sent.start)
            if found:
                yield found

    def _roles_after(self, sent: Span) -> Iterator[Found]:
        """ "Ma Huateng, Tencent's co-founder and chairman,": read from the words, as the parser
        often loses the possessive in such an apposition."""
        doc = sent.doc
        for token in sent:
            person = self.reader.entities.at(token)
            nxt = token.i + 1
            if person is None or self.reader.type_of(person) != "person" or nxt >= sent.end or self.reader.entities.at(doc[nxt]) == person:
                continue
            if doc[nxt].text != "," or nxt + 1 >= sent.end:
                continue
            org = self.reader.entities.at(doc[nxt + 1])
            i = nxt + 1
            while i < sent.end and self.reader.entities.at(doc[i]) == org:
                i += 1
            if org is None or self.reader.type_of(org) not in ORGANISATIONS or i >= sent.end or doc[i].text not in POSSESSIVE_MARKS:
                continue
            words: list[Token] = []
            for word in doc[i + 1 : sent.end]:
                if word.text in {",", ".", ";", "(", ")"} or word.pos_ in {"VERB", "AUX"}:
                    break
                if word.lower_ in {"and", "&"}:
                    yield from self._role_claim(person, org, words)
                    words = []
                elif word.is_alpha:
                    words.append(word)
            yield from self._role_claim(person, org, words)

    def _name_title_organisation(self, sent: Span) -> Iterator[Found]:
        """ "Witness: Lu Wenbo, Managing Director, Cleavesby Steel Ltd, and Vice-President, Bohai Taiyue (China)",
        "Present: Maria Lopez, Chief Executive Officer, Andes Litio S.A.; ...": a list's person, a capitalised
        title between commas, then the organisation; "and" another title of the same person."""
        doc = sent.doc
        person = None
        i = sent.start
        while i < sent.end:
            found = self.reader.entities.at(doc[i])
            if found is not None and self.reader.type_of(found) == "person":
                person = found
                while i < sent.end and self.reader.entities.at(doc[i]) == found:
                    i += 1
                continue
            if person is not None and doc[i].lower_ in {",", "and"}:
                title = []
                j = i + 1
                while j < sent.end and doc[j].lower_ in {",", "and"}:
                    j += 1
                while j < sent.end and (doc[j].is_title or doc[j].text == "-") and not self.reader.entities.at(doc[j]):
                    title.append(doc[j])
                    j += 1
                org = self.reader.entities.at(doc[j + 1]) if j + 1 < sent.end and doc[j].text == "," else None
                if title and org is not None and self.reader.type_of(org) in ORGANISATIONS:
                    yield from self._role_claim(person, org, [w for w in title if w.is_alpha])
                    i = j + 1
                    while i < sent.end and self.reader.entities.at(doc[i]) == org:
                        i += 1
                    continue
            if doc[i].text in {";", ":"} or doc[i].pos_ in {"VERB", "AUX"}:
                person = None  # the next entry of the list, or a clause that is no list
            i += 1

    def _title_of_then_name(self, sent: Span) -> Iterator[Found]:
        """ "The chairman of Bagwis Holdings, Lucio Villaroman, said ...": the parser hangs the name on the
        organisation, but it names who holds the title."""
        for token in sent:
            person = self.reader.entities.at(token)
            if person is None or self.reader.type_of(person) != "person" or token.dep_ != "appos" or token.pos_ != "PROPN":
                continue
            org = self.reader.entities.at(token.head)
            of = token.head.head if token.head.dep_ == "pobj" else None
            if org is None or org == person or of is None or of.lower_ != "of" or of.head.pos_ != "NOUN":
                continue
            title = of.head
            words = [t for t in title.subtree if t.i < of.i and t.dep_ in {"compound", "amod"} or t.i == title.i]
            yield from self._role_claim(person, org, words)

    def _people_of(self, sent: Span) -> Iterator[Found]:
        """ "Rodrigo Fica of Goldman Sachs said ...": a person introduced by their organisation works for it
        (a member, where it is a party or an association)."""
        doc = sent.doc
        for token in sent:
            person = self.reader.entities.at(token)
            after = token.i + 1
            if person is None or self.reader.type_of(person) != "person" or after + 1 >= sent.end or self.reader.entities.at(doc[after]) == person:
                continue
            if doc[after].lower_ != "of" or token.pos_ != "PROPN":  # "the real owners of X are ...": a description, not a name
                continue
            start = after + 1 + (doc[after + 1].lower_ == "the")
            while start < sent.end - 1 and start - after <= 3 and doc[start].lower_ in {"opposition", "ruling", "governing", "nationalist", "conservative", "liberal", "centrist", "far-right", "far-left"}:
                start += 1  # "Senator Mirta Ocampo of the opposition Authentic Radical Liberal Party"
            org = self.reader.entities.at(doc[start]) if start < sent.end else None
            org_type = self.reader.type_of(org)
            if org is None or org_type not in {"company", "organization", "public_body"}:
                continue
            claim = "member_of" if org_type == "organization" else "employed_by"
            yield self.reader._found(claim, person, org, doc[after], Qualifiers(), presupposed=True, confidence=0.5)

    def _party_in_brackets(self, sent: Span) -> Iterator[Found]:
        """ "Deputies Martina Echegoyen (Frente Amplio), Rodrigo Laborde (Partido Nacional)": a party in
        brackets right after a person's name is the person's party; "MARTA KIEŁCZEWSKA (Harbourline
        Securities):", a firm there, the firm the person works for."""
        doc = sent.doc
        for token in sent:
            person = self.reader.entities.at(token)
            after = token.i + 1
            if person is None or self.reader.type_of(person) != "person" or after + 2 >= sent.end or doc[after].text != "(":
                continue
            party = self.reader.entities.at(doc[after + 1])
            close = next((t.i for t in doc[after + 1 : min(after + 9, sent.end)] if t.text.startswith(")")), None)  # ")" or a turn label's "):"
            comma = next((t.i for t in doc[after + 1 : close] if t.text == ","), close) if close is not None else None  # "(Labour, Chair)": the party, then the seat the person holds here
            if party and self.reader.type_of(party) in {"organization", "company"} and close is not None and all(self.reader.entities.at(t) == party for t in doc[after + 1 : comma]):
                bracketed = doc[after + 1 : comma].text
                if _could_abbreviate(bracketed, self.reader.entities.entity(person).name):
                    continue  # "Administración Nacional de Usinas y Trasmisiones Eléctricas (UTE)": a name and its short form
                claim = "member_of" if self.reader.type_of(party) == "organization" else "employed_by"
                yield self.reader._found(claim, person, party, doc[after + 1], Qualifiers(), presupposed=True)

    def _military_ranks(self, sent: Span) -> Iterator[Found]:
        """ "X, a retired army colonel", "X is a retired brigadier general": an officer of the armed forces
        the story names (the nearest before, by a name that says so); none where it names none."""
        for token in sent:
            person = self.reader.entities.at(token)
            if person is None or self.reader.type_of(person) != "person" or token.pos_ != "PROPN":
                continue
            rank = next((t for t in (*token.children, *token.head.children) if t.dep_ in {"appos", "attr"} and t.lemma_.lower() in MILITARY_RANKS), None)
            if rank is None or rank.dep_ == "attr" and self.reader._subject(rank.head) is not token:
                continue  # "X, a retired army colonel", "X is a retired brigadier general"
            forces = self._armed_forces_before(rank)
            if forces is not None:
                status = "former" if any(c.lower_ in {"retired", "former", "ex"} for c in rank.subtree) else None
                yield self.reader._found("employed_by", person, forces, rank, Qualifiers(role=rank.text, status=status), presupposed=rank.dep_ == "appos")

    def _armed_forces_before(self, token: Token) -> str | None:
        """The armed forces named last before a word ("the Rwanda Defence Force", "the Myanmar military")."""
        for i in range(token.i - 1, -1, -1):
            found = self.reader.entities.at(token.doc[i])
            if found and self.reader.type_of(found) == "public_body" and set(self.reader.entities.entity(found).name.lower().split()) & ARMED_FORCES_WORDS:
                return found
        return None

    def _ministers(self, sent: Span) -> Iterator[Found]:
        """ "Energy Minister Tariq Malik", "Tariq Malik, the energy minister", "the Minister of Economy, X":
        a minister heads the ministry of that portfolio which the story names."""
        seen: set[str] = set()
        for token in sent:
            person = self.reader.entities.at(token)
            if person is None or person in seen or self.reader.type_of(person) != "person" or token.pos_ != "PROPN":
                continue  # a name, not a description of the person ("the energy minister")
            seen.add(person)
            minister = self._minister_title(token, person)
            ministry = self._ministry_of(minister) if minister is not None else None
            if ministry is not None:
                words = {t.lower_ for t in minister.subtree} | {t.lower_ for t in minister.doc[max(0, minister.left_edge.i - 2) : minister.left_edge.i]}
                deputy = bool(words & {"deputy", "vice", "junior", "assistant"})  # "Deputy Finance Minister X" works at the ministry; the minister heads it
                q = Qualifiers(role=" ".join(t.text for t in minister.subtree if t.i <= minister.i and t.pos_ != "DET"), status="former" if "former" in words else None)
                yield self.reader._found("employed_by" if deputy else "leads", person, ministry, minister, q, presupposed=True)

    def _minister_title(self, name_word: Token, person: str) -> Token | None:
        """The word "minister" that titles a person: before the name, or in apposition to it."""
        doc, entities = name_word.doc, self.reader.entities
        first = name_word.i
        while first > 0 and entities.at(doc[first - 1]) == person:
            first -= 1
        before = doc[first - 1] if first > 0 else None
        if before is not None and before.lower_ == "minister":
            return before  # "Energy and Mines Minister Jorge Arteaga"
        if before is not None and before.text == "," and first > 1:
            head = doc[first - 2]
            while head.dep_ == "pobj" and head.head.head.lower_ == "minister":
                head = head.head.head  # "the Minister of Economy, X"
            if head.lower_ == "minister":
                return head  # "the energy minister, Tariq Malik"
        root = doc[first]
        while entities.at(root.head) == person and root.head.i != root.i:
            root = root.head
        return next((c for c in root.children if c.dep_ == "appos" and c.lower_ == "minister"), None)  # "Tariq Malik, the energy minister"

    def _ministry_of(self, minister: Token) -> str | None:
        """The one ministry the story names whose name shares a word of the minister's portfolio."""
        portfolio = [t for t in minister.subtree if t.i != minister.i and t.pos_ in {"NOUN", "PROPN", "ADJ"} and not self.reader.reference.country(t.text)]
        stems = {t.lower_[:5] for t in portfolio if t.lower_ not in {"minister", "deputy", "former", "state", "the"}}
        if not stems:
            return None
        ministries = [e.id for e in self.reader.entities.entities if e.type == "public_body" and "ministry" in e.name.lower()
                      and stems & {w[:5] for w in e.name.lower().replace(",", " ").split() if w not in {"ministry", "of", "and", "the", "for"}}]
        return ministries[0] if len(ministries) == 1 else None

    def _role_claim(self, person: str, org: str, words: list[Token]) -> Iterator[Found]:
        if not words or not {w.lemma_.lower() for w in words} & (LEAD_TITLES | WORK_TITLES | MEMBER_TITLES | FOUNDER_TITLES):
            return
        claim = _claim_for_role(words, self.reader.type_of(org))
        if claim:
            yield self.reader._found(claim, person, org, words[-1], Qualifiers(role=" ".join(w.text for w in words)), presupposed=True)

    def _role_before(self, doc, name_start: int, person: str, sent_start: int) -> Found | None:
        i = name_start - 1
        title: list[Token] = []
        while i >= sent_start and self.reader.entities.at(doc[i]) is None and len(title) < 6:
            word = doc[i]
            if word.tag_ == "POS" or word.text in POSSESSIVE_MARKS:
                i -= 1
                break
            verb = word.pos_ in {"VERB", "AUX"} and word.dep_ not in {"compound", "amod"}  # but "managing" of "DSB managing director X"
            if word.is_punct or verb or word.pos_ in {"DET", "PRON", "CCONJ", "SCONJ"} or word.pos_ == "ADP" and word.lower_ not in {"of", "for"}:
                break  # "founded by chief executive X": the title ends at "by" ("head of trading X", "Chairman for Life X" go on)
            title.insert(0, word)
            i -= 1
        if i >= sent_start and doc[i].lower_ == "whose" and title and self.reader.entity(doc[i]):
            org = self.reader.entity(doc[i])  # "Karatau Phosphate, whose general director X was appointed": Karatau's
        elif i < sent_start or self.reader.entities.at(doc[i]) is None:
            # "Chief executive Rafael Ferraz, ...": a head's title alone means the company in the story
            chief_officer = title and title[-1].lemma_.lower() == "officer" and any(w.lower_ == "chief" for w in title)  # "Chief financial officer X"
            after_speech = i >= sent_start and doc[i].lemma_.lower() in SPEECH_VERBS  # "..., said chief executive Martin Hollis"
            after_speech = after_speech or i >= sent_start and doc[i].is_punct and self._speaks(doc[name_start])  # '"...," chairman Magnus Östberg said'
            after_link = i >= sent_start and doc[i].lower_ in {"that", "by", "and", "as", "when", "after", "while"}  # "said that chief executive X had resigned", "founded by chief executive X"
            if not title or title[-1].lemma_.lower() not in COMPANY_HEAD_TITLES and not chief_officer or not (title[0].is_title or after_speech or after_link):
                return None
            if len(title) == 1 and _heads_a_state(title[0]):
                country = self.reader._country_of_the_name(title[0].head) or self.reader.country_of_the_sentence(title[0])
                if country is None or country == person:
                    return None
                return self.reader._found("leads", person, country, title[0], Qualifiers(role=title[0].text), presupposed=True)  # "President José Raúl Mulino": the state's head, not the story's firm's
            org = self.reader.entities.story_company(doc[name_start])
            if org is None:
                return None
        else:
            org = self.reader.entities.at(doc[i])
        if org is None or org == person or self.reader.type_of(org) not in ORGANISATIONS:
            return None
        words = [w for w in title if w.text not in POSSESSIVE_MARKS]
        if any(w.text[:1].isupper() and w.lower_ not in LEAD_TITLES | WORK_TITLES and w.lower_ not in {"for", "life", "vice", "deputy"} and w.pos_ == "PROPN" for w in words):
            return None
        lemmas = {w.lemma_.lower() for w in words}
        if words and not lemmas & (LEAD_TITLES | WORK_TITLES | MEMBER_TITLES | FOUNDER_TITLES):
            return None  # "the purchase of Newcastle United from Mike Ashley": no title between them
        role = " ".join(w.text for w in words) or None
        trigger = words[-1] if words else doc[name_start]
        q = Qualifiers(role=role, status="former" if lemmas & {"former", "ex"} else None)
        claim = _claim_for_role(words, self.reader.type_of(org)) if words else "employed_by"
        if claim is None:
            return None
        return self.reader._found(claim, person, org, trigger, q, presupposed=True, confidence=0.5 if not words else 0.6)

    def _speaks(self, name_word: Token) -> bool:
        """Whether the name this word begins is the subject of "said", "added", "told"."""
        person = self.reader.entities.at(name_word)
        root = next((t for t in name_word.doc[name_word.i :] if self.reader.entities.at(t) != person), None)
        last = name_word.doc[root.i - 1] if root is not None else name_word.doc[-1]
        return last.dep_ == "nsubj" and base_form(last.head, KNOWN_VERBS) in SPEECH_VERBS


def _could_abbreviate(short: str, name: str) -> bool:
    """Whether a word in capitals could be a name's short form: its letters are some of the name's initials, in order."""
    if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 8):
        return False
    initials = iter(word[0].upper() for word in name.split())
    return all(letter in initials for letter in short)
