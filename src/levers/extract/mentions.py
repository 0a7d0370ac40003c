"""Find the names in a parsed document and give each the contract's entity type.

Sources, most trusted first: the reference data (known states, bodies, parties,
companies), phrases that name a state's government ("the Chinese government",
"Beijing" as an actor, "CCP regulators"), and spaCy's named entities, which are
cleaned of what the model glues to them (titles, possessives, headline verbs,
"Alibaba/Ant Group") and typed from their words and their context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from levers.extract.lexicon import CHAMBER_WORDS
from levers.extract.qualifiers import CURRENCY_WORDS
from levers.reference import Reference, ReferenceEntry

NER_LABELS = {"PERSON", "ORG", "GPE", "PRODUCT", "NORP", "FAC", "WORK_OF_ART", "LOC"}
"""NORP, FAC, LOC and WORK_OF_ART are kept only where reference data or context types them."""

def text_of(doc: Doc) -> str:
    """A document's text, joined once: spaCy joins the tokens anew on every `doc.text`."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


NOT_ORGANIZATIONS = {
    "ipo", "ceo", "cfo", "coo", "cto", "r&d", "ai", "gdp", "etf", "esg", "m&a", "spac",
    "api", "app", "vpn", "ev", "evs", "ipos", "covid", "covid-19", "chairman", "party",
    "state", "government", "ministry", "company", "group", "bank", "court", "army", "board",
    "commission", "regulator", "treasury",
    "meeting", "general meeting", "subsidiaries", "regulations", "explainer", "annex", "appendix", "summary", "background",
    "shares", "share", "offer shares", "prospectus", "offer", "shareholders", "major shareholders",
    "mergers", "acquisitions", "mergers and acquisitions", "transcript", "correction", "clarification", "update",
    "judgment", "judgement", "counsel", "principal", "measures", "directors", "no", "no.", "e.o.", "mw", "gw",
}
"""Words the model often takes for organizations but that name none (a report's headings and organs among them)."""

PUBLIC_BODY_WORDS = {
    "ministry", "administration", "commission", "agency", "bureau", "department",
    "authority", "regulator", "court", "parliament", "congress", "senate", "government",
    "army", "navy", "police", "council", "cabinet", "kremlin", "treasury", "tribunal",
    "inspectorate", "directorate", "office", "service", "customs", "duma", "fund",
    "federal", "state", "national", "central", "reserve", "prosecutor", "prosecutors",
}
PUBLIC_BODY_HEADS = {
    "ministry", "administration", "commission", "agency", "bureau", "department",
    "authority", "regulator", "court", "parliament", "congress", "senate", "government",
    "army", "navy", "police", "cabinet", "kremlin", "treasury", "tribunal", "inspectorate",
    "directorate", "customs", "duma", "prosecutor", "ministries", "regulators", "authorities", "office",
    "ministers", "superintendency", "ombudsman", "council", "service", "register", "registry", "registrar", "assembly", "secretariat",
}
ORGANIZATION_WORDS = {
    "party", "association", "union", "federation", "foundation", "alliance", "league",
    "syndicat", "sindicato", "sindicat", "gewerkschaft", "asociación", "associação", "fundación", "fondation", "fundação", "stiftung",
    "fédération", "federación", "federação", "instituto", "institut", "solidarity", "alyansa", "campaign", "watch",
    "partido", "parti", "partito", "partij", "partei", "frente", "movimiento", "movimento", "mouvement", "rassemblement",
    "alianza", "aliança", "unión", "união", "bewegung", "stranka", "partia", "strana",
    "stichting", "fondazione", "stiftelse", "stiftelsen", "fundacja", "nadace", "vakfı", "vakfi",
    "society", "institute", "movement", "coalition", "ngo", "committee", "church",
    "university", "forum", "front", "club", "confederation", "chamber", "wikipedia", "guild", "academy",
    "school", "college", "museum", "orchestra",
}
DOTTED_LEGAL_FORMS = ("A/S", "sp.", "o.o.", "d.o.o.", "D.O.O.", "a.s.", "A.S.", "s.r.o.", "S.R.O.", "d.d.", "D.D.", "S.p.A.", "S.P.A.", "S.r.l.", "S.R.L.", "N.V.", "B.V.", "K.K.", "r.l.", "S.A.", "S.A.S.", "A.Ş.", "S.L.", "S.L.U.", "S.A.U.", "S.A.C.", "S.A.B.", "Ltda.", "Pty.", "P.L.C.", "E.P.", "S.A.E.", "S.A.R.L.", "S.à", "AS", "ASA", "Nyrt.", "Zrt.", "Kft.", "hf.", "ehf.",
    "Sh.a.", "SH.A.", "Sh.p.k.", "SH.P.K.", "S.A.A.", "C.V.", "Lda.", "S.a.s.", "A.E.", "Tbk.", "Bhd.", "L.L.C.", "L.P.", "Pte.", "E.A.D.", "O.O.D.",
    "K.S.C.C.", "K.S.C.P.", "K.S.C.", "W.L.L.", "B.S.C.", "Q.P.S.C.", "Q.S.C.", "P.J.S.C.", "P.S.C.", "S.A.O.G.", "S.A.O.C.", "J.S.C.")
"""Legal forms written with full stops ("Jadran Azur Gradnja d.o.o."); the tokenizer keeps each one whole."""
COMPANY_SUFFIXES = {
    "group", "holding", "holdings", "inc", "inc.", "corp", "corp.", "corporation", "co",
    "co.", "company", "ltd", "ltd.", "limited", "plc", "ag", "sa", "se", "nv", "llc",
    "gmbh", "bv", "spa", "international", "technologies", "technology",
    "pt", "tbk", "jsc", "pjsc", "asa", "ab", "oyj", "srl", "sarl", "sas", "kft", "zrt", "ltda", "sab", "bhd", "kk",
    "fze", "fzco", "fzc", "dmcc", "uab", "llp", "sgps", "ltda.", "lda", "aps", "ltée", "sprl", "bvba", "sdn", "nyrt", "hf", "ehf",
} | {form.lower() for form in DOTTED_LEGAL_FORMS}
"""Words a company's name may drop in later mentions ("Ant Group" ... "Ant")."""
STATE_OFFICES = {"treasurer", "chancellor", "attorney-general", "attorney", "comptroller", "ombudsman", "auditor-general", "registrar"}
"""Offices that act as state bodies when named alone ("the Treasurer ordered ..."), unlike "President", a person's title."""
COMPANY_PREFIXES = {"PT", "PJSC", "JSC", "OAO", "OOO", "PAO", "AO", "CJSC"}
"""Legal forms written before the name: "PT Sulawesi Nikel Prima"."""

BUSINESS_WORDS = COMPANY_SUFFIXES | {
    "airlines", "airways", "air", "motors", "systems", "industries", "networks", "ferries", "energy",
    "oil", "gas", "bank", "capital", "partners", "media", "pharma", "pharmaceuticals", "foods",
    "steel", "mining", "telecom", "telecoms", "electric", "electronics", "power", "shipping",
    "logistics", "labs", "software", "games", "studios", "resources", "petroleum", "chemicals",
    "insurance", "securities", "investments", "ventures", "brands", "retail", "semiconductor",
    "semiconductors", "solutions", "services", "finance", "financial", "railways", "railway", "railroad", "rail", "lines",
    "shipyards", "automotive", "aerospace", "defence", "defense", "robotics", "microsystems",
    "communications", "entertainment", "press", "news", "television", "broadcasting", "brewery",
    "pay", "payments", "trust", "textiles", "mills", "works", "shipyard", "motor", "cement",
    "beteiligungen", "gesellschaft", "participações", "participacoes", "participations", "partecipazioni",
    "shipbuilding", "engineering", "construction", "contracting", "materials", "metals", "minerals", "nickel", "coal",
    "copper", "lithium", "grain", "grains", "agro", "agri", "dairy", "meats", "properties", "realty",
    "infrastructure", "ports", "terminals", "utilities", "renewables", "solar", "fertilisers",
    "fertilizers", "plastics", "cables", "devices", "healthcare", "biotech", "therapeutics", "bancorp",
    "leasing", "assurance", "reinsurance", "trading", "commodities", "freight", "transport",
    "marine", "maritime", "tankers", "aviation", "machinery", "equipment", "manufacturing",
    "packaging", "precision", "batteries", "refining", "drilling", "petrochemicals", "fintech", "storage", "grid",
    "alloys", "ferroalloys", "stainless", "earths", "tyres", "tires", "engines", "turbines", "sensors", "pipes", "tubes", "glass",
    "ceramics", "beverages", "brewing", "distillers", "tobacco", "apparel", "furniture", "hotels", "resorts",
    "casinos", "pictures", "films", "publishing", "printing", "dredging", "fisheries", "timber", "pulp", "sugar", "network",
    "commerce", "trade", "markets", "foods", "brands", "motors", "estates", "minerals", "mobility", "seafood", "farms",
    "logistique", "logística", "logistica", "logistik", "lojistik", "énergie", "énergies", "energía", "enerji", "pétrole", "petróleo",
    "ciments", "naviera", "navegação", "télécom", "télécoms", "comunicaciones", "seguros", "assurances", "sigorta", "agrícola",
    "aliments", "minería", "madencilik", "électricité", "electricidad", "eletricidade", "hidroeléctrica", "hidro", "transports",
    "servicios", "serviços", "tecnologia", "tecnología", "farmacéutica", "química", "werk", "maschinen", "rederi", "naftna", "rafinerija",
    "farming", "aquaculture", "mines", "cellars", "vineyards", "wineries", "glassworks", "orchards", "growers", "plantations",
    "breweries", "dairies", "bakeries", "exports", "nominees", "trustees", "custodians", "fiduciaries",
    "havbruk", "têxtil", "textil", "textile", "calçados", "imobiliária", "imobiliaria", "inmobiliaria",
    # the same trades in the languages firms are named in
    "kraft", "netz", "energi", "energia", "energie", "invest", "shoji", "sangyo", "kogyo", "gruppe", "gruppo", "grupo",
    "groupe", "banca", "banco", "banque", "bankasi", "bankası", "distributie", "petrol", "neft", "gaz", "minera", "mineração",
    "inversiones", "investimentos", "construcciones", "construções", "industrie", "industria", "industrias", "alimentos", "alimentaria",
    "telekom", "telecomunicaciones", "handel", "werke", "stahl", "chemie", "verkehr", "papel", "celulose", "papier",
    "inşaat", "insaat", "ciment", "cimento", "çimento", "cementos", "zement", "transportes", "transportadora", "constructora", "kapital", "valores",
    "construtora", "agropecuaria", "agropecuária", "frigorífico", "frigorifico", "laboratorios", "comercializadora", "distribuidora",
    "water", "port", "terminal", "tea", "haulage", "cargo", "hydro", "gold", "oilfield", "garments", "diagnostics", "kable", "seeds", "poultry", "breweries", "distillery", "casino", "gaming", "mobile", "wireless", "lending",
}
"""Last words of a business's name: a place-like or unlabelled name ending so is a company."""

PRODUCT_NOUNS = {"app", "apps", "platform", "service", "brand", "game", "browser", "model", "chatbot", "website", "site", "network", "messenger", "phone", "smartphone", "handset", "chip", "software", "portal", "wallet"}
COMPANY_NOUNS = {
    "company", "firm", "giant", "group", "conglomerate", "maker", "manufacturer", "startup", "start-up", "lender", "bank",
    "miller", "channel", "broadcaster", "station", "newspaper",
    "insurer", "carrier", "operator", "producer", "retailer", "subsidiary", "unit", "affiliate", "business", "outlet",
    "newspaper", "broadcaster", "publisher", "provider", "developer", "supplier", "owner", "champion", "enterprise",
    "corporation", "contractor", "processor", "exporter", "importer", "refiner", "wholesaler", "chipmaker", "carmaker",
    "automaker", "planemaker", "drugmaker", "steelmaker", "shipbuilder", "airline", "utility", "miner", "brewer", "chain",
    "venture", "consortium", "vehicle", "smelter", "explorer", "shipper", "trader", "arm", "house", "holding", "division",
    "parent",
}
GOVERNMENT_NOUNS = {"government", "authorities", "regulators", "regulator", "state", "officials", "leadership", "administration"}

CAPITAL_NOT_ACTOR = {"in", "at", "near", "from", "outside", "across", "around", "into", "to", "of", "throughout"}
"""A capital city after these prepositions is a place; elsewhere it stands for its government."""

TITLE_WORDS = {"chairman", "chairwoman", "chair", "ceo", "chief", "president", "founder", "boss", "head", "secretary", "general", "minister", "premier", "governor", "director", "executive", "leader", "life"}
POST_WORDS = TITLE_WORDS | {"chairperson", "officer", "vice", "deputy", "managing", "non-executive", "executive"}
"""Words of a post's name ("Chief Executive Officer"), which names no one."""
GROUP_NOUNS = {"people", "peoples", "workers", "women", "children", "men", "farmers", "citizens", "veterans", "nations", "members", "writers", "journalists"}
POSSESSIVE = {"'s", "’s", "'", "’"}
HONORIFICS = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "madam", "president", "premier", "chairman", "senator", "minister",
    "congressman", "congresswoman", "commissioner", "governor", "mayor", "judge", "ambassador",
    "oknha", "datuk", "dato", "dato'", "sheikh", "alhaji", "haji",  # honours written before names in Cambodia, Malaysia, the Gulf, West Africa
}


@dataclass
class Mention:
    """A stretch of text that names an entity (or describes one), with its type."""

    start: int
    end: int
    text: str
    type: str
    ref: ReferenceEntry | None = None
    label: str = ""
    """Where it came from: reference, government, a spaCy label, description."""
    by_use: bool = False
    """Typed from how the sentence uses the name ("KUKA's chief executive"), which outweighs the model's label."""
    defined_by: int | None = None
    """For a defined term ("the Company"), where the name it stands for starts."""

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def find_mentions(doc: Doc, reference: Reference, matcher) -> list[Mention]:
    """All name mentions in a document, without overlaps, in text order."""
    candidates: list[Mention] = []
    candidates += _reference_mentions(doc, reference, matcher)
    candidates += _government_mentions(doc, reference)
    candidates += _described_state_bodies(doc, reference)
    candidates += _family_mentions(doc)
    candidates += _handle_mentions(doc)
    candidates += _speaker_label_mentions(doc)
    for ent in _joined_pieces(doc, reference):
        if ent.label_ in NER_LABELS:
            candidates += _ner_mentions(_extend(ent), reference)
    candidates += _unlabelled_names(doc, reference)
    candidates += _bodies_named_for_their_remit(doc, reference)
    candidates += _product_names(doc, reference)
    text = text_of(doc)
    candidates = _joined_at_particles(doc, [_with_hyphenated_parts(doc, _minister_after_portfolio(doc, _whole_ministry_name(doc, m)), reference) for m in candidates])
    candidates = _joined_body_lists(doc, candidates)
    candidates = [_without_leading_label(m) for m in candidates]
    candidates = [kept for m in _longer_names_first(doc, candidates) if (kept := m if m.label == "turn label" else _outside_dateline(text, m))]  # "SOWA-MALEC (": no dateline
    chosen = [m for m in _without_overlaps(candidates) if not _names_a_board(m.text) and not _a_place_by_its_slot(doc, m) and not _in_a_heading_in_capitals(text, m)]
    _vote_types(chosen)
    return _with_case_parties(text, _with_defined_terms(text, [m for m in chosen if m.type]))


