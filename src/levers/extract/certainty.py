"""How sure the text is of a claim, and who says so.

A cue governs the clause it attaches to. From the word that states a claim (its
trigger) we climb the parse through the clauses that embed it; at each one we
read its negations, modals and hedging adverbs, and the frame around it: "X said
that", "according to X", "I have to believe that", "X denied that". Relative
clauses and embedded questions ("why he left") are not climbed out of: what they
say does not fall under the main clause's cues. When cues combine, the weakest
certainty wins (contract: negated > speculative > hedged > reported > asserted).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from levers.extract.mentions import PUBLIC_BODY_HEADS
from levers.extract.words import base_form
from levers.model import Attribution, Certainty, weakest

HEDGE_MODALS = {"may", "might", "could", "can"}
HEDGE_ADVERBS = {
    "reportedly", "allegedly", "possibly", "perhaps", "apparently", "probably", "likely",
    "maybe", "supposedly", "purportedly", "seemingly", "presumably", "arguably", "potentially",
}
EVIDENCE_NOUNS = {"evidence", "proof", "sign", "indication", "suggestion"}
MISTAKEN_ADVERBS = {"incorrectly", "wrongly", "falsely", "erroneously", "mistakenly"}
HEDGE_ADJECTIVES = {"likely", "unlikely", "possible", "probable", "plausible", "conceivable", "unclear", "uncertain"}
"""Predicates that weaken the clause they govern: "It is likely that X controls Y"."""
HEDGE_VERBS = {"seem", "appear", "rumor", "rumour", "suspect", "believe", "think", "understand", "expect", "allege"}
"""Verbs that hedge what they embed when the writer is not their subject ("is believed to")."""
SPECULATION_VERBS = {"believe", "think", "suspect", "guess", "bet", "imagine", "suppose", "wonder", "assume", "speculate", "reckon", "feel"}
SPEECH_VERBS = {
    "say", "tell", "state", "report", "claim", "announce", "write", "add", "note", "propose",
    "confirm", "argue", "insist", "promise", "pledge", "explain", "reveal", "disclose",
    "indicate", "acknowledge", "admit", "declare", "assert", "maintain", "testify", "allege",
    "show", "suggest", "warn", "stress", "predict", "conclude", "find", "rule", "determine",
    "estimate", "accuse", "record",
}
QUOTE_MARKS = {'"', "“", "”"}
DENIAL_VERBS = {"deny", "reject", "dismiss", "refute", "dispute", "rebut"}
ACCUSATION_NOUNS = {"criticism", "accusation", "accusations", "allegation", "allegations", "suspicion", "suspicions", "claim", "claims", "charge", "charges", "fire", "scrutiny"}
CUE_VERBS = frozenset(HEDGE_VERBS | SPECULATION_VERBS | SPEECH_VERBS | DENIAL_VERBS | {"seem", "appear"})
FIRST_PERSON = {"i", "we"}
NEGATIONS = {"not", "never", "n't", "no"}
CLAUSE_LINKS = {"xcomp", "ccomp", "conj", "acomp", "attr", "pcomp", "pobj", "prep", "dobj", "advcl", "aux", "auxpass", "oprd", "agent", "appos", "npadvmod", "compound", "amod", "nsubj", "nsubjpass", "dative", "acl"}
"""Parse links a cue may reach down through; "relcl" and clauses opened by a wh-word stop it."""
NOUN_MODIFIERS = {"acl", "appos"}
"""A participle that describes a noun ("the group founded by X") is the writer's, whatever the clause says."""
SUPPORT_VERBS = {"back", "confirm", "support", "show", "corroborate", "suggest"}
DOCUMENT_NOUNS = {"statement", "filing", "report", "note", "release", "letter", "interview", "document", "announcement"}
WH_WORDS = {"why", "how", "what", "when", "whether", "where", "who"}


@dataclass
class Judgement:
    certainty: Certainty
    attribution: Attribution


ASSERTED = Judgement("asserted", Attribution())


def judge(trigger: Token, source_of) -> Judgement:
    """Certainty and attribution of a claim stated by the clause around `trigger`.

    `source_of(token)` names the entity (or the phrase) a source token stands for.
    """
    found: list[Judgement] = []
    node, came_from = trigger, None
    while True:
        found += _cues_at(node, came_from, trigger, source_of)
        if node.dep_ not in CLAUSE_LINKS or node.head.i == node.i or _opens_question(node):
            break
        if _describes_a_noun(node):
            return combine(found + _reports_around(node, trigger, source_of))  # "LetterOne, the group founded by X, ...": the writer's description
        came_from, node = node, node.head
    if node.dep_ == "relcl" and not (node.lemma_ == "be" and any(c.dep_ == "attr" for c in node.children)):
        found += _reports_around(node, trigger, source_of)  # not "..., which is China's biggest cloud provider": the writer's gloss
    found += _sentence_attribution(trigger, source_of, found)
    if trigger.sent.text.rstrip().rstrip('"”’').endswith("?"):
        found.append(Judgement("hedged", Attribution(None, "?")))  # "Does X still control the terminal?": asked, not told
    return combine(found)


