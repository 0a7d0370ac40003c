"""Within one document: which mentions name the same entity.

"Jack Ma", "Ma" and "Mr. Ma" are one person; "Ant Group" and "Ant" one company;
"CCP" and "Chinese Communist Party" one party (by reference data or initials);
"Kevin Mayer" and "Keven Mayer" one person (a one-letter slip in the first name).
Pronouns and descriptions ("he", "its", "the company") are resolved on demand by
`DocumentEntities.resolve`, to the nearest fitting entity before them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from levers.extract.certainty import QUOTE_MARKS
from levers.extract.mentions import BUSINESS_WORDS, DOTTED_LEGAL_FORMS, FIRM_OPENING_WORDS, HONORIFICS, LEGAL_FORMS, ORGANIZATION_WORDS, PUBLIC_BODY_WORDS, SURNAME_PARTICLES, Mention, text_of
from levers.model import Entity

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
MALE_WORDS = {"he", "him", "his", "himself", "mr", "mr.", "sir", "husband", "son", "brother", "father", "chairman", "businessman", "spokesman", "grandson", "nephew", "uncle", "king", "prince"}
FEMALE_WORDS = {"she", "her", "hers", "herself", "ms", "ms.", "mrs", "mrs.", "madam", "dame", "wife", "daughter", "sister", "mother", "chairwoman", "businesswoman", "spokeswoman", "granddaughter", "niece", "aunt", "queen", "princess"}
"""Words that tell a person's gender, so that "he" does not refer to "his wife, Lúcia"."""
THING_PRONOUNS = {"it", "its", "itself"}
SPEAKER_PRONOUNS = {"i", "me", "my", "mine", "myself"}
SPEAKERS_GROUP_PRONOUNS = {"we", "us", "our", "ours", "ourselves"}
"""In a speaker's turn of a transcript, the firm the speaker works for ("lent us", "fined us")."""
TURN_LABEL = re.compile(r"^[ \t]*(?:Q\d+[ \t]+)?(?P<label>[^\W\d_][^\W\d_.'’ -]*(?:[.'’ -]+[^\W\d_]+){0,5}|Q|A)(?:[ \t]*\([^)\n]{1,60}\))?(?::|\.-|\.—)[ \t]", re.MULTILINE)
"""A transcript's turn ("KHOURY: ...", "MR. SISON-VALDEPEÑAS: ...", "A: ...", a parliamentary record's "MR. ITUARTE (Gonzalo).- ...");
a label must be in capitals, which the pattern leaves to the reader of turns to check."""
CHAIR_LABELS = {"chair", "chairman", "chairwoman", "chairperson", "interviewer", "moderator", "host"}
"""Labels of a transcript's turns that name a role, not a person ("Q1 Chair:")."""
HOST_WORDS = re.compile(r"\b(?:host|hosts|presenter|moderator|interviewer|anchor|guests?|with me|joining me|joins me|joins us|welcome|episode|programme|program|show|podcast)\b")
"""Words of a host's first turn: who welcomes the guests asks, and what a host says is the programme's own."""
PLURAL_PRONOUNS = {"they", "them", "their"}

COMPANY_LIKE = {"company", "organization", "public_body"}
TITLES_BEFORE_NAMES = {w.rstrip(".") for w in HONORIFICS} | {"president", "minister", "chairman", "senator"}
RELATIONAL_NOUNS = {"partner", "rival", "buyer", "seller", "competitor", "suitor", "customer", "client", "supplier", "parent", "subsidiary", "owner", "shareholder", "investor", "bidder", "lender"}
"""Descriptions that name one company by its tie to another ("its partner")."""
TRADE_NAME_WORDS = {
    "miner": {"mining", "mines", "minerals", "copper", "gold", "coal", "iron", "nickel", "lithium", "metals", "resources", "phosphate", "phosphates"},
    "airline": {"air", "airways", "airlines", "aviation"},
    "carrier": {"air", "airways", "airlines", "lines", "telecom", "mobile", "shipping"},
    "lender": {"bank", "banco", "banque", "credit", "finance"},
    "bank": {"bank", "banco", "banque", "bancorp"},
    "insurer": {"insurance", "assurance", "reinsurance"},
    "refiner": {"refining", "refinery", "petroleum", "oil"},
    "brewer": {"brewery", "breweries", "brewing"},
    "shipper": {"shipping", "lines", "maritime", "marine"},
    "shipbuilder": {"shipyard", "shipyards", "shipbuilding"},
    "steelmaker": {"steel"},
    "carmaker": {"motors", "motor", "automotive", "auto"},
    "automaker": {"motors", "motor", "automotive", "auto"},
    "chipmaker": {"semiconductor", "semiconductors", "micro", "microsystems"},
    "utility": {"power", "energy", "electric", "water", "gas", "grid", "utilities"},
    "meatpacker": {"meats", "frigorífico", "foods"},
    "refinery": {"refining", "refinery", "petroleum", "oil"},
}
"""Name words a trade noun points at: "the miner" is more likely "Lufwanyama Copper" than the arms maker buying it."""
FIRM_PREDICATES = {"subsidiary", "unit", "affiliate", "company", "firm", "business", "venture", "front", "shell", "vehicle"}
"""What "it is a ..." says only of a firm: the pronoun is no state body."""
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}
DESCRIPTION_TYPES: dict[str, set[str]] = {
    **dict.fromkeys(
        ["company", "firm", "group", "giant", "conglomerate", "lender", "bank", "business", "startup",
         "maker", "insurer", "carrier", "chipmaker", "carmaker", "automaker", "airline", "miner",
         "planemaker", "refiner", "shipbuilder", "steelmaker", "drugmaker", "partner", "rival", "buyer", "seller",
         "producer", "operator", "retailer", "brewery", "developer", "manufacturer", "broadcaster",
         "newspaper", "publisher", "supplier", "utility", "exchange", "platform-operator", "chain",
         "terminal", "refinery", "smelter", "trader", "shipper", "explorer", "exporter", "importer", "processor",
         "venture", "consortium", "vehicle", "mine", "yard", "holding", "designer", "meatpacker", "distributor",
         "builder", "plant", "mill", "label", "network", "planter", "winery", "miller", "dairy", "grinder",
         "insurer", "operator", "start-up", "fintech", "lessor", "contractor", "broker", "airport", "port", "licensee",
         "concessionaire", "issuer", "borrower"],
        {"company"},
    ),
    **dict.fromkeys(["fund", "investor", "shareholder", "owner", "buyer", "bidder"], {"company", "public_body"}),
    **dict.fromkeys(["regulator", "agency", "ministry", "watchdog", "commission", "government", "state", "authority", "administration", "court", "department",
                     "tribunal", "superintendency", "inspectorate", "treasury", "council", "bureau", "directorate"], {"public_body"}),
    **dict.fromkeys(["party", "guild", "union", "association", "federation", "alliance", "coalition", "movement", "campaign"], {"organization"}),
    **dict.fromkeys(["family"], {"organization", "person"}),
    **dict.fromkeys(["foundation", "trust"], {"organization", "company"}),
    **dict.fromkeys(["club", "team"], {"company", "organization"}),
    **dict.fromkeys(["country", "kingdom", "nation", "republic"], {"country"}),
    **dict.fromkeys(["app", "platform", "service", "brand"], {"product"}),
    **dict.fromkeys(["billionaire", "executive", "founder", "tycoon", "entrepreneur", "chairman", "chairwoman", "businessman", "businesswoman", "oligarch", "magnate",
                     "senator", "lawmaker", "legislator", "congressman", "congresswoman", "governor", "mayor", "premier", "chancellor"], {"person"}),
}
"""Head nouns of a definite description ("the company") and the entity type they pick out."""