DEFINED_TERM = re.compile(
    r"\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?)?(?:the\s+)?[\"“]\s*(?:[Tt]he\s+)?(?P<term>[A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*){0,3})\s*[\"”]\s*\)"
)
"""A term a filing or judgment defines for a name just before it: '("the Company")', '(the "Bank")', '(hereinafter "Buyer")'."""


def _with_defined_terms(text: str, mentions: list[Mention]) -> list[Mention]:
    """ 'Walvis Pelagic Corporation Limited ("the Company")': annual reports, filings and judgments name a
    party once and then by its defined term; every later "the Company" is a mention of that name, whatever
    the model made of the word."""
    defined: list[Mention] = []
    for definition in DEFINED_TERM.finditer(text):
        if re.search(rf"\b{re.escape(definition.group('term').lower())}\b", text[max(0, definition.start() - 80) : definition.start()]):
            continue  # 'a scheme of arrangement (the "Scheme")': the term names a thing the sentence just said, no party
        named = next((m for m in reversed(mentions) if m.end <= definition.start() and not text[m.end : definition.start()].strip()), None)
        if named is None:
            before = text[: definition.start()].rstrip()
            named = next((m for m in mentions if m.end <= len(before) and before.endswith(m.text)), None)  # the model missed the name here, not above
            if named is not None:
                defined.append(replace(named, start=len(before) - len(named.text), end=len(before)))
            else:  # "Wisła Energia S.A. with its registered office in Gdańsk ("the Company")": the party the sentence began with
                named = next((m for m in reversed(mentions) if m.end <= len(before) and m.type in {"company", "organization", "public_body"} and not re.search(r"[.;]\s|\n", text[m.end : definition.start()])), None)
                if named is None:
                    named = _firm_name_ending_at(before)  # "1. Kiptere Highlands Tea Estates Limited ("the Company")": a name the model missed
                    if named is None:
                        continue
                    defined.append(named)
        use = re.compile(r"\b(?:[Tt]he\s+)?" + re.escape(definition.group("term")) + r"\b")
        for found in use.finditer(text, definition.start("term") - 4):
            inside_a_name = any(m.start <= found.start() and found.end() <= m.end and m.end - m.start > found.end() - found.start() for m in mentions)
            if found.start() >= definition.start() and not inside_a_name:  # not the "Company" of "Ardiya Holding Company K.S.C.C."
                defined.append(Mention(found.start(), found.end(), found.group(), named.type, named.ref, "defined term", named.by_use, named.start))
    return _replacing_overlaps(mentions, defined)


def _replacing_overlaps(mentions: list[Mention], added: list[Mention]) -> list[Mention]:
    """The mentions with `added` in the place of any they overlap, in text order."""
    if not added:
        return mentions
    kept = [m for m in mentions if not any(m.start < a.end and a.start < m.end for a in added)]
    return sorted(kept + added, key=lambda m: m.start)


FIRM_NAME_BEFORE = re.compile(r"(?:[A-Z][\w&'’.-]*\s+){1,6}[A-Z][\w.]*$")


def _firm_name_ending_at(before: str) -> Mention | None:
    """The capitalised words just before a definition, when they end in a legal form ("... Estates Limited")."""
    found = FIRM_NAME_BEFORE.search(before)
    if found is None or found.group().split()[-1].lower().rstrip(".") not in LEGAL_FORMS | COMPANY_SUFFIXES:
        return None
    return Mention(found.start(), found.end(), found.group(), "company", None, "defined name")


CASE_ROLES = "PLAINTIFF|DEFENDANT|APPELLANT|RESPONDENT|PETITIONER|CLAIMANT|APPLICANT|ACCUSED|INTERESTED PARTY"
CASE_PARTY = re.compile(
    rf"^[ \t]*(?P<name>[A-Z][A-Z0-9&.,'’ -]*[A-Z.])[ \t]*(?:\([^)\n]*\))?[ \t]*(?:\.{{2,}}|…)[ \t]*"
    rf"(?:(?P<nth>\d+)(?:ST|ND|RD|TH)[ \t]+)?(?P<role>{CASE_ROLES})S?[ \t]*$",
    re.MULTILINE,
)
"""A party in a judgment's caption: "WILSON KIBET TOWETT ... 2ND DEFENDANT", "SOSIOT HOLDINGS LIMITED ... 1ST DEFENDANT"."""


def _with_case_parties(text: str, mentions: list[Mention]) -> list[Mention]:
    """A judgment names its parties once, in capitals, in the caption, and then calls them "the 2nd Defendant"
    or "the plaintiff": the caption's names are mentions (the model reads no name in capitals), and so is
    every later "the 2nd Defendant" of the party the caption gives that role."""
    parties: dict[tuple[str | None, str], Mention] = {}
    for caption in CASE_PARTY.finditer(text):
        name = re.sub(r"^THE\s+", "", caption.group("name").strip(" ,."))
        start = caption.start("name") + caption.group("name").index(name)
        kind = _case_party_type(name.lower().split())
        if kind is not None:
            parties[(caption.group("nth"), caption.group("role").lower())] = Mention(start, start + len(name), name, kind, None, "case party")
    if not parties:
        return mentions
    named = list(parties.values())
    last_caption = max(m.end for m in named)
    uses = re.compile(rf"\bthe\s+(?:(\d+)(?:st|nd|rd|th)\s+)?({CASE_ROLES})\b", re.IGNORECASE)
    for use in uses.finditer(text, last_caption):
        party = parties.get((use.group(1), use.group(2).lower()))
        if party is not None:
            named.append(Mention(use.start(), use.end(), use.group(), party.type, None, "defined term", False, party.start))
    return _replacing_overlaps(mentions, named)


def _case_party_type(words: list[str]) -> str | None:
    """A caption name's kind from its words: a legal form makes a firm, a state office a public body, a short name a person."""
    if any(w.strip(".,") in LEGAL_FORMS | COMPANY_SUFFIXES for w in words):
        return "company"
    if set(words) & (PUBLIC_BODY_HEADS | {"attorney", "attorney-general", "state", "republic"}):
        return "public_body"
    return "person" if 2 <= len(words) <= 5 else None


BOARD_NAME_WORDS = {"the", "supervisory", "management", "executive", "advisory", "board", "of", "directors", "general", "meeting", "extraordinary", "annual", "shareholders", "company", "committee", "audit"}


def _names_a_board(text: str) -> bool:
    """ "the Supervisory Board", "the Management Board of the Company": a firm's organ written with
    capitals, not an organisation of its own (its chair chairs the firm's board)."""
    words = text.lower().split()
    return bool(words) and set(words) <= BOARD_NAME_WORDS and "board" in words or text.lower() in {"the general meeting", "general meeting", "extraordinary general meeting"}


CAPITAL = "A-ZÀ-ÖØ-Þ"
DATELINE = re.compile(rf"[{CAPITAL}][{CAPITAL} .'-]+(?:/[{CAPITAL}][{CAPITAL} .'-]+)*\s*(?:,|—|–|-{{1,2}}|:)")
"""The place a story was filed from, opening its first line: "MADRID/LISBON, Oct 2 —", "SEOUL -"."""


def _in_a_heading_in_capitals(text: str, mention: Mention) -> bool:
    """ "SECTION 9: PRINCIPAL SHAREHOLDERS AND THE SELLING SHAREHOLDER", "NATURE OF THE MEASURES": a report's
    heading in capitals names no one, unless the name is known or written elsewhere in the story."""
    if mention.ref is not None:
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    words = [w for w in re.findall(r"[^\W\d_]+", line)]
    in_capitals = len(words) >= 3 and line.isupper()
    numbered = bool(NUMBERED_HEADING.match(line)) and " " not in mention.text and len(words) <= 10
    if not in_capitals and not numbered:
        return False
    return _times_written_as_a_name(text, mention.text) == 1


NUMBERED_HEADING = re.compile(r"\s*\d+(?:\.\d+)*\.?\s+[^\W\d_][^.:;!?]*$")
"""A numbered section heading on a line of its own: "4.3 Indebtedness and technical dependence"."""


def _times_written_as_a_name(text: str, name: str) -> int:
    """How often the words are written with a capital (a heading's "INTERESTS" is no name where the story writes "interests")."""
    return sum(1 for m in re.finditer(re.escape(name), text, flags=re.IGNORECASE) if m.group()[:1].isupper())


LEADING_LABEL = re.compile(r"(?:Q\d+|[kMG]Wh?|kV)\s+")
"""What the model may run into a name's start: a question's number, a unit of power ("the 87 MW Khobi cascade")."""


def _without_leading_label(mention: Mention) -> Mention:
    """ "Q3 Callum Breckenridge:" (a committee transcript numbers its questions before the speaker's name),
    "87 MW Khobi": the name starts after the label; "Q2 Chair" is a post, no name."""
    label = LEADING_LABEL.match(mention.text)
    if label is None or label.end() >= len(mention.text):
        return mention
    rest = mention.text[label.end() :]
    return replace(mention, start=mention.start + label.end(), text=rest, type=None if rest.lower() in POST_WORDS else mention.type)


def _ends_as_a_dateline(text: str, match: re.Match) -> bool:
    """ "SEOUL, 11 March 2026 —", "TIRANA, Albania, April 8 —": after a comma a dateline goes on to its dash;
    "SOCAR, the state oil company of Azerbaijan, has bid" is a name in capitals opening a sentence."""
    if not match.group().rstrip().endswith(","):
        return True
    rest = text[match.end() : match.end() + 40].split("\n")[0]
    return bool(re.search(r"\s(?:—|–|-{1,2}|:)\s", rest))


def _with_hyphenated_parts(doc: Doc, mention: Mention, reference: Reference) -> Mention:
    """ "Samruk-Kazyna" where the model tagged only "Kazyna": a capitalised word glued on by a hyphen
    is part of the name (not a country: "Russia-Ukraine" joins two)."""
    if mention.ref is not None or mention.type == "country":
        return mention
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return mention
    start, end = span.start, span.end

    def glued_name_word(hyphen: int, word: int) -> bool:
        return (
            0 <= word < len(doc) and doc[hyphen].text == "-" and not doc[min(hyphen, word)].whitespace_ and not doc[hyphen].whitespace_
            and doc[word].is_alpha and doc[word].text[:1].isupper() and not reference.country(doc[word].text)
        )

    while start >= 2 and glued_name_word(start - 1, start - 2):
        start -= 2
    while end + 1 < len(doc) and glued_name_word(end, end + 1):
        end += 2
    if (start, end) == (span.start, span.end):
        return mention
    return replace(mention, start=doc[start].idx, end=doc[end - 1].idx + len(doc[end - 1]), text=doc[start:end].text)


MINISTRY_WORDS = {"ministry", "minister", "department", "secretary", "secretariat"}


def _whole_ministry_name(doc: Doc, mention: Mention) -> Mention:
    """ "the Ministry of Fisheries and Marine Resources", "the Ministry of Trade, Industry and Fisheries": a
    portfolio of several words the model cut at "and" or the comma. The words after it join only where the
    story never names them on their own (so "the Ministry of Finance and Varden Energi signed" stays two)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or mention.type not in {"public_body", "company", "organization"} or mention.ref is not None:
        return mention
    start = span.start
    back = start - 1
    while back > start - 8 and back >= 1 and (doc[back].is_title and doc[back].is_alpha or doc[back].text in {",", "and", "&"}) and doc[back].lower_ != "of":
        back -= 1  # "The Minister of Fisheries and" + "Marine Resources": the model tagged the portfolio's last words only
    joined_on = any(t.text in {",", "and", "&"} for t in doc[back : span.start])
    if back >= 1 and doc[back].lower_ == "of" and doc[back - 1].lower_ in MINISTRY_WORDS and doc[back - 1].is_title and (not joined_on or _only_in_lists(span.text, text_of(doc))):
        start = back - 1
    words = [t.lower_ for t in doc[start : span.end] if t.lower_ != "the"]
    if len(words) < 3 or words[0] not in MINISTRY_WORDS or words[1] != "of":
        return mention
    end = span.end
    while end + 1 < len(doc) and doc[end].text in {",", "and", "&"} and doc[end + 1].is_title and doc[end + 1].is_alpha:
        last = end + 1
        while last + 1 < len(doc) and doc[last + 1].is_title and doc[last + 1].is_alpha:
            last += 1
        added = doc[end + 1 : last + 1].text
        if not _only_in_lists(added, text_of(doc)):
            break  # named on its own elsewhere: another entity
        end = last + 1
        if doc[end - 1 - len(added.split())].text != ",":
            break  # "and" closes the list
    if (start, end) == (span.start, span.end):
        return mention
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    return replace(mention, start=first, end=last, text=text_of(doc)[first:last], type="public_body")


def _joined_body_lists(doc: Doc, candidates: list[Mention]) -> list[Mention]:
    """ "the Rwanda Mines, Petroleum and Gas Board": a body named for a list of its fields, which the model
    cuts at the comma into "Rwanda Mines" and "Petroleum and Gas Board"."""
    joined = []
    for last in candidates:
        words = last.text.split()
        span = doc.char_span(last.start, last.end, alignment_mode="expand")
        if span is None or len(words) < 3 or words[-1].lower() not in PUBLIC_BODY_HEADS | {"board"} or " and " not in last.text or span.start < 2 or doc[span.start - 1].text != ",":
            continue
        start = span.start - 1
        while start - 1 >= span.sent.start and doc[start - 1].is_title and doc[start - 1].is_alpha and doc[start - 1].lower_ != "the" and span.start - start < 5:
            start -= 1
        if start < span.start - 1:
            first = doc[start].idx
            joined.append(Mention(first, last.end, text_of(doc)[first : last.end], "public_body", None, last.label))
    return candidates + joined


def _only_in_lists(words: str, text: str) -> bool:
    """Whether every use of the words follows "and", "&" or a comma, as the last items of a portfolio do."""
    return len(re.findall(rf"(?:,|\band|&)\s+{re.escape(words)}\b", text)) == len(re.findall(rf"\b{re.escape(words)}\b", text))


def _joined_at_particles(doc: Doc, candidates: list[Mention]) -> list[Mention]:
    """ "Sonhos do Cuanza", "Caixa Geral de Depósitos": two names either side of a particle are one name
    (the model often tags the parts apart, or one of them only)."""
    by_start = {m.start: m for m in candidates if m.type != "country"}
    joined = []
    for first in candidates:
        if first.type == "country" or first.ref is not None:
            continue
        after = doc.char_span(first.start, first.end, alignment_mode="expand")
        if after is None or after.end + 1 >= len(doc) or doc[after.end].lower_ not in NAME_PARTICLES:
            continue
        following = doc[after.end + 1]
        second = by_start.get(following.idx)
        if second is None or second.ref is not None:
            continue
        kind = second.type if first.type == "person" else first.type
        label = second.label if first.label == "PROPN" else first.label  # as trusted as the better-trusted part
        joined.append(Mention(first.start, second.end, text_of(doc)[first.start : second.end], kind, None, label, first.by_use or second.by_use))
    starts = {m.start for m in candidates}
    for second in candidates:
        span = doc.char_span(second.start, second.end, alignment_mode="expand")
        if span is None or span.start < 2 or doc[span.start - 1].lower_ not in NAME_PARTICLES:
            continue
        if second.type == "country" and _firm_of_the_country(doc, span.start - 2):
            first = _name_words_before(doc, span.start - 1, starts)  # "Électricité du Laos", "Société Nationale des Pétroles du Congo"
            words = {t.lower_ for t in doc[first : span.start]}
            kind = "public_body" if words & (PUBLIC_BODY_WORDS | {"agence", "ministère", "office", "autorité", "banque"}) - {"national", "state", "federal", "central", "reserve", "fund"} else "company"
            joined.append(Mention(doc[first].idx, second.end, text_of(doc)[doc[first].idx : second.end], kind, None, "PROPN"))
            continue
        if second.type == "country" or second.ref is not None:
            continue
        start = span.start - 1  # "Sonhos do" + "Cuanza": capitalised words the model left out before the particle
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and not doc[start - 1].ent_type_ and doc[start - 1].idx not in starts:
            start -= 1
        if start < span.start - 1:
            first = doc[start].idx
            joined.append(Mention(first, second.end, text_of(doc)[first : second.end], second.type, None, second.label, second.by_use))
    return candidates + joined


def _firm_of_the_country(doc: Doc, word: int) -> bool:
    """Whether a country after a particle ends a firm's name in another language: the word before the
    particle is a capitalised name word the model put in no person ("Électricité du Laos", not "Charles de France")."""
    token = doc[word]
    return token.is_title and token.is_alpha and token.ent_type_ != "PERSON" and token.pos_ in {"PROPN", "NOUN", "ADJ"} and not token.is_sent_start


def _name_words_before(doc: Doc, particle: int, starts: set[int]) -> int:
    """Where the capitalised words before a particle start ("Société Nationale des Pétroles du"), at most five."""
    start = particle
    while start > 0 and particle - start < 6 and (doc[start - 1].is_title or doc[start - 1].lower_ in NAME_PARTICLES) and not doc[start - 1].is_sent_start and doc[start - 1].idx not in starts:
        start -= 1
    while doc[start].lower_ in NAME_PARTICLES:
        start += 1
    return start


def _outside_dateline(text: str, mention: Mention) -> Mention | None:
    """A name in capitals inside the dateline names where the story was filed, not an actor in it;
    a name the model ran on from the dateline ("AMSTERDAM - Lindeboom Foods") starts after it."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    match = DATELINE.match(text, line_start)
    if not match or mention.start >= match.end() or not _ends_as_a_dateline(text, match):
        return mention
    if mention.end <= match.end():
        return None if mention.text.isupper() else mention
    start = match.end() + len(text[match.end() : mention.end]) - len(text[match.end() : mention.end].lstrip())
    if not text[line_start : match.end()].strip(" ,—–-:").isupper():
        return mention
    return replace(mention, start=start, text=text[start : mention.end])