def _reports_around(clause: Token, trigger: Token, source_of) -> list[Judgement]:
    """Who reports the sentence a relative clause or a description sits in: "records show that X is
    owned by Y, which belongs to Z" (the records show that too). Only a source reaches in: the hedges
    and denials of the clause around stay there ("X may own Y, which controls Z")."""
    out: list[Judgement] = []
    came_from, node = clause, clause.head
    while True:
        if came_from.dep_ == "ccomp" or came_from.lower_ == "as":  # only what the source says ("records show that ...", "the ledger lists X as ..."): "Karl Brenner, who is its chairman, owns 72%, according to filings" keeps the aside the writer's
            out += [j for j in _cues_at(node, came_from, trigger, source_of) if j.certainty == "reported"]
        if node.dep_ not in CLAUSE_LINKS | {"relcl"} or node.head.i == node.i or _opens_question(node):
            break
        came_from, node = node, node.head
    return out


def reported_around(trigger: Token, source_of) -> Judgement | None:
    """The source a description inside reported words is the source's too: "documents show that X,
    a Cypriot company, owns Y" (that X is Cypriot is in the documents)."""
    found = [j for j in _reports_around(trigger, trigger, source_of) if j.attribution.cue and j.attribution.cue.lower() in RECORD_CUES]
    return combine(found) if found else None


def sentence_source(trigger: Token, source_of, speakers: bool = True) -> Judgement | None:
    """Who tells the whole sentence, for what it says after its main verb, descriptions and relative
    clauses too: "X is owned by Y of Cyprus, which is in turn owned by Z, according to documents";
    with `speakers`, also "... a bid for the 20% of X held by Y, people familiar with the matter said"
    and "..., records show"."""
    sent = trigger.sent
    according = next((t for t in sent.root.children if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor().lower_ == "to"), None)
    if according is not None and trigger.i > sent.root.i and according.i > trigger.i and not _inside(trigger, according):
        return _according_to(according, source_of)  # not an aside on the subject, which stays the writer's
    if not speakers:
        return None
    for verb in sent:
        if verb.pos_ != "VERB" or base_form(verb, CUE_VERBS) not in SPEECH_VERBS or verb.dep_ not in {"ROOT", "parataxis"}:
            continue
        content = verb.head if verb.dep_ == "parataxis" else next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        speaker = _subject(verb)
        if content is None or speaker is None or speaker.i < content.i or speaker.lower_ in FIRST_PERSON:
            continue  # only "<the sentence>, X said": a speaker after what is said
        if trigger.i > content.i and not _inside(trigger, speaker):
            return Judgement("reported", Attribution(_source(speaker, source_of), verb.text))
    return _records_show(sent, source_of)


def _listed_as(verb: Token, came_from: Token) -> bool:
    """ "lists X as the holder" (the claim hangs on "as"), "lists its sole shareholder as X" (on the object)."""
    if came_from.lower_ == "as":
        return True
    return came_from.dep_ == "dobj" and any(c.dep_ == "prep" and c.lower_ == "as" for c in (*verb.children, *came_from.children))


RECORD_CUES = {"show", "shows", "showed", "shown", "reveal", "reveals", "revealed", "list", "lists", "listed", "record", "records", "recorded", "indicate", "indicates", "indicated"}
"""What papers do: a description inside what records show is the records' ("a BVI company" in "filings show that ...")."""


def quoted_speaker(trigger: Token, source_of) -> Judgement | None:
    """Who speaks a quotation the trigger sits in ("'... the Qatari state-owned fund ...,' Hollis said"):
    even the names and descriptions inside it are the speaker's words."""
    doc, marks, i = trigger.doc, 0, trigger.i - 1
    while i >= 0 and "\n" not in doc[i].text:  # a quotation may open sentences before, never paragraphs before
        marks += doc[i].text in QUOTE_MARKS
        i -= 1
    if marks % 2 == 0:
        return None
    judgement = judge(trigger, source_of)
    return judgement if judgement.certainty == "reported" else None


def _describes_a_noun(verb: Token) -> bool:
    """A passive participle hung on a noun, with no subject of its own ("the group founded by X")."""
    children = {c.dep_ for c in verb.children}
    share = verb.head.lemma_.lower() in {"%", "percent", "stake", "majority"} or verb.head.like_num  # "is 75.1% owned by": a clause the parser cut
    return verb.dep_ in NOUN_MODIFIERS and verb.tag_ == "VBN" and "agent" in children and not children & {"nsubj", "nsubjpass"} and not share