GENERIC_DESCRIPTIONS = {"company", "firm", "group", "giant", "conglomerate", "business", "startup", "start-up", "venture", "consortium", "vehicle", "holding", "family", "state", "government"}
"""Descriptions that fit any firm, so that a name with the word in it is not for that reason the one meant."""

BODIES_OF_OTHERS = {"party", "guild", "union", "association", "federation", "alliance", "coalition", "movement", "campaign", "council", "bureau", "directorate"}
"""Descriptions that, with "of X", name a body of X's rather than one named before."""

COMPANY_ROLES = {"director", "chairman", "chairwoman", "executive", "ceo", "founder", "shareholder", "shareholders", "board", "owner", "spokesman", "spokeswoman", "manager"}
"""Nouns whose possessive pronoun ("its chairman") means a firm, not a ministry or an app."""

SENTENCE_WINDOW = 4
"""How many sentences back a pronoun or description looks for its entity."""


@dataclass
class ResolvedEntity:
    entity: Entity
    mentions: list[Mention] = field(default_factory=list)


def _name_tokens(text: str) -> list[str]:
    words = re.findall(r"[\w-]+", text.lower())
    return [w for w in words if w not in HONORIFICS and w.rstrip(".") not in HONORIFICS]


def _initials(text: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in {"of", "and", "the", "for"}]
    return "".join(w[0] for w in words).upper()


def _one_slip(a: str, b: str) -> bool:
    """True when a and b differ by one substituted letter ("Kevin"/"Keven")."""
    return len(a) == len(b) >= 4 and sum(x != y for x, y in zip(a, b)) == 1