def _reference_mentions(doc: Doc, reference: Reference, matcher) -> list[Mention]:
    out = []
    for _, start, end in matcher(doc):
        span = doc[start:end]
        entry = reference.lookup(span.text)
        if entry is None or not _looks_like_name(span):
            continue
        if entry.type == "country" and (_is_adjective_use(span) or _inside_a_longer_place_name(span, reference)):
            continue
        if entry.type in {"organization", "company"} and end < len(doc) and doc[end].pos_ == "PROPN" and reference.country(doc[end].text):
            chapter = doc[start : end + 1]  # "Transparency International Kenya", "Greenpeace Brazil": a national branch, another body
            out.append(Mention(chapter.start_char, chapter.end_char, chapter.text, entry.type, None, "reference"))
            continue
        out.append(Mention(span.start_char, span.end_char, span.text, entry.type, entry, "reference"))
    return out


def _inside_a_longer_place_name(span: Span, reference: Reference) -> bool:
    """ "Jersey" in "New Jersey", "Niger" in "Niger Delta": a country's name glued to another capitalised name."""
    doc = span.doc
    neighbours = [doc[span.start - 1]] if span.start > 0 else []
    if span.end < len(doc) and doc[span.end].lower_ not in PUBLIC_BODY_WORDS | BUSINESS_WORDS | ORGANIZATION_WORDS:
        neighbours.append(doc[span.end])  # but "US Department of Energy": the country names the body's state
    return any(
        t.pos_ == "PROPN" and t.is_title and not reference.country(t.text) and t.lower_ not in HONORIFICS | TITLE_WORDS | WEEK_AND_MONTHS
        for t in neighbours
    )


def _looks_like_name(span: Span) -> bool:
    """A reference alias found in lower case ("ant", "apple") is a word, not the name."""
    return any(t.text[:1].isupper() or t.text[:1].isdigit() for t in span)


def _is_adjective_use(span: Span) -> bool:
    """ "Chinese" in "Chinese billionaire" describes; it does not name the country."""
    return len(span) == 1 and span[0].pos_ == "ADJ" or span[0].ent_type_ == "NORP"


def _government_mentions(doc: Doc, reference: Reference) -> list[Mention]:
    """ "the Chinese government", "CCP regulators", "Russian authorities", and "Beijing" as an actor."""
    out = []
    for token in doc:
        lower = token.lower_
        state_of = _state_of_a_country(doc, token, reference)
        if state_of is not None:
            out.append(state_of)  # "the State of Georgia", "the State of Kuwait": the country acting as owner
        elif lower in GOVERNMENT_NOUNS and token.i > 0:
            start = token.i - 1
            heads_its_phrase = lower in {"government", "authorities"} or lower == "state" and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr"}
            if heads_its_phrase and token.is_lower and token.i > 1 and doc[start].text in POSSESSIVE:
                start -= 1  # "Croatia's government", "Denmark's state has never been a shareholder" (not "Denmark's state broadcaster")
            country = _country_of_modifier(doc[start], reference)
            if country is None:
                continue
            whole = _whole_place_name(doc, start)
            if whole.start < start:  # "New Jersey regulators", "American Samoa officials": the whole name decides
                country = reference.country(whole.text)
                if country is None:
                    continue
                start = whole.start
            ends_the_name = token.i + 1 == len(doc) or not doc[token.i + 1].is_title  # not "Turkmen State Freight Enterprise"
            demonym = token.text == "State" and ends_the_name and country.name.lower() != doc[start].lower_  # "the Mozambican State" of a filing, tagged a name
            if lower in {"state", "leadership"} and doc[start].pos_ != "ADJ" and doc[start].ent_type_ != "NORP" and doc[start + 1].text not in POSSESSIVE and not demonym:
                continue
            span = doc[start : token.i + 1]
            gov = country.government
            out.append(Mention(span.start_char, span.end_char, span.text, "public_body", gov, "government"))
        elif token.ent_type_ == "GPE" and token.pos_ == "PROPN":
            country = reference.capital_of(token.text)
            place = token.dep_ == "pobj" and token.head.lower_ in CAPITAL_NOT_ACTOR or token.dep_ in {"compound", "nmod", "amod", "npadvmod"} or _ends_an_address_line(doc[token.i : token.i + 1])
            if country and not place:
                gov = country.government
                out.append(Mention(token.idx, token.idx + len(token), token.text, "public_body", gov, "government"))
    return out


BODY_HEADS = {
    "ministry", "department", "regulator", "parliament", "presidency", "cabinet", "agency", "commission", "treasury",
    "army", "navy", "legislature", "senate", "assembly", "authority", "watchdog", "court", "bureau", "prosecutor",
}
"""Words that make "China's commerce ministry" or "the government of Lower Saxony" a public body."""
LOCAL_GOVERNMENT_WORDS = {"city", "state", "provincial", "province", "regional", "local", "municipal", "federal", "county", "district"}


def _described_state_bodies(doc: Doc, reference: Reference) -> list[Mention]:
    """Public bodies named by description: "China's commerce ministry", "Iran's foreign ministry"
    (the reference entry where one is known as "Chinese commerce ministry"), and "the city
    government of Wenzhou", "the government of Lower Saxony"."""
    out = []
    for head in doc:
        lower = head.lower_
        if _names_the_military(head):
            start = head.i - 1 if lower == "forces" else head.i
            out.append(Mention(doc[start].idx, head.idx + len(head), doc[start : head.i + 1].text, "public_body", None, "description-name"))
            continue
        if lower == "general" and head.i > 0 and doc[head.i - 1].lower_ in {"prosecutor", "attorney", "auditor", "procurator", "comptroller"}:
            lower = "prosecutor"  # "Kyrgyzstan's prosecutor general": an office of state
        elif lower == "fund" and head.is_lower and any(t.lower_ in {"sovereign", "wealth", "pension", "state", "state-owned"} for t in head.lefts):
            lower = "fund"  # "Kuwait's sovereign wealth fund"
        elif head.pos_ not in {"NOUN", "PROPN"} or not head.is_lower or lower not in BODY_HEADS | {"government", "administration", "bank"}:
            continue
        modifiers = [t for t in head.lefts if t.dep_ in {"compound", "amod"} and t.i < head.i and not t.text[:1].isupper()]
        start = modifiers[0].i if modifiers and all(doc[i].dep_ in {"compound", "amod"} for i in range(modifiers[0].i, head.i)) else head.i
        words = [t.lower_ for t in doc[start : head.i]]
        if lower == "bank" and "central" not in words:
            continue
        if _in_apposition_to_a_name(head):
            continue  # "CADE, Brazil's antitrust regulator,": the name says which body
        owner = _poss_country(head, reference)
        if owner is not None and lower not in {"government", "administration"}:
            span = doc[start : head.i + 1]
            entry = next((reference.lookup(f"{adjective} {span.text}") for adjective in owner.adjectives if reference.lookup(f"{adjective} {span.text}")), None)
            name = entry.name if entry else _named_elsewhere(span) or span.text
            out.append(Mention(span.start_char, span.end_char, name, "public_body", entry, "government" if entry else "description-name"))
            continue
        place = _of_place(head)
        if lower == "ministry" and words and place is None and any(c.dep_ in {"det", "amod"} and c.lower_ in {"the", "its"} or c.ent_type_ == "NORP" for c in head.children):
            span = doc[start : head.i + 1]  # "the finance ministry said", "the Kyrgyz finance ministry": a ministry by its portfolio
            out.append(Mention(span.start_char, span.end_char, span.text, "public_body", None, "description-name"))
            continue
        if lower in {"government", "administration"} and place is not None and (words and words[0] in LOCAL_GOVERNMENT_WORDS or reference.country(place.text) is None):
            span = doc[start : place.end]
            out.append(Mention(span.start_char, span.end_char, span.text, "public_body", None, "description-name"))
        elif lower in {"government", "administration"} and place is None and words and words[0] in LOCAL_GOVERNMENT_WORDS - {"federal"} and _place_name_before(doc, start, reference):
            span = doc[_place_name_before(doc, start, reference) : head.i + 1]  # "the Jiangsu provincial government"
            out.append(Mention(span.start_char, span.end_char, span.text, "public_body", None, "description-name"))
        elif lower not in {"government", "administration"} and place is not None and reference.country(place.text) is not None:
            country = reference.country(place.text)  # "the central bank of Kazakhstan", "the energy ministry of Chile"
            described = doc[start : head.i + 1].text
            entry = next((reference.lookup(f"{adjective} {described}") for adjective in country.adjectives if reference.lookup(f"{adjective} {described}")), None)
            span = doc[start : head.i + 1]
            out.append(Mention(span.start_char, span.end_char, entry.name if entry else span.text, "public_body", entry, "government" if entry else "description-name"))
    return out


def _place_name_before(doc: Doc, start: int, reference: Reference) -> int | None:
    """Where the capitalised place name right before `start` begins, if it is no country's ("Jiangsu", "Lower Saxony")."""
    first = start
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper() and start - first < 3:
        first -= 1
    if first == start or reference.country(doc[first:start].text) is not None:
        return None
    return first


def _names_the_military(head: Token) -> bool:
    """ "the army", "the armed forces", "the military" of a story: a state body that owns and runs firms in many states."""
    if head.pos_ != "NOUN" or head.dep_ in {"compound", "amod"} or not head.is_lower:
        return False
    if head.lower_ == "forces" and head.i > 0 and head.doc[head.i - 1].lower_ == "armed":
        determined = head.doc[head.i - 1]
    elif head.lower_ in {"army", "military"}:
        determined = head
    else:
        return False
    return any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "its", "their"} or c.dep_ == "poss" for c in (*head.children, *determined.children))


def _in_apposition_to_a_name(head: Token) -> bool:
    if head.dep_ == "appos" and _looks_like_a_name(head.head):
        return True
    return any(c.dep_ == "appos" and _looks_like_a_name(c) for c in head.children)


def _looks_like_a_name(token: Token) -> bool:
    """A proper noun, or an acronym the tagger took for a common noun ("CADE, Brazil's antitrust regulator")."""
    return token.pos_ == "PROPN" or token.is_upper and len(token) > 1


def _named_elsewhere(description: Span) -> str | None:
    """The proper name in the document that carries every word of a description ("market regulator":
    "State Administration for Market Regulation"), words compared by their first six letters."""
    stems = {t.lower_[:6] for t in description}
    for ent in description.doc.ents:
        if ent.label_ == "ORG" and stems <= {t.lower_[:6] for t in ent}:
            return _trim(ent).text if _trim(ent) is not None else None
    return None


def _poss_country(head: Token, reference: Reference):
    """The country of "China's" in "China's commerce ministry"."""
    for child in head.lefts:
        if child.dep_ == "poss":
            name = _name_ending_at(child)
            return reference.country(name.text)
    return None