def combine(found: list[Judgement]) -> Judgement:
    if not found:
        return ASSERTED
    certainty = weakest(*(j.certainty for j in found))
    attribution = next((j.attribution for j in found if j.attribution.source or j.attribution.cue), Attribution())
    if certainty == "hedged" or certainty == "negated":
        source = next((j.attribution for j in found if j.attribution.source), None)
        if source is not None:
            attribution = source
    return Judgement(certainty, attribution)


def _opens_question(node: Token) -> bool:
    return any(c.lower_ in WH_WORDS and c.i < node.i and c.dep_ in {"advmod", "mark", "nsubj", "dobj"} for c in node.children)


def _cues_at(node: Token, came_from: Token | None, trigger: Token, source_of) -> list[Judgement]:
    out: list[Judgement] = []
    own_clause = came_from is None or came_from.dep_ in {"xcomp", "aux", "auxpass", "acomp", "attr", "oprd", "conj", "prep", "pobj", "dobj", "agent", "appos", "compound", "amod", "nsubj", "nsubjpass", "dative"}
    for child in node.children:
        if came_from is not None and child.i == came_from.i:
            continue
        lower = child.lower_
        if lower == "no" and child.i + 1 < len(child.doc) and child.nbor().lower_ == "longer":
            continue  # "no longer a member": former, not negated
        if own_clause and (child.dep_ == "neg" or lower in {"never"}) and child.i < trigger.i + 4:
            out.append(Judgement("negated", Attribution(None, child.text)))
        elif lower == "nor" and child.i == child.sent.start:
            out.append(Judgement("negated", Attribution(None, child.text)))  # "Nor has the bank lent money to EDL": a clause denied in turn
        elif own_clause and came_from is None and child.dep_ in {"dobj", "nsubj", "attr"} and _says_none(child):
            out.append(Judgement("negated", Attribution(None, child.text)))  # "holds no stake", "Neither X nor Y controls"
        elif own_clause and child.dep_ in {"aux", "advmod"} and lower in HEDGE_MODALS | HEDGE_ADVERBS:
            out.append(Judgement("hedged", Attribution(None, child.text)))
        elif child.dep_ == "prep" and lower == "according" or (child.lower_ == "according" and child.dep_ in {"prep", "advcl"}):
            if not _inside(trigger, child) and not _semicolon_between(trigger.sent, trigger, child):
                out.append(_according_to(child, source_of))
    lemma = base_form(node, CUE_VERBS)
    if came_from is None:
        return out
    subject = _subject(node)
    glued = _glued_paper(node) if lemma in {"list", "record", "name", "show"} else None
    if glued is not None:
        subject = glued  # "the ministry's business registry lists X as ...": the tagger glued the paper to its verb
    if subject is None and lemma in SPEECH_VERBS and came_from.dep_ == "ccomp":
        subject = _speaker_hung_on_the_quote(node, came_from)
    embedded = came_from.dep_ in {"ccomp", "xcomp", "dobj", "advcl", "conj"}
    if lemma in SPEECH_VERBS and embedded and (any(c.lower_ in MISTAKEN_ADVERBS for c in node.children) or _corrected_version(node)):
        out.append(Judgement("negated", Attribution(None, node.text)))  # "an earlier version said incorrectly that ...", "Correction: an earlier version of this article said that ..."
    elif lemma in SPECULATION_VERBS and subject is not None and subject.lower_ in FIRST_PERSON and embedded:
        cue = node.doc[min(subject.i, node.i) : node.i + 1].text
        out.append(Judgement("speculative", Attribution(None, cue)))
    elif lemma in DENIAL_VERBS and embedded and came_from.dep_ != "conj":
        out.append(Judgement("negated", Attribution(_source(subject, source_of), node.text)))
    elif lemma in SPEECH_VERBS and came_from.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in node.children):
        out.append(Judgement("hedged", Attribution(None, node.text)))  # "is said to be controlled by"
    elif lemma in SPEECH_VERBS and (came_from.dep_ in {"ccomp", "dobj", "parataxis", "advcl"} or _said_in_conj(came_from)) and subject is not None and subject.lower_ not in FIRST_PERSON and not _semicolon_between(trigger.sent, trigger, node):
        out.append(Judgement("reported", Attribution(_source(subject, source_of), node.text)))
    elif lemma in {"accuse", "charge", "blame"} and came_from.lower_ in {"of", "with", "for"} and subject is not None and subject.lower_ not in FIRST_PERSON:
        out.append(Judgement("reported", Attribution(_source(subject, source_of), node.text)))  # "X accused the government of handing Y to Z"
    elif lemma in {"list", "record", "describe", "identify", "register"} | _PAPER_ONLY_VERBS and _listed_as(node, came_from) and _reports_as(lemma, subject):
        out.append(Judgement("reported", Attribution(_paper_source(node, subject, glued, source_of), node.text)))  # "the registrar lists X as a director of Y", "filings name X as holder"
    elif lemma in {"record", "list", "detail", "mention"} and came_from.dep_ == "ccomp" and subject is not None and subject.lemma_.lower() in RECORD_NOUNS:
        out.append(Judgement("reported", Attribution(_paper_source(node, subject, glued, source_of), node.text)))  # "Board minutes from June 2021 record that X paid ..."
    elif lemma in {"seem", "appear"} and _to_the_writer(node):
        cue = node.doc[node.i : _to_the_writer(node).i + 1].text
        out.append(Judgement("speculative", Attribution(None, cue)))
    elif lemma in HEDGE_VERBS and embedded and _hedges(node, came_from, subject, source_of):
        out.append(Judgement("hedged", Attribution(None, node.text)))
    elif came_from.dep_ in {"acl", "ccomp"} and node.lemma_.lower() in EVIDENCE_NOUNS and any(c.lower_ == "no" for c in node.children):
        out.append(Judgement("negated", Attribution(None, f"no {node.text}")))  # "there is no evidence that X owns Y"
    elif came_from.dep_ == "ccomp" and any(c.dep_ == "acomp" and c.lower_ in HEDGE_ADJECTIVES for c in node.children):
        out.append(Judgement("hedged", Attribution(None, next(c.text for c in node.children if c.dep_ == "acomp"))))  # "It is likely that ..."
    if own_clause:
        for child in node.children:
            if child.i != came_from.i and child.dep_ == "neg" and lemma not in SPEECH_VERBS:
                out.append(Judgement("negated", Attribution(None, child.text)))
    return out