class DocumentEntities:
    """The entities of one document and a map from tokens to them."""

    def __init__(self, doc: Doc, mentions: list[Mention]):
        self.doc = doc
        self.text = text_of(doc)
        self._sentence_starts = [sent.start for sent in doc.sents]
        self._sentence_of = [0] * len(doc)  # token -> its sentence's number (Token.sent is slow)
        for number, sent in enumerate(doc.sents):
            self._sentence_of[sent.start : sent.end] = [number] * len(sent)
        self.fixed = False
        self.clusters: list[ResolvedEntity] = []
        for mention in mentions:
            self._place(mention)
        self._join_short_names_to_later_full_names()
        for number, cluster in enumerate(self.clusters, 1):
            cluster.entity.id = f"e{number}"
        self._by_token: dict[int, str] = {}
        self._index_mentions()
        self._add_repeated_names()
        self._finish()
        self._described_as = self._appositive_nouns()
        self._gender = self._genders()
        self._name_ends: dict[str, list[int]] | None = None
        self._story_starts = _story_starts(self.text)
        self._turns = self._speaker_turns()
        self._host = self._turns[0][2] if self._turns and self._hosts(self._turns[0][1]) else None
        self._pronoun_subjects: dict[int, str] = {}
        self._quote_end = _quote_ends(doc)

    @classmethod
    def from_given(cls, doc: Doc, given: list[Entity], type_of_span) -> DocumentEntities:
        """The analyst's entities, as they are: no clustering, no entity recognition."""
        resolved = cls(doc, [])
        resolved.fixed = True
        for entity in given:
            entity = Entity(entity.id, entity.name, entity.type, list(entity.aliases), list(entity.mentions), entity.ref)
            mentions = []
            for start, end in entity.mentions:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None:
                    continue
                if not entity.type:
                    entity.type = type_of_span(span)
                mentions.append(Mention(start, end, doc.text[start:end], entity.type, None, "given"))
                for token in span:
                    resolved._by_token.setdefault(token.i, entity.id)
            entity.type = entity.type or "company"
            resolved.clusters.append(ResolvedEntity(entity, mentions))
        resolved._described_as = resolved._appositive_nouns()
        resolved._gender = resolved._genders()
        resolved._name_ends = None
        return resolved

    # -- clustering names -------------------------------------------------

    def _place(self, mention: Mention) -> None:
        clusters = self.clusters
        if mention.ref is None and self._titled(mention) and not set(_name_tokens(mention.text)) & (ORGANIZATION_WORDS | PUBLIC_BODY_WORDS | BUSINESS_WORDS):
            mention.type = "person"  # "Ms. Hoshimura" is the founder, not Hoshimura Precision
            clusters = [c for c in self.clusters if c.mentions[0].type == "person"]
        parts = self._coordinated_names(mention)
        if parts:
            for part in parts:
                self._place(part)
            return
        if mention.defined_by is not None:
            definer = next((c for c in self.clusters if any(m.start == mention.defined_by for m in c.mentions)), None)
            if definer is not None:
                definer.mentions.append(mention)  # "the Company": the name it was defined for
                return
        bracketed = self._named_before_bracket(mention)
        if bracketed is not None:
            foreign_entry = mention.ref is not None and bracketed.mentions[0].ref is None and mention.ref.name not in self.text
            bracketed.mentions.append(replace(mention, ref=None) if foreign_entry else mention)  # "the National Ports Agency (ANP)": not Brazil's ANP
            for earlier in [c for c in self.clusters if c is not bracketed and all(_key(m.text) == _key(mention.text) for m in c.mentions)]:
                bracketed.mentions.extend(earlier.mentions)  # "Who owns KACS?" before "Kenitra ... Services SA (KACS)": the same firm
                self.clusters.remove(earlier)
            return
        spelled_out = self._initials_of_a_name_here(mention)
        if spelled_out is not None:
            spelled_out.mentions.append(replace(mention, ref=None, type=spelled_out.mentions[0].type))
            return
        for cluster in clusters:
            if self._same(cluster, mention):
                cluster.mentions.append(mention)
                return
        for cluster in clusters:
            if self._short_form_of(cluster, mention):
                cluster.mentions.append(mention)
                return
        entity = Entity(id=f"e{len(self.clusters) + 1}", name="", type=mention.type)
        self.clusters.append(ResolvedEntity(entity, [mention]))

    def _coordinated_names(self, mention: Mention) -> list[Mention]:
        """ "Brightwave and Yunqi" taken by the model for one name: two, when each was named on its own before."""
        match = re.fullmatch(r"(.+?)(\s*,\s*|\s+and\s+)(.+)", mention.text)
        if match is None or mention.ref is not None:
            return []
        first, second = match.group(1), match.group(3)
        known = {_key(m.text) for c in self.clusters if c.mentions[0].type != "person" for m in c.mentions}
        if _key(first) not in known or _key(second) not in known:
            return []
        start_second = mention.start + match.start(3)
        return [
            Mention(mention.start, mention.start + len(first), first, mention.type, None, mention.label),
            Mention(start_second, start_second + len(second), second, mention.type, None, mention.label),
        ]

    def _initials_of_a_name_here(self, mention: Mention) -> ResolvedEntity | None:
        """ "RSF" after "the Rapid Support Forces" in a story that never names Reporters Without Borders:
        initials stand for the name the story spelled out, not for the reference entry they also abbreviate."""
        if mention.ref is None or not mention.text.isupper() or mention.ref.name in self.text:
            return None
        return next((c for c in self.clusters if c.mentions[0].type != "person" and any(" " in m.text and _initials(m.text) == mention.text for m in c.mentions)), None)

    def _named_before_bracket(self, mention: Mention) -> ResolvedEntity | None:
        """ "the Financial Services Authority (OJK)": a short name in brackets right after an
        organisation's name is another name for it, whether or not its letters are the initials."""
        if mention.type in {"person", "country"} or len(mention.text.split()) > 2 or self.text[mention.end : mention.end + 1] != ")":
            return None  # "Bohai Taiyue Iron and Steel Group Co., Ltd. (China)": where the firm is from, not its name
        for cluster in self.clusters:
            first = cluster.mentions[0]
            if first.type == "person" or mention.ref is not None and first.ref is not None and mention.ref.name != first.ref.name:
                continue
            if any(re.fullmatch(r"\s*\(\s*", self.text[m.end : mention.start]) for m in cluster.mentions if m.end <= mention.start):
                return cluster
        return None

    @staticmethod
    def _same(cluster: ResolvedEntity, mention: Mention) -> bool:
        first = cluster.mentions[0]
        if mention.ref is not None and first.ref is not None:
            return (mention.ref.type, mention.ref.name) == (first.ref.type, first.ref.name)
        names = {_key(m.text) for m in cluster.mentions}
        return _key(mention.text) in names and _compatible(first.type, mention.type)

    def _join_short_names_to_later_full_names(self) -> None:
        """ "Fjordvind" in a headline, "Fjordvind AS" in the body: an organisation's short name that comes
        first joins the one full name that starts with it and adds only trade words; with two, it stays.
        Names of two or three words join too ("Kuura Analytics" ... "Kuura Analytics Oyj"), even where the
        model took them for a person ("Brännström Flow" ... "Brännström Flow Systems AB"): a bare surname
        does not ("Hoshimura" ... "Hoshimura Precision")."""
        for short in list(self.clusters):
            words = {tuple(_name_tokens(m.text)) for m in short.mentions}
            if len(words) != 1 or short.mentions[0].ref is not None or any(self._titled(m) for m in short.mentions):
                continue
            start = next(iter(words))
            if len(start) != 1 and (len(start) > 3 or short.mentions[0].type != "person") or len(start) == 1 and short.mentions[0].type == "person":
                continue
            longer = [
                c for c in self.clusters
                if c is not short and c.mentions[0].type not in {"person", "country", "product"}  # not "Fjordlog Voyager", the firm's product
                and any(_words_around(_name_tokens(m.text), start) for m in c.mentions)
            ]
            if len(longer) == 1 and all(set(around[1]) <= BUSINESS_WORDS | FORM_WORDS for m in longer[0].mentions if (around := _words_around(_name_tokens(m.text), start))):
                longer[0].mentions.extend(short.mentions)
                self.clusters.remove(short)

    @staticmethod
    def _short_form_of(cluster: ResolvedEntity, mention: Mention) -> bool:
        first = cluster.mentions[0]
        # a bare proper noun's type was only a guess, and the model often mislabels a lone surname
        untyped = mention.label == "PROPN" or (mention.ref is None and len(_name_tokens(mention.text)) == 1)
        if not _compatible(first.type, mention.type) and mention.type != "person" and not untyped:
            return False
        short = _name_tokens(mention.text)
        for m in cluster.mentions:
            full = _name_tokens(m.text)
            if len(full) <= len(short):
                continue
            if first.type == "person" and len(short) == 1 and short[0] in (full[0], full[-1]):
                if untyped and not mention.by_use:
                    mention.type = "person"
                return True
            if first.type == "person" and len(short) > 1 and short[0] in SURNAME_PARTICLES and full[-len(short):] == short:
                return True  # "Nabhan bin Hamed Al Rawahi" ... "Mr. Al Rawahi", "Karim Ben Mlouka" ... "Ben Mlouka"
            if first.type != "person" and full[: len(short)] == short and set(full[len(short):]) <= BUSINESS_WORDS | FORM_WORDS:
                return True
            if first.type != "person" and len(short) >= 2 and full[: len(short)] == short and full[-1] in FORM_WORDS:
                return True  # "Hubei Dongshan Building Materials Co., Ltd." ... "Hubei Dongshan", whatever the model made of the short name
            if first.type != "person" and full[-len(short):] == short and set(full[: -len(short)]) <= FORM_PREFIX_WORDS:
                return True  # "State Concern Zakhyst" ... "Zakhyst", "PJSC Rosneft" ... "Rosneft"
        if first.type != "person" and len(short) == 1 and mention.ref is None and mention.text[:1].isupper():
            # "Corvane Textiles" ... "Corvane": the first word of one organisation's name, and of no other's
            if any(_name_tokens(m.text)[:1] == short and len(_name_tokens(m.text)) > 1 for m in cluster.mentions):
                return True
        if mention.text.isupper() and len(mention.text) >= 2:
            return any(_initials(m.text) == mention.text for m in cluster.mentions if " " in m.text)
        if first.type == "person" and mention.type == "person":
            for m in cluster.mentions:
                full = _name_tokens(m.text)
                if len(full) == len(short) == 2 and full[1] == short[1] and _one_slip(full[0], short[0]):
                    return True
        return False

    def _firm_named_first(self, words: tuple[str, ...], token: Token) -> ResolvedEntity | None:
        """A bare surname that also begins a firm's name ("Hoshimura", "Hoshimura Precision") is the firm
        unless a title marks the person ("Ms. Hoshimura")."""
        if len(words) != 1 or token.i == 0 or self.doc[token.i - 1].lower_ in HONORIFICS:
            return None
        firms = [c for c in self.clusters if c.mentions[0].type != "person" and any(_name_tokens(m.text)[:1] == [words[0].lower()] and len(_name_tokens(m.text)) > 1 for m in c.mentions)]
        return firms[0] if len(firms) == 1 else None

    def _speaker_turns(self) -> list[tuple[int, int, str | None]]:
        """Where each turn's label and speech start, and who speaks it: the person whose surname the label
        gives ("AL-QASEER:"); "A:" is the person the story names most, "Q:" the unnamed interviewer."""
        people = [c for c in self.clusters if c.entity.type == "person"]
        labels = list(TURN_LABEL.finditer(self.text))
        named_labels = [m for m in labels if self._person_named(m.group("label").strip(), people) or m.group("label").strip().lower() in CHAIR_LABELS]
        turns = []
        for match in labels:
            label = match.group("label").strip()
            if not label.isupper() and not (len(named_labels) >= 3 and match in named_labels):
                continue  # "Note:", "Correction:": a heading in a line, no speaker (but "Lu Wenbo:" in a transcript of such turns speaks)
            if label in {"Q", "A"}:
                speaker = max(people, key=lambda c: len(c.mentions)).entity.id if label == "A" and people else None
            else:
                surname = _name_tokens(label)[-1:]
                speaker = next((c.entity.id for c in people if surname and surname[0] in _name_tokens(c.entity.name)), None)
                named = next((c for c in self.clusters if speaker is None and surname and _name_tokens(c.entity.name)[-1:] == surname and 2 <= len(_name_tokens(c.entity.name)) <= 4), None)
                if named is not None:
                    named.entity.type, speaker = "person", named.entity.id  # "SARMIENTO-BAYLON:": who speaks is a person, whatever the model made of the name
            turns.append((match.start(), match.end(), speaker))
        return turns

    @staticmethod
    def _person_named(label: str, people: list[ResolvedEntity]) -> bool:
        """Whether a title-case label is the full name of a person the text names ("Lu Wenbo:")."""
        return len(label.split()) >= 2 and any(_key(label) == _key(m.text) for c in people for m in c.mentions)

    def _hosts(self, first_turn: int) -> bool:
        """Whether the first speaker hosts the transcript ("My guest today is ...", "CARMELA DITAN (host):"),
        rather than speaking for a firm like the others (an earnings call's chairman)."""
        line_start = self.text.rfind("\n", 0, first_turn) + 1
        next_turn = self.text.find("\n\n", first_turn)
        turn = self.text[line_start : next_turn if next_turn != -1 else len(self.text)].lower()
        return bool(HOST_WORDS.search(turn))

    def guest_at(self, token: Token) -> str | None:
        """The speaker of a word's turn when it is not the host's: what a guest tells is hers to vouch for."""
        speaker = self.speaker_at(token)
        return speaker if speaker is not None and speaker != self._host else None

    def speaker_at(self, token: Token) -> str | None:
        """Who speaks the transcript's turn a word is in (None outside transcripts)."""
        if not self._turns:
            return None
        turn = bisect_right(self._turns, token.idx, key=lambda turn: turn[1]) - 1
        if turn + 1 < len(self._turns) and self._turns[turn + 1][0] <= token.idx:
            return None  # the next turn's label ("MARTA KOWALCZYK (Harbourline Securities):") is nobody's speech
        return self._turns[turn][2] if turn >= 0 else None

    def _described_so_before(self, token: Token) -> set[str]:
        """The entities an earlier description with the same head noun stood for: a writer who said "the plant"
        or "the company" of one firm goes on meaning it by the same words."""
        return {
            c.entity.id for c in self.clusters
            if any(m.label == "description" and m.end <= token.idx and m.text.lower().split()[-1] == token.lower_ for m in c.mentions)
        }

    def _named_or_described(self, entity: Entity, noun: str) -> bool:
        return noun in entity.name.lower().split() or noun in self._described_as.get(entity.id, ())

    def _appositive_nouns(self) -> dict[str, set[str]]:
        """The nouns each entity was described with in apposition ("Marrow & Finch, the coffee chain"),
        so that a later "the chain" refers to it."""
        described: dict[str, set[str]] = {}
        for token in self.doc:
            if token.left_edge.i > 0 and self.doc[token.left_edge.i - 1].lower_ == "not":
                continue  # "Mr. Barreto, not his wife, ..."
            if token.dep_ == "appos" and token.pos_ == "NOUN" and self._by_token.get(token.head.i):
                described.setdefault(self._by_token[token.head.i], set()).add(token.lemma_.lower())
            elif token.pos_ == "NOUN" and token.i not in self._by_token:
                for child in token.children:
                    if child.dep_ == "appos" and self._by_token.get(child.i):  # "the sports-car maker Porsche AG"
                        described.setdefault(self._by_token[child.i], set()).add(token.lemma_.lower())
        return described

    def _times_named_before(self, token: Token) -> dict[str, int]:
        """How often each entity was named before a word: among equal candidates the story's main actor wins."""
        if self._name_ends is None:
            self._name_ends = {c.entity.id: sorted(m.end for m in c.mentions if m.label != "description") for c in self.clusters}
        story_start = self._story_start(token)
        return {entity_id: bisect_right(ends, token.idx) - bisect_right(ends, story_start) for entity_id, ends in self._name_ends.items()}

    def _story_start(self, token: Token) -> int:
        """Where the story a word is in begins: a digest of short items starts each with a dateline."""
        return self._story_starts[bisect_right(self._story_starts, token.idx) - 1]

    def _genders(self) -> dict[str, str]:
        """A person's gender where the text tells it: "Ms. Lindgren", "his wife, Lúcia Barreto"."""
        gender: dict[str, str] = {}
        for entity_id, nouns in self._described_as.items():
            for word in nouns:
                if word in MALE_WORDS | FEMALE_WORDS:
                    gender.setdefault(entity_id, "male" if word in MALE_WORDS else "female")
        for token in self.doc[1:]:
            entity_id = self._by_token.get(token.i)
            before = self.doc[token.i - 1].lower_
            if entity_id and self._by_token.get(token.i - 1) != entity_id and before in MALE_WORDS | FEMALE_WORDS:
                gender.setdefault(entity_id, "male" if before in MALE_WORDS else "female")
        return gender

    def _index_mentions(self) -> None:
        for cluster in self.clusters:
            for m in cluster.mentions:
                for token in self.doc.char_span(m.start, m.end, alignment_mode="expand") or []:
                    self._by_token[token.i] = cluster.entity.id

    def _add_repeated_names(self) -> None:
        """A name the model tagged once is the same name where it missed it (headlines, lists)."""
        names: dict[tuple[str, ...], set[int]] = {}
        for index, cluster in enumerate(self.clusters):
            for m in cluster.mentions:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and span.text[:1].isupper():
                    names.setdefault(tuple(t.text for t in span), set()).add(index)
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for words, owners in names.items():
            if len(owners) == 1:
                by_first.setdefault(words[0], []).append(words)
        self._add_first_words(names)
        for token in self.doc:
            if token.i in self._by_token or token.text not in by_first:
                continue
            for words in sorted(by_first[token.text], key=len, reverse=True):
                end = token.i + len(words)
                if tuple(t.text for t in self.doc[token.i : end]) == words and all(i not in self._by_token for i in range(token.i, end)):
                    cluster = self._firm_named_first(words, token) or self.clusters[next(iter(names[words]))]
                    span = self.doc[token.i : end]
                    cluster.mentions.append(Mention(span.start_char, span.end_char, span.text, cluster.mentions[0].type, cluster.mentions[0].ref, "repeated"))
                    for i in range(token.i, end):
                        self._by_token[i] = cluster.entity.id
                    break

    def _add_first_words(self, names: dict[tuple[str, ...], set[int]]) -> None:
        """ "Tengri Resources Ltd" ... "Tengri, which is registered in Jersey": the first word of one
        organisation's name (after a legal form written first: "Groupe Vélis" ... "Vélis"), standing
        alone where the model saw no name (it tagged it a noun)."""
        lower_words = {t.lower_ for t in self.doc if t.is_lower}
        owners_of: dict[str, set[int]] = {}
        for words, owners in names.items():
            for index in owners:
                if len(words) > 1 and self.clusters[index].mentions[0].type not in {"person", "country"}:
                    own = next((w for w in words if w.lower() not in FORM_PREFIX_WORDS), words[0])  # "Groupe Vélis" ... "Vélis"
                    owners_of.setdefault(own, set()).add(index)
        for token in self.doc:
            owners = owners_of.get(token.text)
            if not owners or len(owners) != 1 or token.i in self._by_token or not token.is_title or token.lower_ in lower_words:
                continue
            following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if token.ent_type_ in {"NORP", "GPE", "LOC", "PERSON"} or following is not None and following.is_title and following.pos_ == "PROPN":
                continue  # "Saudi officials", "Tengri Capital": an adjective, or another name
            cluster = self.clusters[next(iter(owners))]
            cluster.mentions.append(Mention(token.idx, token.idx + len(token), token.text, cluster.mentions[0].type, cluster.mentions[0].ref, "repeated"))
            self._by_token[token.i] = cluster.entity.id

    def _finish(self) -> None:
        surnames = {_name_tokens(m.text)[-1] for c in self.clusters for m in c.mentions if m.type == "person" and len(_name_tokens(m.text)) > 1}
        for cluster in self.clusters:
            entity = cluster.entity
            refs = [m.ref for m in cluster.mentions if m.ref is not None]
            names = [m.text for m in cluster.mentions if m.label not in {"description", "defined term"}] or [m.text for m in cluster.mentions]
            entity.type = refs[0].type if refs else self._voted_type(cluster, surnames)
            entity.name = refs[0].name if refs else max(names, key=lambda n: (len(_name_tokens(n)), names.count(n)))
            entity.ref = refs[0].ref if refs else None
            cluster.mentions.sort(key=lambda m: m.start)
            entity.mentions = [m.span for m in cluster.mentions]
            entity.aliases = sorted({m.text for m in cluster.mentions} - {entity.name})

    def _voted_type(self, cluster: ResolvedEntity, surnames: set[str]) -> str:
        """The type most of the name says: a longer name weighs more ("Corvane Textiles" over two
        "Corvane"s the model took for a person); a person known only by one bare word, never titled
        or introduced in full, is more likely a firm ("Midea said ...")."""
        votes: dict[str, int] = {}
        for m in cluster.mentions:
            votes[m.type] = votes.get(m.type, 0) + len(_name_tokens(m.text)) ** 2 * (3 if m.by_use else 1)
        kind = max(votes, key=lambda t: (votes[t], t != "person"))
        used_as_firm = [m.type for m in cluster.mentions if m.by_use and m.type in {"company", "organization"}]
        if kind == "person" and used_as_firm and not any(self._titled(m) or m.by_use and m.type == "person" for m in cluster.mentions):
            return used_as_firm[0]  # "Kalgoorlie's chair", "a stake in Kalgoorlie": no person has those
        if kind == "person" and all(len(_name_tokens(m.text)) == 1 and m.label in {"PERSON", "PROPN", "ORG"} for m in cluster.mentions):
            if not any(self._titled(m) or m.by_use and m.type == "person" or _name_tokens(m.text)[0] in surnames for m in cluster.mentions):
                # "her brother Sam", "Ambani's Jio Platforms" where Mukesh Ambani is named too
                return "company"
        return kind

    def _titled(self, mention: Mention) -> bool:
        before = self.text[max(0, mention.start - 12) : mention.start].lower().split()
        return bool(before) and before[-1].rstrip(".") in TITLES_BEFORE_NAMES

    # -- lookups ----------------------------------------------------------

    @property
    def entities(self) -> list[Entity]:
        return [c.entity for c in self.clusters]

    def entity(self, entity_id: str) -> Entity:
        return next(c.entity for c in self.clusters if c.entity.id == entity_id)

    def at(self, token: Token) -> str | None:
        """The entity a token is part of the name of."""
        return self._by_token.get(token.i)

    def resolve(self, token: Token) -> str | None:
        """The entity a token names, or refers to as a pronoun or description."""
        found = self.at(token)
        if found:
            return found
        lower = token.lower_
        if lower in SPEAKER_PRONOUNS:
            return self.speaker_at(token)  # "I", "my father": the speaker of the transcript's turn
        if lower in PERSON_PRONOUNS:
            other = "female" if lower in MALE_WORDS else "male"
            found = self._antecedent(token, {"person"}, unlike=other)
            if found and token.dep_ in {"nsubj", "nsubjpass"}:
                self._pronoun_subjects[token.i] = found  # "He founded X ... his son Y. In the 1970s he ...": still the founder
            return found
        if lower in THING_PRONOUNS:
            passive_subject = self._passive_subject_over(token)
            if passive_subject is not None:
                return passive_subject  # "the ferry company was run by its founder": the company's founder
            sold = self._what_was_bought_from(token)
            if sold is not None:
                return sold  # "bought 34% of X from its founder": X's founder
            sibling = self._conjunct_named_before(token)
            if sibling is not None:
                return sibling  # "added X and two of its units", "X and its director": X's
            earlier = self._earlier_object_pronoun(token)
            if earlier is not None:
                return self.resolve(earlier)  # "fined it ... for its purchase of ...", "own 38% of it, and its chairman": the same one
            if token.dep_ == "poss" and token.head.lemma_.lower() in COMPANY_ROLES:
                return self._antecedent(token, {"company", "organization"}, skip=self._lister(token))  # "its managing director": a firm's
            shareholders = token.dep_ == "poss" and token.head.lemma_.lower() in {"shareholder", "owner", "co-owner"}
            said_a_firm = token.dep_ == "nsubj" and token.head.lemma_ == "be" and any(c.dep_ == "attr" and c.lemma_.lower() in FIRM_PREDICATES for c in token.head.children)  # "it is a subsidiary of X": a firm, not the body acting on it
            held = said_a_firm or token.head.lemma_.lower() in {"share", "stake", "equity"} or token.dep_ == "dobj" and token.head.lemma_.lower() in {"own", "control", "run", "buy", "acquire", "sell"}
            kinds = {"company"} if shareholders else {"company", "organization", "product"} if held else {"company", "organization", "public_body", "product"}  # "controls it", "its shares", "its sole shareholder": a firm's
            found = self._antecedent(token, kinds, skip=self._own_subject(token) or self._lister(token) or self._in_fronted_phrase(token))
            if found and token.dep_ in {"nsubj", "nsubjpass", "dobj"}:
                self._pronoun_subjects[token.i] = found  # "Ong founded the line and still chairs it. Tay, its chief executive": the line's
            return found
        if lower in PLURAL_PRONOUNS:
            return self._antecedent(token, {"company", "organization", "public_body"})
        if token.lemma_.lower() in SPOKESPEOPLE and not any(c.dep_ in {"poss", "prep", "compound"} for c in token.children):
            return self._spoken_for(token)
        kin = lower == "family" and token.tag_ == "NN" or token.lemma_.lower() in {"descendant", "heir"} and token.tag_ == "NNS"  # "his family", "his descendants"
        if kin and token.dep_ in {"nsubj", "nsubjpass", "pobj", "dobj", "conj"}:  # not "his family's holding company"
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            person = self.resolve(owner) if owner is not None and owner.lower_ in {"his", "her"} else None
            if owner is not None and person is None and owner.pos_ == "PROPN":
                person = self.at(owner)  # "the minister's family" is left to the description; "Barreto's family" is his
            if person is not None and self.entity(person).type == "person":
                return self._family_of(person, owner, token)  # "His family owns all of the foundry": the Wittenburgs
        wanted = DESCRIPTION_TYPES.get(token.lemma_.lower())
        if token.lemma_.lower() in BODIES_OF_OTHERS and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return None  # "the road-transport federation of UTICA", "the national directorate of the MAS": a body of its own, not one named before
        if any(c.lower_ == "this" for c in token.children) and token.lemma_.lower() in {"newspaper", "paper", "publication", "magazine", "column", "website"}:
            return None  # "told this newspaper": the writer's own paper
        if wanted and token.dep_ == "nsubj" and token.head.lemma_ == "be":
            named = next((c for c in token.head.children if c.dep_ == "attr" and self.at(c)), None)
            if named is not None:
                return self.at(named)  # "The third large shareholder is the Qatar Investment Authority"
        if wanted and (token.tag_ == "NN" and _is_definite(token) or _speaks_for(token)):
            named_next = self.at(token.doc[token.i + 1]) if token.i + 1 < len(token.doc) else None
            if named_next and self.entity(named_next).type in wanted:
                return named_next  # "the German pump maker Oberlahn Pumpen": the name that follows, not an earlier firm
            if lower in {"state", "government"}:
                government = self._antecedent(token, wanted, only=self.governments())
                if government is None and lower == "state" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
                    return self.dominant(token, "country") or self._antecedent(token, {"country"})  # "an airline in Montenegro ... the state owns 96%": the country the story is about, else the one it named last
                return government
            if lower == "bank" and any(c.lower_ == "central" and c.dep_ in {"amod", "compound"} for c in token.children):
                banks = {c.entity.id for c in self.clusters if c.entity.type == "public_body" and self._named_or_described(c.entity, "bank")}
                return self._antecedent(token, {"public_body"}, only=banks) if banks else None  # "the central bank": a state bank, not a firm nor a ministry
            if lower not in GENERIC_DESCRIPTIONS:
                named_so = {c.entity.id for c in self.clusters if c.entity.type in wanted and lower in c.entity.name.lower().split()}
                if named_so:  # "the court" is the Sofia City Court, "the terminal" Lobitos Terminal, named paragraphs before, not the nearest body or firm
                    return self._antecedent(token, wanted, only=named_so, skip=self._relative_to(token) or self._clause_subject_of(token)) or self._antecedent(token, wanted, skip=self._relative_to(token) or self._clause_subject_of(token), by_salience=True)
            if lower == "family":  # "the family" is a family the story named, no other person or group
                families = {c.entity.id for c in self.clusters if "family" in c.entity.name.lower().split()}
                return self._antecedent(token, wanted, only=families) if families else None
            return self._antecedent(token, wanted, skip=self._relative_to(token) or self._clause_subject_of(token), by_salience=True)
        return None

    def _new_cluster(self, name: str, kind: str, ref: str | None = None) -> ResolvedEntity:
        """An entity the text has no name mention of yet (a country named by an adjective, a family by "his family")."""
        entity_id = f"e{max((int(c.entity.id[1:]) for c in self.clusters if c.entity.id[1:].isdigit()), default=0) + 1}"
        cluster = ResolvedEntity(Entity(entity_id, name, kind, ref=ref))
        self.clusters.append(cluster)
        return cluster

    def _family_of(self, person: str, first: Token, family: Token) -> str | None:
        """The family of a person the text names, as one owner ("his family" of Klaus Wittenburg: the Wittenburg
        family), joined to a family of that name the text already has."""
        if self.fixed:
            return None
        surname = self.entity(person).name.split()[-1]
        name = f"{surname} family"
        cluster = next((c for c in self.clusters if c.entity.name.lower() == name.lower() or any(m.text.lower().endswith(name.lower()) for m in c.mentions)), None)
        if cluster is None:
            cluster = self._new_cluster(name, "organization")
        start, end = first.idx, family.idx + len(family)
        if all(m.start != start for m in cluster.mentions):
            mention = Mention(start, end, self.text[start:end], "organization", None, "description")
            cluster.mentions.append(mention)
            cluster.entity.mentions = sorted({*cluster.entity.mentions, mention.span})
        self._by_token[family.i] = cluster.entity.id
        return cluster.entity.id

    def _spoken_for(self, spokesperson: Token) -> str | None:
        """Whom "a spokesman said" speaks for where the text names nobody: the firm or state body the
        sentence is about (its first subject of those kinds), else the story's company."""
        for token in spokesperson.sent:
            found = self._by_token.get(token.i)
            if found and token.dep_ in {"nsubj", "nsubjpass"} and self.entity(found).type in {"company", "public_body"}:
                return found
        return self.story_company(spokesperson)

    def _clause_subject_of(self, description: Token) -> str | None:
        """A description does not name its own clause's subject ("Porsche SE owns half of the carmaker's
        shares": the carmaker is another company; the same one would be "its")."""
        if description.dep_ in {"nsubj", "nsubjpass"}:
            return None
        for ancestor in description.ancestors:
            if ancestor.pos_ in {"VERB", "AUX"}:
                subject = next((c for c in ancestor.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if subject is None and ancestor.dep_ == "advcl" and ancestor.tag_ == "VBG":
                    continue  # "X has sold its stake in Y, ending a relationship with the software company": X's clause
                return self.at(subject) if subject is not None else None
        return None

    def _relative_to(self, description: Token) -> str | None:
        """ "its Japanese partner", "Renault's rival": the one a relational noun is said of is not its referent."""
        if description.lemma_.lower() not in RELATIONAL_NOUNS:
            return None
        possessor = next((c for c in description.children if c.dep_ == "poss"), None)
        return self.resolve(possessor) if possessor is not None else None

    def _own_subject(self, pronoun: Token) -> str | None:
        """The subject of the verb an object pronoun depends on: "the regulator fined it", "the family owns
        60% of it" are not about the regulator or the family (that would be "itself")."""
        if pronoun.dep_ not in {"dobj", "dative", "pobj"}:
            return None
        verb = next((a for a in pronoun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is None:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj":
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in {"it", "its"}:
            return None
        named_inside = (self.at(t) for t in subject.subtree if t.i != subject.i)
        return self.resolve(subject) or next((found for found in named_inside if found), None)  # "companies of the family own 38% of it"

    def _in_fronted_phrase(self, pronoun: Token) -> set[str] | None:
        """What a phrase before a subject "it" names on the same verb: "In a filing to the Shanghai Stock
        Exchange, it said ..." is not about the exchange."""
        if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        fronted = {self._by_token[t.i] for c in pronoun.head.children if c.dep_ == "prep" and c.i < pronoun.i for t in c.subtree if t.i in self._by_token}
        return fronted or None

    def _lister(self, pronoun: Token) -> set[str] | None:
        """Who lists and who is listed "as its sole shareholder": a register does not list its own
        owners, nor a firm itself as its own shareholder."""
        if pronoun.dep_ != "poss" or pronoun.head.dep_ != "pobj" or pronoun.head.head.lower_ != "as":
            return None
        verb = pronoun.head.head.head
        if verb.lemma_.lower() not in {"list", "name", "identify", "record", "register", "show", "describe"}:
            return None
        named = [c for c in verb.children if c.dep_ in {"nsubj", "dobj"}]
        return {found for c in named if (found := self.resolve(c))} or None

    def _passive_subject_over(self, pronoun: Token) -> str | None:
        """The subject of the passive clause a possessive "its" sits in, where that subject is named before it."""
        if pronoun.dep_ != "poss":
            return None
        verb = next((a for a in pronoun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if verb is not None else None
        if subject is None and verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < pronoun.i:
            subject = verb.head  # "a shipping line controlled by its president": the line's president
            if self.resolve(subject) is None and subject.dep_ in {"appos", "attr"}:
                subject = subject.head if subject.dep_ == "appos" else next((c for c in subject.head.children if c.dep_ == "nsubj"), subject)
        if subject is None or subject.i > pronoun.i or subject.lower_ in THING_PRONOUNS:
            return None
        found = self.resolve(subject)
        return found if found and self.entity(found).type != "person" else None

    def _conjunct_named_before(self, pronoun: Token) -> str | None:
        """The firm in "X and its director", "X and two of its units": a possessive in a phrase listed
        after a firm's name is that firm's."""
        if pronoun.dep_ != "poss":
            return None
        node = pronoun.head
        for _ in range(3):  # "its units" <- "of" <- "two"
            if node.dep_ == "conj":
                found = self.at(node.head)
                return found if found and self.entity(found).type in {"company", "organization"} else None
            if node.dep_ not in {"pobj", "prep"}:
                return None
            node = node.head
        return None

    def _what_was_bought_from(self, pronoun: Token) -> str | None:
        """The firm in "bought X (or 34% of X) from its founder": the seller is X's, not the buyer's."""
        owner = pronoun.head
        if pronoun.dep_ != "poss" or owner.lemma_.lower() not in SELLER_NOUNS or owner.dep_ != "pobj" or owner.head.lower_ != "from":
            return None
        frm, head = owner.head, owner.head.head
        bought = next((c for c in head.children if c.dep_ == "dobj"), None) if head.pos_ in {"VERB", "AUX"} else None
        bought = bought if bought is not None else head  # "bought X from", "the purchase of X from", "a stake in X from"
        for token in bought.subtree:  # "a 51% stake in X", "34% of X", "X": the firm bought, not the seller named after "from"
            named = self.at(token)
            if named and not frm.left_edge.i <= token.i <= frm.right_edge.i and self.entity(named).type != "person":
                return named
        return None

    @staticmethod
    def _earlier_object_pronoun(token: Token) -> Token | None:
        """An "it" the same sentence used as an object before this possessive "its"."""
        if token.dep_ != "poss":
            return None
        for other in token.sent:
            if other.i >= token.i:
                return None
            if other.lower_ == "it" and other.dep_ in {"dobj", "dative", "pobj"}:
                return other
        return None

    def adopt(self, token: Token, entry, claim_token: bool = True, last: Token | None = None) -> str | None:
        """A country named only by an adjective ("a Norwegian company") becomes an entity when a claim needs it.

        Not with given entities: the analyst's list is the whole list. With `claim_token` false the
        word keeps standing for the name it is part of ("US" in "the US Department of Energy").
        """
        if self.fixed:
            return None
        for cluster in self.clusters:
            if cluster.mentions and cluster.mentions[0].ref is not None and cluster.mentions[0].ref.name == entry.name:
                entity_id = cluster.entity.id
                break
        else:
            entity_id = self._new_cluster(entry.name, entry.type, entry.ref).entity.id
        cluster = next(c for c in self.clusters if c.entity.id == entity_id)
        if not claim_token and cluster.mentions:
            return entity_id  # "the US Department of Energy": the country is named elsewhere; this word is the body's name
        end = (last or token).idx + len(last or token)
        mention = Mention(token.idx, end, self.text[token.idx : end], entry.type, entry, "adjective")
        cluster.mentions.append(mention)
        cluster.entity.mentions = sorted({*cluster.entity.mentions, mention.span})
        if mention.text != cluster.entity.name and mention.text not in cluster.entity.aliases:
            cluster.entity.aliases = sorted({*cluster.entity.aliases, mention.text})
        if claim_token:
            self._by_token[token.i] = entity_id
        return entity_id

    def story_company(self, token: Token, exclude: str | None = None, kind: str = "company") -> str | None:
        """The company (or, with `kind`, the country) a story is about at this point: the most mentioned
        one so far, on a tie the one named first (headlines and first sentences name what the story is about)."""
        counts: dict[str, int] = {}
        story_start = self._story_start(token)
        for i in range(token.i):
            if self.doc[i].idx < story_start:
                continue  # a digest's earlier items are other stories
            entity_id = self._by_token.get(i)
            if entity_id and entity_id != exclude and self.entity(entity_id).type == kind and (i == 0 or self._by_token.get(i - 1) != entity_id):
                counts[entity_id] = counts.get(entity_id, 0) + 1
        if not counts:
            return None
        first = list(counts)
        return max(counts, key=lambda e: (counts[e], -first.index(e)))

    def dominant(self, token: Token, kind: str) -> str | None:
        """The entity of a kind the story has named at least twice, and twice as often as any other, so far."""
        counts = sorted(((n, e) for e, n in self._times_named_before(token).items() if n and self.entity(e).type == kind), reverse=True)
        if not counts or counts[0][0] < 2 or len(counts) > 1 and counts[0][0] < 2 * counts[1][0]:
            return None
        return counts[0][1]

    def nearest(self, token: Token, types: set[str], exclude: str | None = None) -> str | None:
        """The nearest entity of one of `types` named before the token (a few sentences back at most)."""
        return self._antecedent(token, types, skip=exclude)

    def add_description(self, token: Token, entity_id: str) -> None:
        """Record "the company" as a mention of the entity it was resolved to (given entities keep
        the analyst's mentions: the word only points at the entity)."""
        if self.fixed:
            self._by_token.setdefault(token.i, entity_id)
            return
        owned_by = [c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        first = max([c.right_edge.i + 1 for c in owned_by] + [token.left_edge.i])  # "Vigile's Sentinelle radar": from "Sentinelle"; "his fintech giant": all of it
        while first < token.i and self.doc[first].text in {"'s", "’s", "'", "’"}:
            first += 1
        if any(self._by_token.get(i) == entity_id for i in range(first, token.i)):
            self._by_token.setdefault(token.i, entity_id)
            return  # "the Softline range": the name inside is the mention already
        start = self.doc[first].idx if first < token.i else token.idx
        end = token.idx + len(token)
        cluster = next(c for c in self.clusters if c.entity.id == entity_id)
        if all(m.start != start for m in cluster.mentions) and token.i not in self._by_token:
            mention = Mention(start, end, self.text[start:end], cluster.entity.type, None, "description")
            cluster.mentions.append(mention)
            cluster.entity.mentions.append(mention.span)
            cluster.entity.mentions.sort()
            self._by_token[token.i] = entity_id

    def governments(self) -> set[str]:
        """The entities that stand for a whole country's government ("the Chinese state", "Beijing")."""
        return {c.entity.id for c in self.clusters if any(m.label == "government" for m in c.mentions)}

    def _quoted_before(self, i: int, token: Token) -> bool:
        """Whether token `i` stands in a quotation that closes before `token`, in the token's sentence."""
        closing = self._quote_end[i]
        if closing is None or self._quote_end[token.i] is not None or closing > token.i:
            return False
        return self._sentence_of[closing] == self._sentence_of[token.i]

    def _antecedent(self, token: Token, types: set[str], only: set[str] | None = None, skip: str | set[str] | None = None, unlike: str | None = None, by_salience: bool = False) -> str | None:
        """The nearest fitting entity before the token: nearer sentences first, then subjects.

        With `by_salience` (a description: "the company", "the fund"), an entity of this sentence or
        the subject of the one before comes first, and beyond that the one the story has named most:
        writers say "the company" of the company the story is about, even after naming another in passing."""
        doc = token.doc
        first = 0 if only is not None else self._sentence_starts[max(0, self._sentence_of[token.i] - SENTENCE_WINDOW)]
        story_start = self._story_start(token)
        while first < token.i and doc[first].idx < story_start:
            first += 1  # "the company" of one item of a digest is not a company of the item before
        in_description = token.dep_ == "poss" and token.head.dep_ in {"appos", "conj"}
        modifiers = {c.lower_ for c in token.children if c.dep_ in {"compound", "amod"} and c.i < token.i and len(c) > 3}
        candidates = []
        skipped = skip if isinstance(skip, set) else {skip}
        salience = self._times_named_before(token)
        described_so = self._described_so_before(token)
        for i in range(first, token.i):
            entity_id = self._by_token.get(i) or self._pronoun_subjects.get(i)
            if entity_id is None or entity_id in skipped or self.entity(entity_id).type not in types:
                continue
            if unlike is not None and self._gender.get(entity_id) == unlike:
                continue  # "he" is not "Ms. Lindgren"
            if only is not None and entity_id not in only:
                continue
            if _names_a_source(doc[i]):
                continue  # "according to Reuters": a source, not what "the company" refers to
            if token.lower_ in THING_PRONOUNS and self.entity(entity_id).name.lower().endswith(" family"):
                continue  # a family is "they", not "it"
            other = doc[i]
            distance = self._sentence_of[token.i] - self._sentence_of[i]
            quoted_away = distance <= 1 and self._quoted_before(i, token)  # '"... about X," its chairman said': the speaker's firm comes first
            subject = _subject_rank(other)
            if in_description:
                subject = 0  # "Jean Liu, its president": the nearest name, not the clause's subject
            name_words = self.entity(entity_id).name.lower().split()
            named_so = token.lower_ in name_words or any(w in name_words for w in modifiers)  # "the bank": a ... Bank first; "the ferry company": ... Ferry ...
            named_so = named_so or token.lemma_.lower() in self._described_as.get(entity_id, ())  # "X, the coffee chain" ... "the chain"
            named_so = named_so or entity_id in described_so  # "the 410-megawatt plant" ... "the plant"
            named_so = named_so or bool(TRADE_NAME_WORDS.get(token.lemma_.lower(), set()) & set(name_words))  # "the miner": X Copper, X Mining
            if by_salience:
                near = distance == 0 or distance == 1 and subject == 0  # this sentence, or the last one's subject
                rank = (not named_so, quoted_away, not near, -salience.get(entity_id, 0), distance, subject, token.i - i)
            else:
                rank = (not named_so, quoted_away, distance, subject, -salience.get(entity_id, 0), token.i - i)
            candidates.append((rank, entity_id))
        return min(candidates)[1] if candidates else None


STORY_DATELINE = re.compile(r"\n\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'-]{2,}(?:/[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'-]+)*(?:,[^\n—–]{0,20})?\s*(?:—|–|-{1,2}|:)\s")
"""A paragraph that opens with a dateline ("\nSEOUL -", "\nLIMA, March 3 —") begins a new story."""


FORM_PREFIX_WORDS = {"groupe", "grupo", "gruppo", "state", "concern", "enterprise", "national", "company", "joint-stock", "joint", "stock", "public", "pt", "pjsc", "jsc", "oao", "ooo", "pao", "ao", "cjsc", "tov"}
"""Words of a legal form written before a firm's name: "State Concern Zakhyst", "PJSC Rosneft"."""
FORM_WORDS = LEGAL_FORMS | {word for form in DOTTED_LEGAL_FORMS for word in re.findall(r"[\w-]+", form.lower())}
"""The words of legal forms as names are split into words ("S.A." is "s", "a"): "Naviera Coclé, S.A." ... "Naviera Coclé"."""
SELLER_NOUNS = {"founder", "founders", "owner", "owners", "parent", "shareholder", "shareholders", "creator", "creators"}
"""Who a firm is bought from that is the firm's own: "bought X from its founder"."""


def _words_around(full: list[str], short: tuple[str, ...]) -> tuple[list[str], list[str]] | None:
    """The words before and after a short name inside a longer one, where only a firm's opening words come
    before it ("Pivara" of "Pivara Galičnik AD", "Grupo" of "Grupo Salinas"); None if it is not so inside."""
    for opening in range(0, 3):
        if tuple(full[opening : opening + len(short)]) == short and len(full) > len(short) and set(full[:opening]) <= FIRM_OPENING_WORDS | FORM_PREFIX_WORDS:
            return full[:opening], full[opening + len(short) :]
    return None


def _story_starts(text: str) -> list[int]:
    """The first dateline opens the story under the headline; each later one a story of its own."""
    datelines = [m.start() + 1 for m in STORY_DATELINE.finditer(text)]
    return [0, *datelines[1:]]


def _quote_ends(doc: Doc) -> list[int | None]:
    """For each token inside quotation marks, where its quotation closes (None outside quotations); a
    quotation ends at the latest with its paragraph."""
    ends: list[int | None] = [None] * len(doc)
    opened: int | None = None
    for token in doc:
        if "\n" in token.text and opened is not None:
            ends[opened : token.i] = [token.i] * (token.i - opened)
            opened = None
        if token.text in QUOTE_MARKS:
            if opened is None:
                opened = token.i + 1
            else:
                ends[opened : token.i] = [token.i] * (token.i - opened)
                opened = None
    if opened is not None:
        ends[opened:] = [len(doc)] * (len(doc) - opened)
    return ends


def _subject_rank(token: Token) -> int:
    """0 for the subject of a main clause, 1 for a subject inside a relative or other clause, 2 otherwise:
    "Hoshimura ... supplies Denso, in which Toyota holds a stake. Ms. Hoshimura runs the firm": Hoshimura's."""
    word = token if token.dep_ in {"nsubj", "nsubjpass"} else token.head if token.head.dep_ in {"nsubj", "nsubjpass"} else None
    if word is None:
        return 2
    return 0 if word.head.dep_ in {"ROOT", "conj", "ccomp"} else 1


def _names_a_source(token: Token) -> bool:
    for ancestor in token.ancestors:
        if ancestor.lower_ == "according":
            return True
        if ancestor.dep_ in {"ROOT", "ccomp", "relcl"}:
            break
    reports = token.dep_ == "nsubj" and token.head.lemma_ in {"report", "write"}
    # "Reuters reported that ...", not "X reported a loss" nor "X reports to the ministry"
    return reports and not any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "to" for c in token.head.children)


def _speaks_for(token: Token) -> bool:
    """ "a Commission spokesperson", "a Ministry spokesman": the body the story named, capitalised before its speaker."""
    return token.dep_ == "compound" and token.is_title and token.head.lemma_.lower() in SPOKESPEOPLE


def _is_definite(token: Token) -> bool:
    return any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "its"} for c in token.children)


def _key(text: str) -> str:
    text = re.sub(r"^(?:[Tt]he\s+)?Minister\s+of\b", "Ministry of", text)  # "the Minister of Finance" acts for the Ministry of Finance
    return " ".join(_name_tokens(re.sub(r"[’']s$", "", text)))


def _compatible(a: str, b: str) -> bool:
    organisations = {"company", "organization", "public_body", "product"}
    return a == b or (a in organisations and b in organisations)