def _name_ending_at(token: Token) -> Span:
    """The whole proper name a token ends ("Saudi Arabia" for "Arabia")."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        start -= 1
    return doc[start : token.i + 1]


def _of_place(head: Token) -> Span | None:
    """The proper name after "government of": "Lower Saxony", "Wenzhou"."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.rights:
                if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                    return _name_ending_at(pobj)
                names = [c for c in pobj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
                if pobj.dep_ == "pobj" and pobj.lower_ in {"province", "region", "state", "city", "county", "district", "municipality", "prefecture", "oblast", "governorate"} and names:
                    return head.doc[names[0].i : pobj.i + 1]  # "the government of Yunnan province"
    return None


def _family_mentions(doc: Doc) -> list[Mention]:
    """ "the Ferraz family", "the Porsche and Piëch families": a family named for its surname acts as one owner."""
    out: list[Mention] = []
    if "famil" not in text_of(doc).lower():
        return out
    for token in doc:
        if token.lower_ == "family" and token.i > 0 and doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].dep_ == "compound":
            name = _name_ending_at(doc[token.i - 1])
            span = doc[name.start : token.i + 1]
            out.append(Mention(span.start_char, span.end_char, span.text, "organization", None, "family"))
        elif token.lower_ == "families":
            names = [c for c in token.lefts if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"]
            for name in [n for first in names for n in (first, *first.conjuncts) if n.pos_ == "PROPN"]:
                span = _name_ending_at(name)  # each named family is its own owner, not the firm of that name
                out.append(Mention(span.start_char, span.end_char, f"{span.text} family", "organization", None, "family"))
    return out


def _state_of_a_country(doc: Doc, token: Token, reference: Reference) -> Mention | None:
    """ "the State of Georgia", "the State of Kuwait": a filing's name for the country itself."""
    if token.text != "State" or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "of":
        return None
    end = token.i + 2
    while end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN" and end - token.i < 5:
        end += 1  # "Equatorial Guinea"
    country = reference.country(doc[token.i + 2 : end + 1].text)
    entry = reference.lookup(country.name) if country is not None else None
    if entry is None:
        return None
    return Mention(token.idx, doc[end].idx + len(doc[end]), doc[token.i : end + 1].text, entry.type, entry, "state of")


def _whole_place_name(doc: Doc, end: int) -> Span:
    """The capitalised words that end at `end` ("New Jersey", "American Samoa"), at most three."""
    start = end
    while start > 0 and end - start < 2 and _continues_a_name(doc[start - 1], doc[start]):
        start -= 1
    return doc[start : end + 1]


def _continues_a_name(word: Token, next_word: Token) -> bool:
    """A capitalised word that belongs to the name the next word is in ("New" of "New Jersey")."""
    return word.text[:1].isupper() and (word.pos_ == "PROPN" or word.ent_iob_ == "I" or next_word.ent_iob_ == "I")


def _country_of_modifier(token: Token, reference: Reference):
    country = reference.country(token.text)
    if country is not None:
        return country
    entry = reference.lookup(token.text)
    if entry is not None and entry.country and "ruling_party" in entry.roles:
        return reference.country_by_code(entry.country)
    return None


HANDLE = re.compile(r"@([A-Z][a-z]+)([A-Z][a-z]+)\b")
DOMAIN = re.compile(r"\b([A-Z][A-Za-z]+)\.(?:com|net|org|co\.uk)\b")


def _handle_mentions(doc: Doc) -> list[Mention]:
    """ "@EricJhonsa" is a person's handle; "TheStreet.com" a company's site."""
    out = []
    for m in HANDLE.finditer(text_of(doc)):
        out.append(Mention(m.start() + 1, m.end(), m.group(0)[1:], "person", None, "handle"))
    for m in DOMAIN.finditer(text_of(doc)):
        out.append(Mention(m.start(1), m.end(1), m.group(1), "company", None, "domain"))
    return out


SPEAKER_LABEL = re.compile(r"^[ \t]*(?P<name>[^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+){1,3})[ \t]*(?:\([^)\n]{1,60}\))?[ \t]*:", re.MULTILINE)
"""A transcript's turn that opens with the speaker's full name in capitals: "PIOTR ŁASZEWSKI (Chairman):"."""
LABEL_TITLES = {"mr", "mrs", "ms", "dr", "madam", "mister", "hon", "senator", "congressman", "congresswoman", "minister", "chairman", "chairperson", "chair", "president", "the", "judge", "justice", "general", "deputy"}
"""Words a label may open with before the name ("SENATOR MAKALINTAL:"): then the name is one word, left to the turn reader."""


def _speaker_label_mentions(doc: Doc) -> list[Mention]:
    """ "MARTA KIEŁCZEWSKA (Harbourline Securities): Two questions ...": the model reads no name in
    capitals, but only a person speaks a turn of a transcript."""
    out = []
    for label in SPEAKER_LABEL.finditer(text_of(doc)):
        words = label.group("name").split()
        if not label.group("name").isupper() or words[0].lower().rstrip(".") in LABEL_TITLES or any(w.lower() in BOARD_NAME_WORDS | {"operator", "moderator", "host", "speaker"} for w in words):
            continue
        out.append(Mention(label.start("name"), label.end("name"), label.group("name"), "person", None, "turn label", by_use=True))
    return out


def _joined_pieces(doc: Doc, reference: Reference) -> list[Span]:
    """The model's entities, with a name it cut into touching pieces of different labels made whole
    again ("Prva" ORG + "Primorska Banka" PERSON, "Jadran" GPE + "Azur Gradnja" + "d.o.o."): pieces
    that are one chain of proper nouns, each word a compound of a later one, the last the head."""
    joined: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in NER_LABELS and len(ent) > 1 and (ent[-1].lower_.rstrip(".") in LEGAL_FORMS or ent[-1].text in DOTTED_LEGAL_FORMS):
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "Mistpeak Ltd" the model called an event
        previous = joined[-1] if joined else None
        national_arm = (
            previous is not None and previous.end == ent.start and len(ent) == 1 and reference.country(ent.text) is not None
            and reference.country(previous.text) is None and previous.label_ in {"ORG", "GPE", "PERSON"}
            and doc[previous.end - 1].dep_ == "compound" and doc[previous.end - 1].head.i == ent.start
        )  # "Telvia Portugal", "Vodafone Egypt": a firm's national arm
        surname_after = (
            previous is not None and previous.end == ent.start and previous.label_ == "PERSON" and ent[0].lower_ in SURNAME_PARTICLES
            and ent[-1].lower_ not in BUSINESS_WORDS | PUBLIC_BODY_HEADS | ORGANIZATION_WORDS
        )  # "Talal" PERSON + "Al-Khamees" ORG: one man's name
        cut_at_of = (
            previous is not None and previous.end == ent.start and doc[previous.end - 1].lower_ in {"of", "for"} and len(previous) > 1
            and doc[previous.end - 2].lower_ in ORG_HEADS_TAKING_OF
        )  # "Provincial Municipality of" + "Talara": the model cut the name after its "of"
        if national_arm or cut_at_of:
            joined[-1] = Span(doc, previous.start, ent.end, label="ORG")
        elif surname_after:
            joined[-1] = Span(doc, previous.start, ent.end, label="PERSON")
        elif previous is not None and previous.end == ent.start and _one_name(doc[previous.start : ent.end], reference):
            labels = {previous.label_, ent.label_}
            label = "ORG" if "ORG" in labels else ent.label_
            joined[-1] = Span(doc, previous.start, ent.end, label=label)
        else:
            joined.append(ent)
    return joined


def _one_name(span: Span, reference: Reference) -> bool:
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span) or any(reference.country(t.text) for t in span):
        return False
    head = span[-1]
    return all(t.dep_ == "compound" and t.i < t.head.i <= head.i for t in span[:-1]) and span.root.i == head.i


def _ner_mentions(ent: Span, reference: Reference) -> list[Mention]:
    out = []
    for part in _clean_parts(ent):
        if len(part) == 1 and reference.lookup(part.text) is None and reference.country(part.text):
            continue  # "Kazakh" in "Kazakh fertiliser producer": a nationality the model took for a name
        if len(part) == 1 and part[0].is_sent_start and reference.lookup(part.text) is None and _written_in_lower_case(part[0]):
            continue  # "Coal is Mongolia's largest export" where the story also writes "coal": a word, not a name
        entry = reference.lookup(part.text)
        if entry is not None:
            if entry.type == "country" and _is_adjective_use(part):
                continue
            out.append(Mention(part.start_char, part.end_char, part.text, entry.type, entry, "reference"))
            continue
        label = part.label_ or ent.label_
        if _names_a_place(part) or _a_city_in_a_place_slot(part, reference):
            continue  # "a plant at Mundra", "near Toulouse", "a Tampere engineering group": a place the model took for a name
        etype = _type_from_words(part, label, reference)
        by_use = label == "PERSON" and etype != "person" and etype is not None or label in {"GPE", "LOC", "FAC"} and etype == "company"
        by_use = by_use or etype == "person" and (_context_type(part) == "person" or _followed_by_who(part))  # "Kittipong is a deputy leader", "Arteaga, who ..."
        if label == "PERSON" and etype == "person" and _used_as_organisation(part) and _context_type(part) != "person":
            etype, by_use = "company", True
        if etype:
            out.append(Mention(part.start_char, part.end_char, part.text, etype, None, label, by_use))
    return out


def _written_in_lower_case(token: Token) -> bool:
    """Whether the document also writes this word in lower case, as a common word."""
    doc = token.doc
    if "lower_case_words" not in doc.user_data:
        doc.user_data["lower_case_words"] = {t.text for t in doc if t.is_lower}
    return token.lower_ in doc.user_data["lower_case_words"]


SITE_NOUNS = {
    "plant", "terminal", "port", "mine", "factory", "site", "refinery", "venture", "project", "field", "fields", "concession",
    "district", "region", "province", "city", "town", "village", "area", "garage", "workshop", "shipyard", "facility",
    "warehouse", "smelter", "farm", "farms", "deposit", "operations", "office", "offices", "headquarters", "branch",
}
"""Places things are at: "a plant at Mundra", "a venture in Sonora", "offices in Lusaka"."""


MONEY_AND_STAKE_WORDS = {
    "stake", "stakes", "share", "shares", "interest", "interests", "holding", "holdings", "investment", "investments", "position",
    "money", "capital", "equity", "invest", "put", "pour", "inject", "sink", "buy", "acquire", "purchase", "merge", "participate",
    "lend", "loan", "loans", "borrow", "credit", "bid", "offer", "sell", "receive", "raise", "exposure", "role", "say",
}
"""Heads of "in X" / "from X" where X is a business ("a stake in X", "bought it from X"), not a place."""


def _a_place_by_its_slot(doc: Doc, mention: Mention) -> bool:
    """A name the model called a firm or a person where only a place fits: "households in Pleven", "a jade
    miner in Kachin State", "founded in Hamilton in 1974", "five items from Maputo to Tallinn"."""
    if mention.ref is not None or mention.label not in {"ORG", "PERSON", "GPE", "LOC", "FAC", "PROPN"} or mention.type != "company":
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) > 3 or {t.lower_ for t in span} & (BUSINESS_WORDS | ORGANIZATION_WORDS | PUBLIC_BODY_WORDS) or is_legal_form(span[-1]):
        return False
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in {"in", "near", "between", "from", "outside"} or any(c.dep_ in {"appos", "poss"} for c in root.children):
        return False
    holder = root.head.head
    if holder.lemma_.lower() in MONEY_AND_STAKE_WORDS or holder.lower_ in MONEY_AND_STAKE_WORDS:
        return False
    if root.head.lower_ == "from" and holder.pos_ in {"VERB", "AUX"}:
        return False  # "bought it from Redwater", "heard from Ofcom": a party
    return not any(t.lower_ == span[0].lower_ and t.i not in range(span.start, span.end) and t.dep_ in {"nsubj", "dobj", "poss"} for t in doc)


def _names_a_place(span: Span) -> bool:
    """A one-word name where only a place fits: after "near", or after "in"/"at" hung on a site ("a terminal at X")."""
    root = span.root
    if len(span) != 1 or root.dep_ != "pobj" or root.head.dep_ != "prep" or any(c.dep_ == "appos" for c in root.children):
        return False
    prep = root.head.lower_
    return prep in {"near", "outside"} or prep in {"in", "at"} and root.head.head.lemma_.lower() in SITE_NOUNS


CITY_PREPOSITIONS = {"in", "at", "near", "from", "outside", "across", "around", "throughout", "into", "to"}


def _a_city_in_a_place_slot(span: Span, reference: Reference) -> bool:
    """A known city's or region's name where a place stands: "based in Limassol", "a Delft photonics developer",
    "the Odense-based maker", "Novi Sad, Serbia". Elsewhere the name may be a firm's or a person's."""
    if reference.place_country(span.text) is None and reference.capital_of(span.text) is None:
        return False
    root, doc = span.root, span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text == "," and span.end + 1 < len(doc) and (doc[span.end + 1].text[:1].isdigit() or doc[span.end + 1].lower_ in WEEK_AND_MONTHS):
        return True  # "Windhoek, 30 June 2025": where a report was signed
    if root.dep_ == "pobj" and root.head.lower_ in CITY_PREPOSITIONS:
        holder = root.head.head
        return not (root.head.lower_ == "from" and holder.pos_ in {"VERB", "AUX"}) and holder.lemma_.lower() not in MONEY_AND_STAKE_WORDS  # not "bought it from X", "a stake in X"
    if root.dep_ in {"compound", "nmod", "amod"} and root.head.pos_ == "NOUN" and root.head.i > root.i:
        return True  # "a Limassol accountant"
    placed = {"based", "listed", "registered", "headquartered"}  # "the Odense-based maker", "the Casablanca-listed operator"
    if after is not None and (after.text == "-" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in placed or after.lower_.lstrip("-") in placed and after.lower_.startswith("-")):
        return True
    if _ends_an_address_line(span):
        return True
    return after is not None and after.text == "," and span.end + 1 < len(doc) and reference.country(doc[span.end + 1].text) is not None


def _ends_an_address_line(span: Span) -> bool:
    """ "Singha Durbar, Kathmandu": a place after a comma that ends its line."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].text == "," and (span.end == len(doc) or "\n" in doc[span.end].text)


def _extend(ent: Span) -> Span:
    """Take in what the model left out of a name: the first name of "Alexei Miller" where it
    tagged "Miller", the rest of "the Federal Agency for State Property Management"."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if ent.label_ == "PERSON":
        while start > 0 and _bare_name_word(doc[start - 1]):
            start -= 1
        while end < len(doc) and _bare_name_word(doc[end]):
            end += 1
    if ent.label_ in {"GPE", "LOC", "ORG"} and start > 0 and doc[start - 1].lower_ in PLACE_PREFIXES and doc[start - 1].is_title and not doc[start - 1].ent_type_:
        start -= 1  # "Lower Saxony", "North Rhine"
    joint = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
    if ent.label_ == "ORG" and joint >= 1 and doc[joint].lower_ in {"for", "of"} and doc[joint - 1].is_title and doc[joint - 1].lower_ in ORG_HEADS_TAKING_OF:
        start = joint - 1  # "Foundation for the" + "Energy Future of Northern Hungary": the model began after the body's head
        while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_sent_start:
            start -= 1
    if ent.label_ == "ORG" and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end:
        head = doc[end - 1].head.i  # "Norvik" + "Timber": the model stopped before the noun its name qualifies
        if all(_bare_name_word(doc[i]) and doc[i].is_alpha for i in range(end, head + 1)):
            end = head + 1
    if ent.label_ in {"ORG", "PERSON"} and start > 0 and _bare_name_word(doc[start - 1]) and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end:
        start -= 1  # "Prva" + "Primorska Banka": the model began the name a word late
    elif ent.label_ in {"ORG", "PERSON"} and start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in ORGANIZATION_WORDS | FIRM_OPENING_WORDS and not doc[start - 1].ent_type_:
        start -= 1  # "Stichting" + "Ruygrok Familiebelang": the word that says what the named body is
    if [t.text for t in doc[end : end + 3]] == ["sp.", "z", "o.o."]:
        end += 3  # "Karkonosze Ciepło sp. z o.o.": the Polish limited company
    elif ent.label_ in {"ORG", "PERSON", "GPE"} and _name_words_then_form(doc, end):
        end = _name_words_then_form(doc, end)  # "Ararat" + "Pay CJSC": the model stopped before the rest of the name and its form
    elif end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text in DOTTED_LEGAL_FORMS + ("Inc.", "Ltd.", "LLC", "AG", "SA", "AS", "AB"):
        end += 2  # "Naviera Coclé, S.A.", "Istmo Port Partners, Inc.": a comma before the legal form
    elif end + 3 < len(doc) and doc[end].text == "(" and doc[end + 1].lower_ in {"pty", "pvt", "private", "proprietary"} and doc[end + 2].text == ")" and doc[end + 3].lower_.rstrip(".") in {"ltd", "limited"}:
        end += 4  # "Namsea Horse Mackerel (Pty) Ltd": the southern African private company
    elif end < len(doc) and is_legal_form(doc[end]):
        end += 1  # "Porsche SE", "Vigile SA": the legal form tells one company from another
    elif ent.label_ == "ORG" and doc[end - 1].lower_ in ORG_HEADS_TAKING_OF and end + 1 < len(doc) and doc[end].lower_ in {"for", "of", "on"}:
        stop = end + 1
        while stop < len(doc) and doc[stop].lower_ not in WEEK_AND_MONTHS and (doc[stop].pos_ == "PROPN" or doc[stop].lower_ in {"and", ","} and stop + 1 < len(doc) and doc[stop + 1].pos_ == "PROPN"):
            stop += 1
        if stop > end + 1 and doc[stop - 1].pos_ == "PROPN":
            end = stop
    if ent.label_ in {"ORG", "PERSON"} and end + 1 < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_title and any(t.lower_ in BUSINESS_WORDS or t.lower_ in FIRM_OPENING_WORDS for t in doc[start:end]):
        end += 1  # "Laticínios Vale" + "do Mucuri": a firm's name goes on after the particle
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
    if ent.label_ == "ORG" and doc[end - 1].lower_ in NAME_PARTICLES:
        # "Banco de la" + "Nación Argentina": the model stopped at the particle inside the name
        stop = end
        while stop < len(doc) and (doc[stop].text[:1].isupper() and doc[stop].pos_ == "PROPN" or doc[stop].lower_ in NAME_PARTICLES):
            stop += 1
        while stop > end and doc[stop - 1].lower_ in NAME_PARTICLES:
            stop -= 1
        end = stop
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_)