def _glued_paper(verb: Token) -> Token | None:
    """The paper word the tagger hung on the verb as a compound ("the Cypriot companies registry lists")."""
    return next((c for c in verb.children if c.dep_ in {"compound", "nsubj"} and c.i == verb.i - 1 and c.lemma_.lower() in RECORD_NOUNS), None)


def _paper_source(verb: Token, subject: Token, glued: Token | None, source_of) -> str | None:
    """A paper's source; where the parser broke its name up before the verb, the words before the verb as written."""
    if glued is None:
        return _source(subject, source_of)
    first = min(c.left_edge.i for c in verb.children if c.i < verb.i and c.dep_ in {"nsubj", "compound"})
    return verb.doc[first : verb.i].text


_PAPER_ONLY_VERBS = {"name"}
"""Verbs that pass a listing on only when a paper does it: "filings name X as holder", not "Norvik named X as CEO"."""


def _reports_as(lemma: str, subject: Token | None) -> bool:
    if subject is None or subject.lower_ in FIRST_PERSON:
        return False
    return lemma not in _PAPER_ONLY_VERBS or subject.lemma_.lower() in RECORD_NOUNS


def _corrected_version(verb: Token) -> bool:
    """ "An earlier version of this article said": what a correction takes back."""
    return any(
        s.dep_ == "nsubj" and s.lemma_.lower() in {"version", "story", "article", "report"} and any(c.lower_ in {"earlier", "previous", "original"} for c in s.children)
        for s in verb.children
    )


def _said_in_conj(clause: Token) -> bool:
    """A clause joined to "said" that is more of what is said ("... and that its largest shareholder is X",
    "... and it owns Y"), not a second act of the speaker's ("said ... and accused X of ...")."""
    return clause.dep_ == "conj" and any(c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in clause.children)


WRITER_WORDS = {"me", "us", "writer", "author", "columnist", "reporter", "correspondent"}


def _to_the_writer(verb: Token) -> Token | None:
    """ "It seems likely to this writer that": the author's own guess, not a hedge on a source."""
    for token in verb.subtree:
        if token.lower_ in WRITER_WORDS and token.dep_ == "pobj" and token.head.lower_ == "to":
            return token
    return None


def _hedges(verb: Token, came_from: Token, subject: Token | None, source_of) -> bool:
    """ "X seems to own Y" and "it appears that" hedge; "the last straw seems to have been" does not
    hedge what the straw was, only that it was the last."""
    if subject is None or subject.lower_ in {"it", "there"}:
        return True
    if subject.lower_ in FIRST_PERSON:
        return False
    if came_from.dep_ == "xcomp" and base_form(verb, CUE_VERBS) in {"seem", "appear"}:
        return subject.pos_ == "PRON" or any(source_of(t) for t in subject.subtree)
    return True


def _says_none(noun: Token) -> bool:
    """ "holds no stake", "Neither X nor Y controls", "controls none of it"."""
    return noun.lower_ == "none" or any(c.dep_ in {"det", "preconj"} and c.lower_ in {"no", "neither"} for c in noun.children)


def _subject(node: Token) -> Token | None:
    subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and node.dep_ in {"conj", "xcomp"}:
        head = node.head
        if node.dep_ == "conj" and _is_subordinate(head) and not _is_subordinate(node) and head.head.i != head.i:
            # "He said that it had X, and promised that Y": promised goes with "said", not "had"
            return _subject(head.head)
        return _subject(head)
    return subject


def _is_subordinate(verb: Token) -> bool:
    return any(c.dep_ == "mark" for c in verb.children)


def _inside(token: Token, phrase_head: Token) -> bool:
    return phrase_head.left_edge.i <= token.i <= phrase_head.right_edge.i


def _according_to(according: Token, source_of) -> Judgement:
    objects = [t for t in according.subtree if t.dep_ == "pobj"]
    source_token = objects[0] if objects else None
    if source_token is not None and source_token.lemma_.lower() in DOCUMENT_NOUNS:
        source_token = _issuer(source_token) or source_token  # "according to a statement from the two companies": the companies
    after = source_token.doc[source_token.right_edge.i + 1] if source_token is not None and source_token.right_edge.i + 1 < len(source_token.doc) else None
    cut_short = after is not None and after.lower_ in RECORD_NOUNS  # "according to the Cypriot companies | register", the last word taken for a verb
    source = _source(source_token, source_of) if source_token is not None and not cut_short else _words_after(according)
    return Judgement("reported", Attribution(source, "according to"))


def _words_after(according: Token) -> str | None:
    """The source's words where the parser found no object of "according to" ("... according to the
    Cypriot companies register.", with "register" taken for a verb): up to the clause's end."""
    doc = according.doc
    start = according.i + 1 + (according.i + 1 < len(doc) and doc[according.i + 1].lower_ == "to")
    end = next((t.i for t in doc[start : start + 12] if t.is_punct or "\n" in t.text), min(start + 12, len(doc)))  # the parse may have cut the sentence too
    return doc[start:end].text or None


def _issuer(paper: Token) -> Token | None:
    """Who a paper comes from: "a statement from the two companies", "records of the registry"."""
    issuer = next((c for c in paper.children if c.dep_ == "prep" and c.lower_ in {"from", "by", "of"}), None)
    return next((c for c in issuer.children if c.dep_ == "pobj"), None) if issuer is not None else None


EXAMINATION_NOUNS = {"audit", "review", "investigation", "probe", "inquiry", "study", "analysis", "assessment", "examination"}
"""Papers about someone: "an audit of X says" is the auditor's word, not X's ("an audit by Y": Y's)."""
SPEAKERS_FOR = {"spokesman", "spokeswoman", "spokesperson", "representative", "lawyer", "adviser", "advisor", "official"}
"""People who speak for an organisation: what they say, it says."""


def _source(token: Token | None, source_of) -> str | None:
    """An entity id for a named source, else the phrase itself ("people with knowledge of the matter")."""
    if token is None:
        return None
    if token.lemma_.lower() in EXAMINATION_NOUNS:
        author = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        named = next((c for c in author.children if c.dep_ == "pobj"), None) if author is not None else None
        return source_of(named) if named is not None and source_of(named) else _phrase_before_aside(token)  # "an audit of SGPM says": the audit's, not SGPM's
    if token.lemma_.lower() in SPEAKERS_FOR:
        for prep in token.children:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ in {"for", "of", "at"} else None
            if pobj is not None and source_of(pobj):
                return source_of(pobj)  # "a spokeswoman for the chain said": the chain says so
    if token.lemma_.lower() in GENERIC_SOURCES:
        return _phrase_before_aside(token)  # "sources close to the company", "an OJK official": people, not the company
    outlet = token.lower_ not in PUBLIC_BODY_HEADS and any(c.dep_ == "poss" and c.ent_type_ not in {"GPE", "NORP", "LOC"} for c in token.children)  # not "Mauritius's Financial Services Commission"
    if token.pos_ == "PROPN" and not outlet and source_of(token):
        return source_of(token)  # "Montenegro's Central Register lists ...": the register named, not the country before it (but "the WSJ's Lingling Wei" is the paper)
    if token.lemma_.lower() in DOCUMENT_NOUNS | RECORD_NOUNS and token.pos_ == "NOUN" and any(c.dep_ == "poss" for c in token.children):
        return _phrase_before_aside(token)  # "the company's 2023 annual report", "the bank's half-year accounts": the paper, as named
    subtree = list(token.subtree)
    issuer = _issuer(token) if token.lemma_.lower() in DOCUMENT_NOUNS | RECORD_NOUNS else None
    if issuer is not None and issuer.pos_ == "PROPN" and source_of(issuer):
        return _source(issuer, source_of)  # "Records from Mongolia's General Authority for State Registration show": the authority, not the country
    if token.lemma_.lower() in DOCUMENT_NOUNS | RECORD_NOUNS:
        # "a filing with Borsa Istanbul", "documents filed with the registry": where a paper was filed is not who wrote it
        venues = [c for c in token.subtree if c.dep_ == "prep" and c.lower_ in {"with", "in", "at", "to", "before"}]
        subtree = [t for t in subtree if not any(v.left_edge.i <= t.i <= v.right_edge.i for v in venues)]
    # a name in the phrase before a pronoun ("according to his Wikipedia page" is Wikipedia), and
    # before a nationality ("Brazilian rail operator Ferrovia Atlântica said" is the operator)
    for t in sorted(subtree, key=lambda t: (t.pos_ == "PRON", t.pos_ == "ADJ" or t.ent_type_ == "NORP")):
        if t.pos_ == "PRON" and t.i != token.i:
            continue  # "according to his official biography": the biography, not him ("he said" is him)
        found = source_of(t)
        if found:
            return found
    return _phrase_before_aside(token)