FIRM_NAME_WORDS = COMPANY_SUFFIXES - {"international", "co", "co.", "sa", "se", "ab", "as"} | {
    "trading", "capital", "ventures", "partners", "investments", "industries", "shipping", "logistics", "mining", "resources",
    "petroleum", "construction", "engineering", "textiles", "minerals", "metals", "cement", "foods", "fisheries", "nominees",
    "securities", "insurance", "telecom", "telecoms", "airlines", "airways", "pharmaceuticals", "chemicals", "commodities", "freight",
}
"""Words inside a name that no person's name has."""
FIRM_OPENING_WORDS = {
    "banca", "banco", "banque", "banka", "grupo", "gruppo", "groupe", "transportes", "transportadora", "constructora", "construtora",
    "comercializadora", "distribuidora", "agropecuaria", "agropecuária", "frigorífico", "frigorifico", "laboratorios", "inmobiliaria",
    "vinos", "bodegas", "bodega", "viñedos", "viña", "domaine", "château", "chateau", "weingut", "quinta", "hacienda", "fazenda",
    "laticínios", "laticinios", "fromageries", "laiteries", "brasseries", "ateliers", "chantiers", "compañía", "compania", "companhia", "société",
    "societe", "sociedad", "empresa", "empresas", "industrias", "inversiones", "corporación", "corporacion", "minera", "petróleos", "petroleos",
    "bourse", "boursa", "bolsa", "borsa", "börse", "borse", "burza", "bursa",
    "pivara", "pivovar", "browar", "brauerei", "cervecería", "cerveceria", "cervejaria", "rudnik", "tvornica", "fabrika",
}
"""Words that open a firm's name in other languages ("Banca Prutului", "Grupo Salinas")."""
NAME_PARTICLES = {"de", "la", "del", "da", "do", "dos", "das", "di", "du", "des", "van", "von", "der", "den", "y", "e", "el", "los", "las"}
"""Lower-case words inside names in other languages: "Banco de la Nación Argentina", "Caixa Geral de Depósitos"."""
SURNAME_PARTICLES = NAME_PARTICLES | {"al", "bin", "ben", "ibn", "bint", "binti", "abu", "ould", "le"}
"""Words inside people's names that are no name alone: "Nabhan bin Hamed Al Rawahi", "Ben Mlouka", "van Dijk"."""
NAME_JOINERS = {"of", "for", "and", "the", "&", "on"}
PLACE_PREFIXES = {"north", "south", "east", "west", "upper", "lower", "new", "greater", "central", "northern", "southern", "eastern", "western"}
LEGAL_FORMS = {
    "se", "ag", "sa", "nv", "plc", "inc", "ltd", "llc", "gmbh", "spa", "ab", "asa", "oyj", "kg", "corp", "bv", "pjsc", "ojsc", "jsc",
    "llp", "lp", "dmcc", "fze", "fzco", "fzc", "uab", "ltda", "bhd", "tbk", "kft", "zrt", "sarl", "srl", "sas", "sgps", "oy",
    "oü", "ad", "ead", "eood", "ood", "cjsc", "saoc", "saog", "qpsc", "psc", "wll", "bsc", "kk", "pty", "pte", "ep",
    "lda", "sl", "slu", "aps", "ehf", "ltée", "ltee", "sprl", "bvba", "sdn", "sae", "ooo", "tov", "pao", "zao", "oao", "doo", "dooel", "nyrt", "hf",
    "sh.a", "sh.p.k", "s.a.a", "ae", "co., ltd",
}
ORG_HEADS_TAKING_OF = {"agency", "ministry", "department", "office", "commission", "committee", "council", "institute", "association", "federation", "bank", "fund", "bureau", "authority", "administration", "service", "board", "court", "union", "league", "foundation", "centre", "center", "trust", "registrar", "registry", "register", "inspectorate", "directorate", "comptroller", "municipality", "province", "county", "district", "prefecture", "governorate", "canton"}
NOT_NAMES = {
    "act", "law", "bill", "treaty", "accord", "agreement", "war", "cup", "prize", "award", "day", "week", "road",
    "street", "avenue", "river", "sea", "ocean", "list", "index", "report", "summit", "conference", "programme",
    "program", "initiative", "strategy",
}
"""Last words of names of things that are not actors: laws, lists, events, places ("the Entity List")."""
WEEK_AND_MONTHS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    *(f"{short}{dot}" for short in ("feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec") for dot in ("", ".")),  # a dateline's "Feb 26" ("Jan", "Jun", "Mar" are also given names)
}


def _bare_name_word(token: Token) -> bool:
    glued = any(c in token.text for c in "().,;:")  # "Gonzalo).-": a turn label's end the tokenizer left whole
    return token.pos_ == "PROPN" and not token.ent_type_ and token.is_title and not glued and token.lower_ not in HONORIFICS | TITLE_WORDS | WEEK_AND_MONTHS


ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj", "attr", "dative", "agent"}


def _unlabelled_names(doc: Doc, reference: Reference) -> list[Mention]:
    """Proper nouns the model gave no label where they stand as a clause's argument ("Equinor owns ...")."""
    out = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if not _unlabelled_name_word(token):
            i += 1
            continue
        end = i
        while end < len(doc) and (_unlabelled_name_word(doc[end]) or _group_possessive(doc, end) or end > i and (is_legal_form(doc[end]) or _closing_name_word(doc[end]) or _hyphen_in_name(doc, end))):
            end += 1
        start = i
        place = doc[i - 1] if i > 0 else None
        if place is not None and place.ent_type_ in {"GPE", "LOC"} and place.pos_ == "PROPN" and place.dep_ == "compound" and i <= place.head.i < end and not reference.country(place.text):
            start = i - 1  # "Kowloon Ferry Estates", "Chongqing Lianyou Network": a city opens the firm's name
        span = doc[start:end]
        i = end
        trade_name = len(span) > 1 and (span[-1].lower_ in BUSINESS_WORDS or is_legal_form(span[-1]) or span[0].lower_ in FIRM_OPENING_WORDS)  # "Oakridge Partners", "Vahur Investeeringud OÜ", "Banco Agroquetzal", even where the parse went wrong
        acronym_type = _acronym_type(span) if len(span) == 1 and _acronym(span[0]) else None
        words_in_name = [t for t in span if t.text != "-"]
        if span.root.dep_ not in ARGUMENT_DEPS and not trade_name and not acronym_type or span[-1].lower_ in NOT_NAMES or len(words_in_name) > 4 or _is_headline(span.sent):
            continue
        if len(span) == 1 and (is_legal_form(span[0]) or span[0].lower_ in {"incorporated", "limited", "registered"}):
            continue  # "(Incorporated in the Republic of Singapore)": a form, no firm's name
        if _names_a_place(span) or _a_city_in_a_place_slot(span, reference):
            continue
        entry = reference.lookup(span.text)
        if entry is not None:
            out.append(Mention(span.start_char, span.end_char, span.text, entry.type, entry, "reference"))
            continue
        words = {t.lower_ for t in span}
        etype = acronym_type or ("organization" if words & ORGANIZATION_WORDS else "public_body" if words & PUBLIC_BODY_HEADS or words <= STATE_OFFICES or _public_by_remit(span) else "company")
        if etype == "company" and _context_type(span) in {"public_body", "product"}:
            etype = _context_type(span)  # "X, the country's sovereign wealth fund"; "its new app, X"
        if len(span.text.split()) > 1 and etype == "company" and not trade_name and not _in_corporate_slot(span):
            listed_with_a_person = span.root.dep_ == "conj" and span.root.head.ent_type_ == "PERSON" and all(t.is_title for t in span)  # "Julián Ortega and Andrés Felipe Tovar"
            if len(span) <= 3 and (_context_type(span) == "person" or listed_with_a_person):  # "Its chief executive, Enkhjargal Dorj, ..."
                out.append(Mention(span.start_char, span.end_char, span.text, "person", None, "PROPN", True))
            continue  # two capitalised words without a company word or use: a person as often as not
        out.append(Mention(span.start_char, span.end_char, span.text, etype, None, "PROPN"))
    return out


PUBLIC_REMITS = re.compile(
    r"\banti-?corruption\b|\binspectorate\b|\binspection\b|\banti-?monopoly\b|\bantimonopoly\b|\bregulatory\b|\bsupervisory authority\b"
    r"|\b(?:state|supreme|national) audit\b|\baudit office\b|\bcourt of (?:audit|auditors|accounts)\b"
    r"|\bautorit[éeà]\b|\bautoridad\b|\bautoridade\b|\bminist[èe]re\b|\bministerio\b|\bministério\b|\bsuperintend[eê]ncia\b"
    r"|\bsuperintendencia\b|\bcontralor[ií]a\b|\bprocuradur[ií]a\b|\bfiscal[ií]a\b|\bcomisi[óo]n nacional\b|\bcomissão\b"
)
"""Remits and words only a state's bodies have: "the Special Anti-Corruption Structure", "the Energy Regulatory Entity",
"the Supreme State Audit", "the Autorité de Régulation des Télécommunications"."""


def _public_by_remit(span: Span) -> bool:
    return PUBLIC_REMITS.search(span.text.lower()) is not None


def _hyphen_in_name(doc: Doc, i: int) -> bool:
    """ "Anti-Corruption" inside "the Special Anti-Corruption Structure": a hyphen between two name words."""
    return doc[i].text == "-" and doc[i].whitespace_ == "" and i + 1 < len(doc) and _unlabelled_name_word(doc[i + 1]) and doc[i - 1].whitespace_ == ""


def _name_words_then_form(doc: Doc, start: int) -> int:
    """Where a run of up to three capitalised name words from `start` ends with a legal form (0 if it does not)."""
    end = start
    while end < len(doc) and end - start < 3 and _bare_name_word(doc[end]):
        end += 1
    return end + 1 if start < end < len(doc) and is_legal_form(doc[end]) else 0


def _closing_name_word(token: Token) -> bool:
    """ "Bank", "Group", "Company" after a name word ("Aldring Bank"): no name alone, but the end of one."""
    return token.lower_ in NOT_ORGANIZATIONS and token.pos_ == "PROPN" and token.is_title and not token.ent_type_


def is_legal_form(token: Token) -> bool:
    return token.lower_.rstrip(".") in LEGAL_FORMS and token.text[:1].isupper() or token.text in DOTTED_LEGAL_FORMS


REMIT_HEADS = {
    "ministry", "commission", "agency", "authority", "office", "department", "bureau", "directorate", "inspectorate",
    "administration", "superintendency", "secretariat", "council", "committee",
}
"""Heads of state bodies named for what they do; not "Congress for the Vamos party", where a member sits for a party."""


def _bodies_named_for_their_remit(doc: Doc, reference: Reference) -> list[Mention]:
    """ "the Commission for the Protection of Competition", "the Office of the Prosecutor General": a state
    body's name that runs on through "for the", "of" and "and" after its head, which the model often misses."""
    out = []
    for head in doc:
        if not (head.is_title and head.lower_ in REMIT_HEADS and head.i + 2 < len(doc) and doc[head.i + 1].lower_ in {"for", "of", "on"}):
            continue
        end = head.i + 1
        i = end
        while i < len(doc) and (doc[i].lower_ in {"for", "of", "on", "the", "and", ","} or doc[i].is_title and doc[i].is_alpha and doc[i].lower_ not in WEEK_AND_MONTHS):
            if doc[i].lower_ == "of" and any(t.ent_type_ == "GPE" and reference.country(doc[t.i : t.i + 1].text) for t in doc[i + 1 : i + 3]):
                break  # "... Authority of Kenya": the country stays a mention of its own, of which the body is part
            if doc[i].lower_ in {"and", ","}:
                words = doc[i + 1 : i + 4]
                listed = " ".join(t.text for t in words[: next((k for k, t in enumerate(words) if not (t.is_title and t.is_alpha)), len(words))])
                if not listed or not _only_in_lists(listed, text_of(doc)):
                    break  # "the Ministry of Finance and Varden Energi": another name, met elsewhere on its own
            i += 1
            if doc[i - 1].is_title and doc[i - 1].is_alpha:
                end = i  # a name ends on a capitalised word
        if end <= head.i + 1 or all(t.ent_type_ == "ORG" for t in doc[head.i : end]):
            continue  # "Ministry of Finance" the model tagged whole: its own name does
        start = head.i
        while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and doc[start - 1].i > doc[start - 1].sent.start:
            start -= 1  # "the Financial Supervision Commission for ...": capitalised words before the head
        span = doc[start:end]
        out.append(Mention(span.start_char, span.end_char, span.text, "public_body", None, "ORG"))
    return out


PRODUCT_HEADS = {"app", "service", "platform", "brand", "range", "series", "software", "game", "browser", "chatbot", "network", "model", "phone", "smartphone", "jet", "car", "drone", "radar", "console"}


def _product_names(doc: Doc, reference: Reference) -> list[Mention]:
    """ "its Paycell payments service", "the BiP messaging app", "the Stacklite brand", "Boeing's 737 MAX
    jet": a proper name right before a word for a product names the product, whatever label the model gave it."""
    out = []
    for head in doc:
        if head.lemma_.lower() not in PRODUCT_HEADS or head.pos_ != "NOUN" or head.dep_ == "compound":
            continue  # "a Shenzhen drone maker" is about a maker
        end = head.i
        while end > 0 and doc[end - 1].is_lower and doc[end - 1].pos_ in {"NOUN", "ADJ"} and doc[end - 1].dep_ in {"compound", "amod"}:
            end -= 1  # "the BiP messaging app": the name ends before the common words
        start = end
        while start > 0 and _product_name_word(doc[start - 1], reference):
            start -= 1
        if start == end or doc[start].is_sent_start and doc[start].is_stop:
            continue
        span = doc[start:end]
        out.append(Mention(span.start_char, span.end_char, span.text, "product", None, "product"))
    return out


def _product_name_word(token: Token, reference: Reference) -> bool:
    """A word of a product's name: capitalised or a model number, not a country's adjective or a possessive."""
    if token.text in POSSESSIVE or token.is_punct or token.is_space:
        return False
    if token.like_num and token.text.isalnum():
        return True  # "737 MAX"
    return (
        token.text[:1].isupper() and token.pos_ in {"PROPN", "ADJ", "NOUN"} and token.ent_type_ not in {"GPE", "LOC"}
        and not reference.country(token.text) and token.lower_ not in HONORIFICS | TITLE_WORDS
    )


def _group_possessive(doc: Doc, i: int) -> bool:
    """The "'" of "Workers' Party" inside a name."""
    return doc[i].text in POSSESSIVE and i > 0 and doc[i - 1].lower_ in GROUP_NOUNS and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN"


def _is_headline(sent: Span) -> bool:
    """A title-case line ("Alibaba Doubles Down on Its Cloud Lead"): capitals say nothing there."""
    after = text_of(sent.doc)[sent.end_char :].lstrip(" \t")
    ends_a_line = sent.text.rstrip(" \t\xa0").endswith(("\n", "\r")) or not after or after.startswith(("\n", "\r"))
    if not ends_a_line or sent.text.rstrip().endswith("."):
        return False  # a line that goes on, or a sentence with its full stop, is no headline, however many names it has
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) / len(words) > 0.7