def unnamed_sources_in(sent: Span) -> list[str]:
    """The unnamed people a sentence cites, as introduced: "a person close to Saffar said", "three people
    with knowledge of the deal said" (a later "the person said" is the same person)."""
    out = []
    for verb in sent:
        subject = _subject(verb) if verb.pos_ == "VERB" and base_form(verb, CUE_VERBS) in SPEECH_VERBS else None
        if subject is not None and subject.lemma_.lower() in GENERIC_SOURCES and not any(c.lower_ in {"the", "this", "that"} for c in subject.children):
            phrase = _phrase_before_aside(subject)
            if phrase:
                out.append(phrase)
    return out


GENERIC_SOURCES = {"source", "people", "person", "official", "insider", "banker", "analyst", "executive", "diplomat", "employee", "manager", "trader", "investor"}
"""Unnamed people a writer cites: the phrase is the source, not a firm named inside it ("sources close to the company")."""


def _phrase_before_aside(token: Token) -> str | None:
    """A source's own words, without an aside after a comma ("the files, which include ...": the files)."""
    aside = next((c for c in token.children if c.dep_ in {"relcl", "appos", "acl"} and c.i > token.i and token.doc[c.left_edge.i - 1].text == ","), None)
    end = aside.left_edge.i - 1 if aside is not None else token.right_edge.i + 1
    end = next((t.i for t in token.doc[token.i + 1 : end] if t.text == ","), end)  # "an audit of X commissioned by Y, seen by this newspaper,": the words before the aside
    words = [t for t in token.doc[token.left_edge.i : end] if not t.is_punct]
    return token.doc[words[0].i : words[-1].i + 1].text if words else None


def _sentence_attribution(trigger: Token, source_of, found: list[Judgement]) -> list[Judgement]:
    """Attribution the parse did not attach to the trigger's clause.

    "..., the people said." after a quote, or "according to X" hung on another
    word, still tells who the sentence comes from.
    """
    sent: Span = trigger.sent
    out = _writer_guess(trigger, sent, found)
    if any(j.certainty == "reported" for j in found):
        return out
    out += _before_a_colon(trigger, sent, source_of)
    if out and out[-1].certainty == "reported":
        return out
    relative_clause = next((a for a in (trigger, *trigger.ancestors) if a.dep_ == "relcl" and a.i < sent.root.i), None)
    for token in sent:
        if _inside(trigger, token) and token.i != trigger.i and token.head.i == token.i:
            continue
        if relative_clause is not None and not _inside(token, relative_clause):
            continue  # "Mr. Mehra, who is also the group's chairman, owns 72%, according to filings": an aside on the subject is the writer's
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
            if not _inside(trigger, token) and not _semicolon_between(sent, trigger, token):
                out.append(_according_to(token, source_of))
                break
        if token.lower_ == "as" and token.i + 2 < len(token.doc) and token.nbor().lemma_.lower() in {"report", "reveal", "disclose"} and not _inside(trigger, token):
            by = next((t for t in token.nbor().subtree if t.lower_ == "by" and t.dep_ in {"agent", "prep"}), None)
            source = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if source is not None:  # "..., as reported by Reuters", "as first revealed by the FT"
                out.append(Judgement("reported", Attribution(_source(source, source_of), token.nbor().text)))
                break
        # "X criticized Y, and said Z": only Z is said; "X raised its stake, a filing showed": all of it is
        coordinated = token.dep_ == "conj" and _inside(trigger, token.head) and any(c.dep_ == "cc" and c.i < token.i for c in token.head.children)
        spliced = token.dep_ in {"conj", "advcl"} and token.i > trigger.i and not coordinated and not any(c.dep_ in {"mark", "cc"} for c in token.children)
        # "X controls Y, the Financial Times reported.": the parser made the closing aside the claim's complement
        spliced = spliced or token.dep_ == "ccomp" and token.i > trigger.i and token.head.i == trigger.i and _after_a_comma(token)
        subordinate = any(c.dep_ == "mark" and c.lower_ != "that" or c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)  # "until a successor is found"
        if base_form(token, CUE_VERBS) in SPEECH_VERBS and token.pos_ == "VERB" and _main_clause_verb(token) and not coordinated and not subordinate and not _semicolon_between(sent, trigger, token) and (token.dep_ == "parataxis" or spliced or not _inside(token, trigger)):
            subject = _subject(token)
            aside = token.dep_ == "parataxis" or token.i > trigger.i  # "X, the people said, is ..." / "..., he said."
            if subject is not None and subject.lower_ not in FIRST_PERSON and aside and not _inside(trigger, token):
                out.append(Judgement("reported", Attribution(_source(subject, source_of), token.text)))
                break
        if token.lower_ in ACCUSATION_NOUNS and token.i < trigger.i and not _inside(token, trigger):
            if any(c.dep_ == "prep" and c.lower_ == "for" and _inside(trigger, c) for c in token.children) or _under_accusation(token, trigger):
                out.append(Judgement("reported", Attribution("critics", token.text)))
                break
    if not any(j.certainty == "reported" for j in out) and (records := _records_show(sent, source_of)) is not None:
        out.append(records)
    denial = _denied_report(trigger, sent, source_of)
    if denial is not None:
        out.append(denial)
    return out


REPORT_NOUNS = {"report", "reports", "claim", "claims", "suggestion", "suggestions", "allegation", "allegations", "accusation", "rumour", "rumor", "speculation", "idea", "notion", "story"}


def _denied_report(trigger: Token, sent: Span, source_of) -> Judgement | None:
    """ "X denied a report in a rival publication that Y holds shares in Z": what the report says is denied,
    however far the parser hung "that ..." from the report."""
    for verb in sent:
        if verb.i >= trigger.i or base_form(verb, CUE_VERBS) not in DENIAL_VERBS:
            continue
        report = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in REPORT_NOUNS), None)
        if report is not None and report.i < trigger.i <= verb.right_edge.i:
            return Judgement("negated", Attribution(_source(_subject(verb), source_of), verb.text))
    return None


RECORD_NOUNS = {
    "record", "records", "document", "documents", "statement", "statements", "filing", "filings", "data", "email",
    "emails", "file", "files", "paper", "papers", "account", "accounts", "registry", "register", "minutes", "invoice",
    "invoices", "contract", "contracts", "report", "reports", "database", "leak", "leaks", "cable", "cables",
    "transcript", "transcripts", "letter", "letters", "receipts",
}
"""What a paper trail is made of: "bank statements show", "registry records reviewed by reporters show that"."""
SHOW_WORDS = {"show", "shows", "showed", "shown", "reveal", "reveals", "revealed", "indicate", "indicates", "indicated", "confirm", "confirms", "confirmed"}
RECORDING_WORDS = {"record", "records", "recorded", "list", "lists", "listed"}
"""Papers that "record that" say so too; the tagger often takes "record" for a noun there."""