def _unlabelled_name_word(token: Token) -> bool:
    text = token.text
    described = _opening_word_described_as_a_firm(token)
    return (
        (token.pos_ == "PROPN" or _acronym(token) or described)
        and not token.ent_type_
        and len(text) > 1
        and (text[:1].isupper() and any(c.islower() for c in text[1:]) or text.isupper() and len(text) >= 3)
        and token.lower_ not in HONORIFICS | POST_WORDS | WEEK_AND_MONTHS | NOT_ORGANIZATIONS
        and not _currency_before_figure(token.doc[token.i : token.i + 1])
        and not any(c in "$€£¥" for c in text)  # "S$1.38"
        and not (token.is_sent_start and (token.is_stop or token.tag_ != "NNP") and not _acronym(token) and not described)
    )


def _opening_word_described_as_a_firm(token: Token) -> bool:
    """ "Petroandes, the state oil company of Ecuador, signed": a capitalised word opening a sentence that
    the tagger took for a common noun, where a description beside it says what firm or body it is."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    opens = token.is_sent_start and (previous is None or previous.is_space or previous.text in {".", "!", "?"})  # not where the parser cut a name
    if not opens or not token.is_title or token.is_stop or token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return any(
        c.dep_ == "appos" and c.lemma_.lower() in COMPANY_NOUNS | PUBLIC_BODY_HEADS and any(d.lower_ in {"the", "a", "an"} for d in c.children)
        for c in token.children
    )


NOT_ACRONYMS = {
    "ceo", "cfo", "coo", "cto", "ipo", "gdp", "lng", "esg", "llc", "plc", "ltd", "inc", "api", "atm", "vat", "ngo",
    "fdi", "etf", "spac", "agm", "egm", "led", "cpu", "gpu", "kyc", "aml", "sme", "dna", "covid", "mw", "gw", "mwh",
    "gwh", "twh", "bpd", "pm", "am", "gmt", "utc", "usb", "gps", "tv", "ev", "evs", "ai", "ok", "phd", "mba", "ceos",
}
"""Capitalised abbreviations that name no actor."""


def _currency_before_figure(span: Span) -> bool:
    doc = span.doc
    return len(span) == 1 and span[0].lower_ in CURRENCY_WORDS and span.end < len(doc) and doc[span.end].like_num


def _acronym(token: Token) -> bool:
    """ "SYRIZA", "MPLA", "BNDES": a word in capitals the model gave no name tag (it often calls them adverbs)."""
    text = token.text
    return text.isupper() and text.isalpha() and len(text) >= 3 and token.lower_ not in NOT_ACRONYMS and token.lower_ not in CURRENCY_WORDS and not token.is_stop


def _acronym_type(span: Span) -> str | None:
    """What an unlabelled abbreviation is, from the words beside it: "the opposition party SYRIZA" (a party),
    "a former MPLA member" (a member's party), "the regulator OJK"; None where nothing says."""
    token = span[0]
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    if token.is_sent_start and token.i + 1 < len(doc) and doc[token.i + 1].pos_ in {"VERB", "AUX"}:
        return "company"  # "SYRIZA condemned both sales": a subject, whatever the tagger called it
    if token.dep_ == "compound" and token.head.lemma_.lower() in PERSON_NOUNS | {"member", "candidate", "activist"}:
        return "organization"
    if token.dep_ == "poss" and token.head.lemma_.lower() in {"committee", "politburo", "presidium", "caucus", "faction", "congress"}:
        return "organization"  # "the MPLA's central committee"
    if before is None or before.pos_ != "NOUN":
        return None
    lemma = before.lemma_.lower()
    if lemma in ORGANIZATION_WORDS | {"opposition"}:
        return "organization"
    if lemma in PUBLIC_BODY_HEADS | {"watchdog", "body"}:
        return "public_body"
    return "company" if lemma in COMPANY_NOUNS else None


"""Legislatures, in which members sit for a party or a district."""


def _clean_parts(ent: Span) -> list[Span]:
    """Split a model entity at possessives and slashes, and trim what is not part of the name."""
    doc = ent.doc
    pieces: list[Span] = []
    start = ent.start
    for token in ent:
        if token.text in POSSESSIVE and token.i > ent.start and doc[token.i - 1].lower_ in GROUP_NOUNS:
            continue  # "People's Liberation Army", "Workers' Party": one name
        if token.text in {"'", "’"} and token.i + 1 < ent.end and doc[token.i + 1].lower_ in ORGANIZATION_WORDS | PUBLIC_BODY_HEADS:
            continue  # "the Serendib Airline Pilots' Guild", "the Finnish Shareholders' Association": a plural's body, one name
        if token.text in POSSESSIVE and token.i + 1 < ent.end and doc[token.i + 1].lower_ in {"office", "bureau", "chambers", "department"} and doc[token.i + 1].text[:1].isupper():
            continue  # "the Prosecutor General's Office", "the Attorney General's Office"
        sits_for = token.lower_ == "for" and token.i > ent.start and doc[token.i - 1].lower_ in CHAMBER_WORDS  # "the National Assembly for the Movement for Rights and Freedoms": a seat for a party
        line_break = token.is_space and "\n" in token.text  # "Norrvik\n\nNorrvik Systems A/S": a headline's name and the body's
        line_break = line_break or token.text in {")", ".-"} and not any(t.text == "(" for t in doc[ent.start : token.i])  # "ITUARTE (Gonzalo).- ANCAP": a turn label, then a name
        if token.text in POSSESSIVE or token.text == "/" or sits_for or line_break or token.pos_ in {"VERB", "AUX"} and token.text.islower() and token.i > ent.start or token.text in {"to", "from", "by", "into", "with"} and token.i > ent.start:
            pieces.append(doc[start : token.i])  # "The Office of Foreign Assets Control designated Baltic Trade": two names
            start = token.i + 1
    pieces.append(doc[start : ent.end])
    out = []
    for index, piece in enumerate(pieces):
        piece = _trim(piece)
        if piece is None:
            continue
        label = ent.label_
        if index > 0 and len(pieces) > 1 and pieces[index - 1].end < len(doc) and doc[pieces[index - 1].end].text in POSSESSIVE:
            # "the Wall Street Journal's Lingling Wei": what follows an organisation's
            # possessive is a person when it is a two- or three-word name; after a person's
            # ("Jack Ma's Pain") it is not a name at all
            if label == "PERSON" or not (2 <= len(piece) <= 3 and all(t.is_title for t in piece)):
                continue
            label = "PERSON"
        out += _split_at_title(Span(doc, piece.start, piece.end, label=label))
    return out


PORTFOLIO_WORDS = {
    "energy", "minerals", "mines", "mining", "finance", "economy", "economic", "trade", "industry", "commerce", "agriculture",
    "health", "defence", "defense", "justice", "interior", "transport", "communications", "foreign", "affairs", "environment",
    "water", "natural", "resources", "planning", "development", "labour", "labor", "education", "tourism", "infrastructure",
    "public", "works", "enterprises", "investment", "digital", "technology", "fisheries", "lands", "housing", "petroleum",
    "oil", "gas", "hydrocarbons", "culture", "youth", "sport", "sports", "security", "state", "assets", "treasury", "budget",
    "national", "home", "internal", "external", "territorial", "administration", "information", "telecommunications",
}
"""Words of a minister's portfolio ("Minister of Minerals and Energy"), which a name follows, not continues."""


def _minister_after_portfolio(doc: Doc, mention: Mention) -> Mention:
    """A mention of "Minister of Minerals and Energy Neo Moatlhodi" is one of the minister, a person."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    name = _name_after_portfolio(span) if span is not None else None
    return Mention(name.start_char, name.end_char, name.text, "person", None, mention.label, by_use=True) if name is not None else mention


def _name_after_portfolio(span: Span) -> Span | None:
    """The name after a minister's portfolio: "Minister of Minerals and Energy" + "Neo Moatlhodi"."""
    if len(span) < 5 or span[0].lower_ not in {"minister", "secretary"} or span[1].lower_ != "of":
        return None
    end = span.start + 2
    while end < span.end and (span.doc[end].lower_ in PORTFOLIO_WORDS or span.doc[end].lower_ in NAME_JOINERS):
        end += 1
    name = span.doc[end : span.end]
    if end == span.start + 2 or not 2 <= len(name) <= 3 or not all(t.is_title and t.lower_ not in TITLE_WORDS | BUSINESS_WORDS for t in name):
        return None
    return name


def _split_at_title(span: Span) -> list[Span]:
    """ "Mining Minister Batbayar Ganzorig" (a title glued to a name the model called a work of art),
    "Bank of China Chairman Liu Wen": the person after the title, and the organisation before it."""
    minister = _name_after_portfolio(span)
    if minister is not None:
        return [Span(span.doc, minister.start, minister.end, label="PERSON")]
    titles = [t.i for t in span if t.lower_ in TITLE_WORDS and t.i > span.start]
    if span.label_ == "PERSON" or not titles:
        return [span]
    name = span.doc[titles[-1] + 1 : span.end]
    if not 2 <= len(name) <= 3 or not all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in TITLE_WORDS | BUSINESS_WORDS for t in name):
        return [span]
    before = span.doc[span.start : titles[0]]
    words = {t.lower_ for t in before}
    portfolio = span.doc[titles[0]].lower_ in {"minister", "secretary"}  # "Deputy Finance Minister X": a portfolio, not an organisation
    organisation = [Span(span.doc, before.start, before.end, label="ORG")] if len(before) > 1 and words & (BUSINESS_WORDS | PUBLIC_BODY_WORDS | ORGANIZATION_WORDS) and not portfolio else []
    return organisation + [Span(span.doc, name.start, name.end, label="PERSON")]


def _trim(span: Span) -> Span | None:
    tokens = list(span)
    title_ends_name = span.label_ != "ORG" or len(tokens) > 2  # "Premier League" is a name, "President Xi" a title and a name
    while tokens and (tokens[0].lower_ in {"the", "a", "an"} or tokens[0].is_space or tokens[0].is_punct or tokens[0].lower_ in HONORIFICS and title_ends_name and not _opens_an_office(tokens)):
        tokens.pop(0)
    while span.label_ == "PERSON" and len(tokens) > 2 and tokens[0].lower_ in POST_WORDS:
        tokens.pop(0)  # "Founder Samer Khreisat will keep 40%": the post opening a sentence is no part of the name
    organ = [i for i, t in enumerate(tokens[:6]) if t.lower_ == "of" and all(w.lower_ in BOARD_NAME_WORDS for w in tokens[:i]) and i + 1 < len(tokens) and tokens[i + 1].lower_ not in BOARD_NAME_WORDS]
    firm_after = organ and (is_legal_form(tokens[-1]) or tokens[-1].lower_ in BUSINESS_WORDS)  # "the Board of Serangoon Strait Shipping Limited", not "the Board of Investment"
    if organ and ({w.lower_ for w in tokens[: organ[-1]]} & {"supervisory", "management", "executive", "directors", "advisory"} or firm_after):
        tokens = tokens[organ[-1] + 1 :]  # "the Management Board of Wisła Energia S.A.", "the Board of Directors of X": the firm, whose organ acts
    forms = [i for i, t in enumerate(tokens[:-1]) if (t.lower_.rstrip(".") in LEGAL_FORMS or t.text in DOTTED_LEGAL_FORMS) and tokens[i + 1].lower_ == "of"]
    if forms:
        tokens = tokens[: forms[0] + 1]  # "Lefkara Investments Ltd of Cyprus": the name ends at its legal form
    brackets = [i for i, t in enumerate(tokens) if i > 0 and t.text == "("]
    closed = brackets and any(t.text == ")" for t in tokens[brackets[0] :]) and tokens[-1].text != ")"
    if brackets and not closed:
        tokens = tokens[: brackets[0]]  # "the Syndicat National des Travailleurs (SNTT": the short name in brackets is another mention; not "Fujin Resources (HK) Ltd"
    numbers = [i for i, t in enumerate(tokens) if i > 0 and (t.like_num or t.ent_type_ == "MONEY" or t.is_currency)]
    if numbers:
        tokens = tokens[: numbers[0]]  # "Ant 7.1 billion yuan": the name stops where the figure starts
    while tokens and (tokens[-1].is_space or tokens[-1].is_punct or tokens[-1].text in POSSESSIVE or _is_glued_word(tokens[-1])):
        tokens.pop()
    if not tokens:
        return None
    return span.doc[tokens[0].i : tokens[-1].i + 1]


def _opens_an_office(tokens: list[Token]) -> bool:
    """ "Minister of Finance": the title of an office of state, not a title before a person's name."""
    return len(tokens) > 2 and tokens[0].lower_ in {"minister", "president"} and tokens[1].lower_ == "of"


def _is_glued_word(token: Token) -> bool:
    """A headline verb or function word the model took into a name ("Kevin Mayer Got")."""
    return token.pos_ in {"VERB", "AUX", "ADP", "ADV", "PRON", "DET", "SCONJ", "CCONJ"} and token.ent_iob_ != "B" and not is_legal_form(token)  # not "Külmhoidla AS"


def _followed_by_who(span: Span) -> bool:
    """ "Hoxhaj, who ...": a short name in title case that only a person can be."""
    after = [t.lower_ for t in span.doc[span.end : span.end + 2]]
    return len(span) <= 3 and all(t.is_title for t in span) and after == [",", "who"]