def _records_show(sent: Span, source_of) -> Judgement | None:
    """ "..., bank statements obtained by reporters show." and "Registry records show that ...": the
    records are the source, however the parser hung the words (it often takes "show" for a noun)."""
    words = [t for t in sent if not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    if len(words) < 3:
        return None
    shown = next((k for k in range(len(words) - 1, 1, -1) if words[k].lower_ in SHOW_WORDS and _ends_what_is_shown(words[k + 1 : k + 3])), None)
    if shown is not None:  # trailing: ", <records> show.", ", a filing showed on Monday, making it ..."
        comma = next((i for i in range(shown - 1, max(shown - 12, 0), -1) if words[i].text == ","), None)
        source = words[comma + 1 : shown] if comma is not None else []
    else:  # leading: "<records> ... show that ..."
        verb = next((i for i, t in enumerate(words[:12]) if t.lower_ in SHOW_WORDS | RECORDING_WORDS and i + 1 < len(words) and words[i + 1].lower_ == "that"), None)
        source = words[:verb] if verb else []
    if not source or not any(t.lower_ in RECORD_NOUNS for t in source) or any(t.text == "," for t in source):
        return None
    start = 1 if source[0].lower_ in {"and", "but"} and len(source) > 1 else 0
    paper = next((i for i, t in enumerate(source) if t.lower_ in RECORD_NOUNS), len(source) - 1)
    issuer = source_of(source[-1]) if paper + 1 < len(source) and source[paper + 1].lower_ in {"from", "of", "by"} else None
    return Judgement("reported", Attribution(issuer or sent.doc[source[start].i : source[-1].i + 1].text, "show"))  # "Records from the registry show": the registry


def _ends_what_is_shown(after: list[Token]) -> bool:
    """Whether "show" closes what the records show: at the sentence's end, before its date ("showed on
    Monday") or before a participle that goes on about it (", making it ..."), not before "and Y ..."."""
    return not after or after[0].lower_ in {"on", "last", "in", "this"} or after[0].text == "," and len(after) > 1 and after[1].tag_ == "VBG"


def _speaker_hung_on_the_quote(verb: Token, quote: Token) -> Token | None:
    """ "X controls Y, an official of the ministry said.": the parser hung the speaker on Y as an apposition."""
    return next(
        (t for t in quote.subtree if t.dep_ == "appos" and t.lemma_.lower() in GENERIC_SOURCES | SPEAKERS_FOR and t.right_edge.i == verb.i - 1),
        None,
    )


def _after_a_comma(clause: Token) -> bool:
    """Whether a clause's words open right after a comma (", the Financial Times reported")."""
    first = next((t for t in clause.subtree if not t.is_punct), clause)
    return first.i > 0 and clause.doc[first.i - 1].text == ","


def _semicolon_between(sent: Span, a: Token, b: Token) -> bool:
    """ "X is a party leader; according to filings, Y gave the party money", "X holds 8%; people familiar
    said Y is ...": the source is the second clause's only (a closing "..., a spokesman said." covers all)."""
    low, high = sorted((a.i, b.i))
    if not any(t.text == ";" for t in sent.doc[low:high]):
        return False
    return b.lower_ == "according" or any(c.dep_ == "ccomp" and c.i > b.i for c in b.children)


def _main_clause_verb(verb: Token) -> bool:
    """ "..., he said." and "X, the people said, is ..." attribute the sentence; "failed to declare" in a
    clause deep inside it does not."""
    return verb.dep_ in {"ROOT", "parataxis"} or verb.dep_ in {"conj", "ccomp", "advcl"} and verb.head.dep_ == "ROOT"


def _before_a_colon(trigger: Token, sent: Span, source_of) -> list[Judgement]:
    """ "Corporate filings back him up: X is owned by Y." — what follows the colon is the source's."""
    colon = next((t for t in sent if t.text == ":" and t.i < trigger.i), None)
    if colon is None:
        return []
    for verb in sent:
        if verb.i >= colon.i:
            break
        if verb.pos_ == "VERB" and base_form(verb, CUE_VERBS | SUPPORT_VERBS) in SPEECH_VERBS | SUPPORT_VERBS:
            subject = _subject(verb)
            if subject is not None and subject.i < colon.i and subject.lower_ not in FIRST_PERSON:
                return [Judgement("reported", Attribution(_source(subject, source_of), verb.text))]
    return []


def _writer_guess(trigger: Token, sent: Span, found: list[Judgement]) -> list[Judgement]:
    """ "I suspect that ...", "It seems likely to this writer that ...": whatever the parser made
    of the rest, what follows such an opening is the writer's guess."""
    if any(j.certainty == "speculative" for j in found):
        return []
    for token in sent:
        if token.i >= trigger.i:
            break
        lemma = base_form(token, CUE_VERBS)
        if lemma in SPECULATION_VERBS and token.pos_ == "VERB" or token.lower_ == "surprised":
            subject = _subject(token) if token.lower_ != "surprised" else _subject(token.head)
            if subject is not None and subject.lower_ in FIRST_PERSON and subject.i < token.i:
                # "I suspect that ...", "I would not be surprised if ..."
                return [Judgement("speculative", Attribution(None, sent.doc[subject.i : token.i + 1].text))]
        if token.lemma_.lower() in GUESS_NOUNS and any(c.dep_ == "poss" and c.lower_ in {"my", "our"} for c in token.children):
            return [Judgement("speculative", Attribution(None, sent.doc[token.left_edge.i : token.i + 1].text))]  # "My own guess is that ..."
        if lemma in {"seem", "appear"}:
            writer = _to_the_writer(token) or next((t for t in sent if t.lower_ in WRITER_WORDS and t.i < trigger.i and t.nbor(-1).lower_ in {"to", "this"}), None)
            if writer is not None:
                return [Judgement("speculative", Attribution(None, sent.doc[token.i : writer.i + 1].text))]
            subject = _subject(token)
            expletive = not any(c.dep_ == "prep" and c.lower_ == "to" or c.dep_ == "xcomp" for c in token.children)  # not "It appears to be controlled by X": "it" is the firm
            if subject is not None and subject.lower_ == "it" and token.pos_ == "VERB" and expletive:
                return [Judgement("speculative", Attribution(None, sent.doc[subject.i : token.i + 1].text))]  # "It seems likely that ...": the writer's inference
        if lemma in SPECULATION_VERBS and token.pos_ == "VERB" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children) and any(a.lower_ in {"hard", "difficult", "tempting", "impossible"} for a in token.ancestors):
            return [Judgement("speculative", Attribution(None, token.text))]  # "makes it hard not to suspect that ..."
    return []


GUESS_NOUNS = {"guess", "bet", "hunch", "suspicion", "sense", "belief", "instinct", "feeling", "reading"}
"""The writer's own guess when theirs: "My own guess is that ...", "our bet is that ..."."""


def _under_accusation(noun: Token, trigger: Token) -> bool:
    """ "came under criticism for being under the control of Y": the claim is the critics'."""
    head = noun.head
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "for" and _inside(trigger, child):
            return True
    return False