def _type_from_words(span: Span, label: str, reference: Reference) -> str | None:
    words = {t.lower_ for t in span}
    context = _context_type(span)
    if label != "ORG" and context == "product" and not is_legal_form(span[-1]):
        return "product"  # "TideScan, a seabed-mapping service", "its own cocoa powder brand, Méagui Gold": said to be one
    if len(span) >= 3 and span[0].text in {"U", "Daw"} and all(t.is_title for t in span[1:]):
        return "person"  # "U Thet Naing Oo", "Daw Thiri Khaing": a Burmese name opens with its honorific
    if _followed_by_who(span) and not reference.country(span.text) and not words <= STATE_OFFICES | {"general", "the"}:
        return "person"  # "Hoxhaj, who until 2021 was deputy chairman": only people are "who" (but "the Comptroller General, who ..." is an office)
    if _local_government(span) and not reference.country(span.text):
        return "public_body"  # "the Provincial Municipality of Talara", "the canton of Solothurn", whatever the model called them
    head = span[-1].lower_
    if label in {"NORP", "WORK_OF_ART", "LOC", "FAC", "GPE", "PERSON"} and len(span) > 1 and (head in BUSINESS_WORDS or is_legal_form(span[-1]) or span[0].lower_ in FIRM_OPENING_WORDS):
        return "company"  # "Baltic Ferries", "Gulf Air", "Vinos Cuyanos": the model took the place or the people for the name
    unmistakable = len(span) > 1 and head in {"court", "tribunal", "ministry", "commission", "authority", "inspectorate", "directorate"}  # "the Administrative Court"
    if label in {"PERSON", "WORK_OF_ART", "FAC", "LOC", "GPE", "NORP"} and (len(span) > 2 or unmistakable) and head in PUBLIC_BODY_HEADS - {"office"} and not words & BUSINESS_WORDS:
        return "public_body"  # "the Jebel Ali Free Zone Authority", "the Freeport of Riga Authority", whatever the model called them
    if label in {"LOC", "NORP", "FAC", "WORK_OF_ART"} and not reference.country(span.text) and _in_corporate_slot(span):
        return "company"  # "snapped up Sertaneja", "Petroandina is wholly owned by", "the state miner Gecamines": an unknown firm the model took for a place, a people or a title
    if label == "NORP" and len(span) == 1 and span[0].tag_ == "NNP" and span.root.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and not reference.country(span.text) and not any(c.dep_ == "det" for c in span.root.children):
        return "company"  # "Fjordlog paid 60 million kroner", "offered 142 kroner a share for Fjordlog": no people is called so
    if label in {"NORP", "WORK_OF_ART", "LOC", "FAC"} or label == "GPE" and not _known_place(span, reference):
        if _named_person(span, reference):
            return "person"  # "Nino Beridze, a former deputy minister", "its country manager for Uganda, Hugues Aldebert"
        if label != "GPE":
            return None
    if _currency_before_figure(span) or re.search(r"[$€£¥]\s?\d", span.text):
        return None  # "a NOK 2.4 billion loan", "Tk 500 crore", "N$310 million"
    if span.text.lower() in NOT_ORGANIZATIONS or not any(t.text[:1].isupper() for t in span):
        return None
    if head in NOT_NAMES and not words & (ORGANIZATION_WORDS | PUBLIC_BODY_HEADS):
        return None  # "the Entity List" is no actor; "the Music Business Association ... Conference" names one
    if reference.capital_of(span.text) and span.root.dep_ in {"npadvmod", "compound", "amod", "nmod"}:
        return None  # "an Accra-based trader": the city as a place, whatever the model called it
    state_organ = words & {"board", "force", "forces", "guard"} and (head in {"board", "force", "forces", "guard"} or reference.country(span[-1].text))
    if len(span) > 1 and state_organ and (reference.country(span[0].text) or reference.country(span[-1].text) or span[0].ent_type_ == "NORP") and not words & COMPANY_SUFFIXES:
        return "public_body"  # "the Rwanda Development Board", "the Rwanda Defence Force", "the Investment Board Nepal": a state's own board or force
    if len(span) > 2 and span[0].lower_ == "minister" and span[1].lower_ == "of":
        return "public_body"  # "the Minister of Fisheries ... approves its plan": the office, acting for its ministry
    if span.end < len(span.doc) and span.doc[span.end].lower_ in {"minister", "secretary"} and not words & COMPANY_SUFFIXES:
        return None  # "Industry and Trade Minister X": a portfolio, not an organisation
    if words <= POST_WORDS | {"the"}:
        return None  # "Chief Executive Officer", "Chairperson": a post, whoever holds it
    if words <= STATE_OFFICES | {"general", "the"}:
        return "public_body"  # "Australia's Treasurer directed ...": an office of state acting
    if len(span) > 1 and any(t.text.isupper() and getattr(reference.lookup(t.text), "type", None) == "public_body" for t in span):
        return "public_body"  # "Shanghai SASAC": a city's branch of a state body
    before = span.doc[span.start - 1].text if span.start > 0 else ""
    if span[0].text in COMPANY_PREFIXES or before in COMPANY_PREFIXES:
        return "company"  # "PT Sulawesi Nikel Prima", "PJSC Rosneft"
    if label == "PERSON" and len(span) > 2 and words & FIRM_NAME_WORDS:
        return "company"  # "Al Noor Yacht Trading FZE": no person is called "Trading"
    if len(span) > 1 and head in BUSINESS_WORDS and label in {"ORG", "PERSON"} and not words & (PUBLIC_BODY_HEADS | ORGANIZATION_WORDS):
        return "company"  # "Halvorsen Shipping", "Malzbit Software": a name and a trade make a firm
    if context == "person" and words & (PUBLIC_BODY_HEADS | ORGANIZATION_WORDS | BUSINESS_WORDS):
        context = None  # "the Presidential Property Management Directorate, the company's director, ...": the parse hung the director on the body
    if context == "company" and {span[0].lower_, span[-1].lower_} & ORGANIZATION_WORDS and not words & COMPANY_SUFFIXES:
        context = "organization"  # "Sahel Resource Watch, a research group", "Konsyumer Alyansa said": an association, however used
    if context:
        return context
    if label == "PERSON":
        if len(span) > 1 and {span[0].lower_, span[-1].lower_} & ORGANIZATION_WORDS:
            return "organization"  # "the M&F Operators Guild", "Frente Amplio" (but "Hortense Ngo Biyong" is a woman)
        return "person" if len([t for t in span if t.lower_ not in SURNAME_PARTICLES]) <= 4 else None  # "Nabhan bin Hamed Al Rawahi"
    if label == "GPE":
        if reference.country(span.text):
            return "country"
        if _region_as_owner(span):
            return "public_body"
        return "company" if _in_corporate_slot(span) else None
    if label == "PRODUCT":
        return "person" if _acts_like_a_person(span, words) else "product"  # "Ole Brask chairs the board": no product chairs
    # ORG
    if _acts_like_a_person(span, words):
        return "person"
    if head in {"unit", "service", "agency", "office", "bureau"} and words & {"intelligence", "enforcement", "investigation", "investigations", "anti-corruption"}:
        return "public_body"  # "Mexico's Financial Intelligence Unit", "the Financial Crime Investigation Service"
    if _public_by_remit(span) and not words & COMPANY_SUFFIXES or {"public", "institution"} <= words or span[0].lower_ in STATE_OFFICES and len(span) > 1:
        return "public_body"  # "the ... Inspection Body", "the Public Institution for Social Security"
    if "committee" in words and words & {"standing", "select", "parliamentary", "joint", "senate", "congressional"}:
        return "public_body"  # a legislature's committee, not an association's
    if len(span) >= 3 and span[0].lower_ == "house" and span[1].lower_ == "of":
        return "public_body"  # "the House of Representatives", "the House of Commons"
    if span[0].lower_ == "state" and head in {"committee", "council", "commission", "board", "fund", "agency"}:
        return "public_body"  # "the State Property Committee", "the State Council"
    if words & ORGANIZATION_WORDS:
        return "organization"
    if head in PUBLIC_BODY_HEADS or (words & PUBLIC_BODY_HEADS and not words & COMPANY_SUFFIXES):
        return "public_body"
    if "bank" in words and ("central" in words or "reserve" in words or "national" in words):
        return "public_body"
    return "company"


PERSON_NOUNS = {
    "engineer", "analyst", "spokesman", "spokeswoman", "spokesperson", "lawyer", "economist",
    "executive", "founder", "chairman", "chairwoman", "director", "minister", "official",
    "billionaire", "entrepreneur", "businessman", "businesswoman", "banker", "investor",
    "politician", "lawmaker", "senator", "professor", "researcher", "journalist", "reporter",
    "editor", "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother",
    "manager", "officer", "adviser", "advisor", "secretary", "governor", "mayor", "barrister", "solicitor",
    "accountant", "nephew", "niece", "cousin", "uncle", "aunt", "heir", "tycoon", "oligarch", "magnate",
    "treasurer", "president", "deputy", "pensioner", "driver", "chauffeur", "businesswoman",
    "student", "teacher", "doctor", "farmer", "activist", "campaigner", "ambassador", "diplomat", "chief",
}
PERSON_VERBS = {"say", "step", "resign", "retire", "die", "marry", "tell", "add", "quit", "testify", "succeed", "chair", "sit"}


def _acts_like_a_person(span: Span, words: set[str]) -> bool:
    """ "Eldar Sætre stepped down", "chairman Karl Brenner": a two- or three-word name the model
    called an organisation, used the way people are."""
    if not 2 <= len(span) <= 3 or words & (BUSINESS_WORDS | ORGANIZATION_WORDS | PUBLIC_BODY_WORDS):
        return False
    if not all(t.is_title for t in span):
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ in TITLE_WORDS | HONORIFICS:
        return True
    if after is not None and (after.lemma_.lower() in PERSON_VERBS or after.lower_ == "who"):
        return True
    if _followed_by_who(span):
        return True  # "Lukas Brandl, who works for ..."
    if before is not None and before.lemma_.lower() in {"say", "tell", "add"}:
        return True  # "..., said Lukas Brandl"
    if _followed_by_age(span):
        return True  # "Halvor Vangsnes, now 71, keeps a seat"
    if _whose_kin(span.root):
        return True  # "Folasade Ogunleye, whose husband ..."
    root = span.root
    if root.dep_ == "nsubj" and any(t.lower_ in {"his", "her"} and t.dep_ == "poss" and t.i > span.end for t in root.head.subtree):
        return True  # "Antti Hiltunen holds 18% through his holding company": the subject is a he or a she
    if root.dep_ == "nsubj" and _next_sentence_opens_with_he_or_she(span):
        return True  # "Ole Brask founded the firm in 1990. He still owns 55%."
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in {"chair", "head", "lead"}:
        return True  # "whose board was chaired by Armando Nhantumbo"
    if any(c.ent_type_ == "PERSON" and c.pos_ == "PROPN" for c in root.conjuncts):
        return True  # "Marta Iriarte Goñi and Joaquim Peixoto": listed with a person
    return span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in PERSON_VERBS


def _next_sentence_opens_with_he_or_she(span: Span) -> bool:
    """The next sentence's subject is "he" or "she", and this sentence names no one else the model calls a person."""
    sent, doc = span.sent, span.doc
    if sent.end >= len(doc) or doc[sent.end].lower_ not in {"he", "she"}:
        return False
    return not any(t.ent_type_ == "PERSON" and not (span.start <= t.i < span.end) for t in sent)


def _named_person(span: Span, reference: Reference) -> bool:
    """A two- or three-word name in title case that a person's noun describes, whatever the model called it."""
    if not 2 <= len(span) <= 3 or not all(t.is_title for t in span) or reference.country(span.text):
        return False
    return _context_type(span) == "person" or _person_noun_before_comma(span)


def _person_noun_before_comma(span: Span) -> bool:
    """ "the group's country manager for Uganda, Hugues Aldebert": the phrase before the comma is a person's,
    wherever the parser hung the name."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "," or {t.lower_ for t in span} & (BUSINESS_WORDS | ORGANIZATION_WORDS | PUBLIC_BODY_HEADS):
        return False
    phrase = []
    for i in range(span.start - 2, max(span.start - 8, -1), -1):
        if doc[i].text in {",", ";", ":", "."}:
            break
        phrase.append(doc[i])
    return any(t.pos_ == "NOUN" and _person_noun(t) and t.lower_ not in KIN_NOUNS | {"partner"} or t.lower_ == "partner" and t.pos_ == "NOUN" for t in phrase)


def _known_place(span: Span, reference: Reference) -> bool:
    return bool(reference.country(span.text) or reference.city_country(span.text) or reference.capital_of(span.text) or reference.lookup(span.text))


KIN_NOUNS = {"son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "nephew", "niece", "cousin", "uncle", "aunt", "widow", "children", "sons", "daughters"}


def _whose_kin(root: Token) -> bool:
    """ "X, whose husband ...": only a person has kin."""
    return any(w.lower_ == "whose" and w.head.lower_ in KIN_NOUNS for clause in root.children if clause.dep_ == "relcl" for w in clause.subtree)


LOCAL_GOVERNMENT_HEADS = {"municipality", "canton", "province", "prefecture", "county", "governorate", "oblast", "region", "city", "district"}
"""Words that make "the X of Talara" a local government."""


def _local_government(span: Span) -> bool:
    """ "the Municipality of Talara", "the Provincial Municipality of Talara", "the canton of Solothurn" (where
    the model named only "Solothurn"): a local state, which owns and licenses like one."""
    doc = span.doc
    words = [t.lower_ for t in span]
    if "of" in words[1:3] and words[words.index("of") - 1] in LOCAL_GOVERNMENT_HEADS:
        return True
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in LOCAL_GOVERNMENT_HEADS and len(span) <= 2


def _followed_by_age(span: Span) -> bool:
    """ "X, 58, ...", "X, now 71, ...", "X, aged 64, ...": only a person's name is followed by an age."""
    words = [t.lower_ for t in span.doc[span.end:span.end + 5]]
    if words[:1] != [","]:
        return False
    words = words[1:]
    if words[:1] in (["now"], ["aged"]):
        words = words[1:]
    return len(words) >= 2 and words[0].isdigit() and 16 <= int(words[0]) <= 110 and words[1] in {",", ")"}


CORPORATE_NOUNS = {
    "stake", "share", "shares", "division", "unit", "subsidiary", "arm", "owner", "acquisition",
    "takeover", "purchase", "investment", "holding", "parent", "shareholder", "chairman", "ceo",
    "founder", "board", "affiliate", "shareholding", "brand", "company", "firm",
    "chair", "chairwoman", "chief", "boss", "shareholders", "directors", "executives", "headquarters",
}
CORPORATE_VERBS = {"acquire", "buy", "own", "invest", "merge", "list", "employ", "hire", "sell"}
TAKEN_OBJECT_VERBS = {"found", "establish", "snap", "take", "nationalise", "nationalize", "privatise", "privatize", "seize", "delist", "fine", "sanction"}
"""Verbs whose object is a business ("founded X in 1962", "snapped up X", "took over X"), beside CORPORATE_VERBS."""
PART_NOUNS = {"%", "percent", "per", "cent", "third", "thirds", "half", "quarter", "quarters", "fifth", "fifths", "tenth", "majority", "stake", "control", "ownership", "shares"}
"""Words for a part of a business: "11% of X", "two thirds of X", "control of X"."""


def _in_corporate_slot(span: Span) -> bool:
    """A place-like name the model tagged as a place but used as a business: "a stake in
    Nordfrakt", "Nordfrakt is a division of ...", "Nordfrakt acquired ..."."""
    root = span.root
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lemma_.lower() in COMPANY_NOUNS | {"group", "operator", "carrier"}:
        return True  # "the Swedish telecom group Telia"
    if span.end + 1 < len(doc) and doc[span.end].text in POSSESSIVE and doc[span.end + 1].lemma_.lower() in CORPORATE_NOUNS:
        return True  # "Nordfrakt's chairman", "Lanting's shares"
    if any(c.dep_ == "appos" and c.lemma_.lower() in COMPANY_NOUNS for c in root.children):
        return True  # "Lanting Holdings, a company registered in ..."
    if root.dep_ == "nsubjpass" and root.head.lemma_.lower() in CORPORATE_VERBS | {"control", "fine", "sanction", "delist", "found", "incorporate", "register", "headquarter"}:
        return True  # "Lanting Pay is owned by ..."
    if _owned_part_of(root):
        return True
    if _which_is_held(root):
        return True  # "Zubair Delta, which is part-owned by ...": only a business is owned
    if root.dep_ == "pobj":
        prep, noun = root.head.lower_, root.head.head.lemma_.lower()
        return prep == "of" and noun in (CORPORATE_NOUNS - {"company", "firm", "brand"}) | ORGANISATION_OF_NOUNS
    if root.dep_ == "nsubj":
        if root.head.lemma_.lower() in CORPORATE_VERBS or any(c.dep_ == "xcomp" and c.lemma_.lower() in CORPORATE_VERBS for c in root.head.children):
            return True  # "X acquired ...", "X has agreed to buy ..."
        if _held_as_adjective(root):
            return True
        return any(c.dep_ == "attr" and c.lemma_.lower() in CORPORATE_NOUNS for c in root.head.children)
    return root.dep_ in {"dobj", "dative"} and root.head.lemma_.lower() in CORPORATE_VERBS | TAKEN_OBJECT_VERBS


def _held_as_adjective(root: Token) -> bool:
    """ "X is 60% owned by ...", "X will be wholly owned by ...": the parser made "owned" an adjective of "be"."""
    return root.dep_ == "nsubj" and any(c.dep_ in {"acomp", "attr"} and c.tag_ == "VBN" and c.lemma_.lower() in PASSIVE_ORGANISATION_VERBS for c in root.head.children)


def _owned_part_of(root: Token) -> bool:
    """ "a stake in X", "11% of X", "two thirds of X", "took over X", "snapped up X": only a business is held or taken so."""
    if root.dep_ == "pobj":
        prep, part = root.head.lower_, root.head.head
        noun = part.lemma_.lower()
        if prep == "of" and noun == "all" and part.dep_ == "dobj" and part.head.lemma_.lower() in CORPORATE_VERBS:
            return True  # "agreed to buy all of X"
        return prep == "of" and noun in PART_NOUNS or prep == "in" and noun in {"stake", "investment", "shares", "holding", "shareholding", "interest"}
    return root.dep_ == "dobj" and root.head.lemma_.lower() in TAKEN_OBJECT_VERBS and any(c.dep_ == "prt" and c.lower_ in {"up", "over"} for c in root.head.children)


ORGANISATION_ONLY_NOUNS = {
    "board", "shareholder", "shareholders", "subsidiary", "subsidiaries", "headquarters", "employees",
    "workforce", "staff", "division", "unit", "shares", "stock", "listing", "ipo", "revenue", "revenues",
    "profit", "profits", "sales", "factory", "factories", "plant", "plants", "customers", "products",
}
"""What a business has and a person does not: "KUKA's shareholders", "Osterberg's board"."""
ORGANISATION_OF_NOUNS = {
    "takeover", "acquisition", "buyout", "sale", "purchase", "shareholder", "subsidiary", "division", "unit", "listing",
    "privatisation", "privatization", "chairman", "chairwoman", "chairperson", "board", "share", "founder", "ceo",
}
"""Nouns "of X" says only of a business: "the takeover of X", "the chairman of X", "shares of X"."""
PASSIVE_ORGANISATION_VERBS = {"own", "control", "delist", "list", "acquire", "buy", "incorporate", "headquarter", "found", "establish", "privatise", "privatize", "nationalise", "nationalize"}


def _used_as_organisation(span: Span) -> bool:
    """A name the model called a person but the sentence treats as a business: its chief executive,
    its shareholders, being owned, listed or founded ("Cerrado Grãos is controlled by ...")."""
    doc, root = span.doc, span.root
    if span.end + 1 < len(doc) and doc[span.end].text in POSSESSIVE:
        after = doc[span.end + 1 : span.end + 3]
        words = [t.lower_ for t in after]
        if words[0] in ORGANISATION_ONLY_NOUNS | {"ceo", "chair", "chairman", "chairwoman", "chairperson", "directors", "investors"} or words[:2] in (["chief", "executive"], ["managing", "director"]):
            return True
    while root.dep_ == "conj" and root.head.pos_ == "PROPN":
        root = root.head  # "shares of Mansoura Cotton Mills and Sinai Glassworks": the list's slot
    if _owned_part_of(root) or _held_as_adjective(root):
        return True
    if root.dep_ == "pobj":
        prep, noun = root.head.lower_, root.head.head.lemma_.lower()
        return prep == "of" and noun in ORGANISATION_OF_NOUNS
    if root.dep_ != "nsubjpass" or root.head.lemma_.lower() not in PASSIVE_ORGANISATION_VERBS:
        return False
    listed_as = root.head.lemma_.lower() == "list" and any(c.dep_ == "prep" and c.lower_ == "as" for c in root.head.children)
    return not listed_as  # "is listed as the sole shareholder": a role, not a listing


def _region_as_owner(span: Span) -> bool:
    """ "Lower Saxony holds 20 percent of the votes": a state or city that owns shares is its government acting."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in {"own", "hold", "control", "sell", "buy", "acquire", "invest"}:
        return False
    return any(t.lemma_.lower() in {"%", "percent", "stake", "share", "shares", "vote", "votes", "majority"} for t in root.head.subtree if t.i > root.i)


def _context_type(span: Span) -> str | None:
    """The noun a name stands in apposition to ("its first app, Neihan Duanzi") types it."""
    words = [t.lower_ for t in span.doc[max(0, span.start - 3) : span.start]]
    if any(w == "late" and 0 < i >= len(words) - 2 and words[i - 1] in {"the", "his", "her", "their"} for i, w in enumerate(words)):
        return "person"  # "the late Orlando Bittencourt", "the late cheesemaker X": only people are late
    root = span.root
    nouns = []
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)  # "its first app, Neihan Duanzi" (not another name the parser hung it on)
    for appos in (c for c in root.children if c.dep_ == "appos"):
        if any(c.lower_ == "whose" for c in appos.children):
            continue  # "Kerio Agritech, whose chairman, ...": the chairman is someone else
        if appos.pos_ != "PROPN" or appos.lower_ in PERSON_NOUNS:
            nouns.append(appos)  # "Gor Barseghyants, Deputy Minister of ...": a title in capitals is still a title
        else:  # "Vesna Lalic, a former Democratic Party of Socialists lawmaker": the parser hung "lawmaker" on the party
            nouns += [c for c in appos.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.head.i >= span.end and root.dep_ == "compound" and root.head.pos_ == "NOUN":
        if root.head.lemma_.lower() in PERSON_NOUNS | {"member", "candidate", "activist"}:
            return None  # "a former Awami League lawmaker": the lawmaker's party, not a person
        nouns.append(root.head)
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        nouns += [c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]  # "Seapass is a mobile game"
    if root.dep_ == "attr" and root.head.lemma_ == "be":
        nouns += [c for c in root.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]  # "whose chief executive is X"
    nouns += [c for c in root.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < span.start]  # "grid operator Mittelland Netz"
    before = root.doc[span.start - 1] if span.start > 0 else None
    described = root.doc[span.start - 2] if span.start > 1 else None
    if described is not None and before.text == "," and _person_noun(described) and any(c.dep_ in {"det", "poss"} for c in described.children):
        return "person"  # "a Vilnius investor, Tomas Račkauskas", however the parser hung the name
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in COMPANY_NOUNS - EITHER_NOUNS - {"developer", "trader"} and span.label_ == "PERSON":
        return "company"  # "trading house Hokuyo Shoji", wherever the parser hung "house"
    if before is not None and before.pos_ == "NOUN" and before.lower_ in PRODUCT_NOUNS and any(t.lower_ in {"the", "its", "their", "a"} for t in root.doc[max(0, span.start - 4) : span.start]):
        return "product"  # "runs the mobile wallet ArPay", "its app Fjordpay"
    for noun in nouns:
        whole = _whole_word(noun)
        lemma = whole if whole in COMPANY_NOUNS else noun.lemma_.lower()  # "a start-up", but "vice-president" is a president
        if lemma.endswith("maker") and lemma not in PERSON_NOUNS:
            lemma = "maker"  # "the Porto shoemaker X", "a Japanese toymaker"
        if lemma in ORGANIZATION_WORDS and (noun.i > root.i or lemma == "party" and any(c.dep_ == "poss" for c in noun.children)):
            return "organization"  # "the ruling Amanat party", "President Daniel Noboa's party, Acción Democrática Nacional"
        if lemma == "partner" and any(c.lower_ in {"managing", "senior", "founding"} for c in noun.children):
            return "person"  # "Sandro Tanner, Limmat's managing partner"
        if lemma == "general" and any(c.lower_ in {"director", "secretary", "inspector", "auditor", "attorney", "procurator", "consul"} for c in noun.children):
            return "person"  # "Natalia Cojocaru, Gaz-Nord's director general"
        if lemma == "fund" and any(c.lower_ in STATE_FUND_WORDS for c in noun.subtree if c.i < noun.i):
            return "public_body"  # "Samruk-Kazyna, Kazakhstan's sovereign wealth fund"
        if lemma == "office" and any(c.lower_ in STATE_OFFICE_MARKS for c in noun.children if c.i < noun.i):
            return "public_body"  # "the country's anti-corruption office, OFNAC"
        if lemma in STATE_BODY_NOUNS and noun.tag_ != "NNS" and not (root.dep_ == "compound" and noun.i == root.head.i):  # not "New Jersey regulators"
            return "public_body"  # "Kortex, Brazil's antitrust regulator", "Indecopi, Peru's competition authority"
        leads_people = lemma == "leader" and any(c.lower_ in {"deputy", "party", "opposition", "former", "union"} or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        if _relative_pronoun(noun) == "who" or leads_people or lemma in PERSON_NOUNS and not (lemma in EITHER_NOUNS and _firm_like(noun)):
            return "person"  # "Lukas Brandl, a developer who works for ...", "X is a deputy leader of Y" (not "the market leader")
        if lemma in PRODUCT_NOUNS:
            return "product"
        if lemma in EITHER_NOUNS and not _firm_like(noun):
            continue  # "whose owner, Aivars Zeltins": a person or a firm, as the name says
        if (lemma in COMPANY_NOUNS or lemma in EITHER_NOUNS) and span.label_ == "PERSON":
            return "company"  # "Vanderhaegen Infra, a Belgian infrastructure investor"
    if span.label_ == "PERSON" and _relative_pronoun(root) == "which":
        return "company"  # "Mittelland Netz, which runs ..."
    if _described_after_comma(span, PRODUCT_NOUNS):
        return "product"  # "PortPass, a booking app used by truckers", where the parser hung "app" elsewhere
    if root.dep_ == "conj" and root.head.pos_ == "PROPN" and root.head.i < span.start:
        first = root.head.doc[root.head.i : root.head.i + 1]
        if _context_type(first) == "product":
            return "product"  # "the casino brands SpinMarsa and Lucky Dgħajsa": listed with a product
    return None


def _person_noun(noun: Token) -> bool:
    """A noun said only of people here: "a Vilnius investor", "the deputy minister" (not "an infrastructure investor")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and noun.tag_ != "NNS" and lemma in PERSON_NOUNS and not (lemma in EITHER_NOUNS and _firm_like(noun))


def _described_after_comma(span: Span, nouns: set[str]) -> bool:
    """Whether ", a booking app" or ", its messaging service" follows the name, whatever the parse made of it."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ not in {"a", "an", "the", "its", "their"}:
        return False
    head = None
    for token in doc[span.end + 2 : span.end + 9]:
        if token.text in POSSESSIVE or token.text == "-" or token.pos_ in {"ADJ", "ADV", "NUM", "PART"} or token.pos_ == "VERB" and token.tag_ in {"VBG", "VBN"} and token.dep_ in {"amod", "compound"}:
            continue  # "the country's third most-watched", "a chip-packaging"
        if token.pos_ not in {"NOUN", "PROPN"}:
            break
        head = token  # the phrase's last noun is what the name is: "a chip-packaging firm" is a firm
    return head is not None and head.lemma_.lower() in nouns


STATE_BODY_NOUNS = {"regulator", "watchdog", "authority", "agency", "ministry", "commission", "tribunal", "court", "prosecutor", "inspectorate", "directorate", "ombudsman"}
"""What a name in apposition to them is: a state body ("Kortex, the country's antitrust regulator")."""
STATE_OFFICE_MARKS = {"anti-corruption", "anticorruption", "corruption", "prosecutor", "prosecutor's", "audit", "tax", "statistics", "statistical", "competition", "antitrust", "cartel", "patent", "privatisation", "privatization", "country", "country's", "government", "presidential", "state"}
"""Words that make an "office" a state's ("the anti-corruption office", "the country's cartel office"), not a firm's ("a family office")."""
STATE_FUND_WORDS = {"sovereign", "wealth", "state", "state-run", "state-owned", "government"}
"""Words that make a fund the state's own ("the sovereign wealth fund"); a state-owned company is still a company."""
def _whole_word(token: Token) -> str:
    """A noun's lemma, whole where a hyphen split it ("start-up", "vice-president")."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_ and not doc[token.i - 1].whitespace_:
        return f"{doc[token.i - 2].lower_}-{token.lower_}"
    return token.lemma_.lower()


EITHER_NOUNS = {"investor", "owner", "backer", "shareholder"}
"""Nouns said of people and of firms alike; a firm's word before them or "which" after tells."""


def _firm_like(noun: Token) -> bool:
    """ "an infrastructure investor", "the state investor", "an investor that holds": a firm, not a person."""
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in noun.children):
        return True
    return any(c.lower_ in {"state", "institutional", "private-equity", "sovereign", "strategic", "financial"} for c in noun.children) or _relative_pronoun(noun) in {"which", "that"}


def _which_is_held(token: Token) -> bool:
    """ "X, which is owned by ...", "X, which Y founded": a relative clause that owns, founds or lists its thing."""
    if _relative_pronoun(token) != "which":
        return False
    held = CORPORATE_VERBS | {"control", "found", "incorporate", "headquarter", "register"}
    clauses = [c for c in token.children if c.dep_ == "relcl"]
    return any(v.lemma_.lower() in held for clause in clauses for v in [clause, *(c for c in clause.children if c.dep_ in {"acomp", "xcomp"})])


def _relative_pronoun(token: Token) -> str | None:
    """The pronoun opening a relative clause on the token: "X, who ..." / "X, which ..."."""
    for child in token.children:
        if child.dep_ == "relcl":
            pronoun = next((w.lower_ for w in child.children if w.lower_ in {"who", "which", "that"} and w.dep_ in {"nsubj", "nsubjpass", "dobj"}), None)
            if pronoun:
                return pronoun
    return None


def _longer_names_first(doc: Doc, candidates: list[Mention]) -> list[Mention]:
    """A known name inside a longer proper name is part of another name: "Alibaba" in "Alibaba Cloud"."""
    known = [m for m in candidates if m.label == "reference"]
    longer = [m for m in candidates if m.label not in {"reference", "government"}]
    dropped = set()
    for ref in known:
        for other in longer:
            if other.start <= ref.start and ref.end <= other.end and (other.start, other.end) != (ref.start, ref.end):
                extra = [t for t in doc.char_span(other.start, other.end, alignment_mode="expand") if not (ref.start <= t.idx < ref.end)]
                names = [t for t in extra if t.lower_ not in NAME_JOINERS | NAME_PARTICLES]
                if names and all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in HONORIFICS | TITLE_WORDS for t in names):
                    dropped.add(id(ref))
    return [m for m in candidates if id(m) not in dropped]


def _without_overlaps(candidates: list[Mention]) -> list[Mention]:
    """Keep the most trusted, then longest, mention where mentions overlap."""
    trust = {"reference": 0, "government": 0, "handle": 1, "domain": 1, "product": 1, "PROPN": 3}

    def rank(m: Mention) -> tuple:
        return (trust.get(m.label, 2), -(m.end - m.start), m.start)

    chosen: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in sorted(candidates, key=rank):
        if any(m.start < end and start < m.end for start, end in taken):
            continue
        chosen.append(m)
        taken.append(m.span)
    return sorted(chosen, key=lambda m: m.start)


def _vote_types(mentions: list[Mention]) -> None:
    """One name, one type: the model's label can change from one mention to the next."""
    by_text: dict[str, list[Mention]] = {}
    for m in mentions:
        by_text.setdefault(m.text.lower(), []).append(m)
    for group in by_text.values():
        referenced = [m for m in group if m.ref is not None]
        used = [m.type for m in group if m.by_use and m.type]
        if referenced:
            winner = referenced[0].type
        elif used:
            winner = max(set(used), key=used.count)  # how a sentence uses the name beats the model's label
        else:
            counts: dict[str, int] = {}
            for m in group:
                if m.type:
                    counts[m.type] = counts.get(m.type, 0) + 1
            if not counts:
                continue
            winner = max(counts, key=lambda t: (counts[t], t != "country"))
        for m in group:
            if m.ref is None:
                m.type = winner
