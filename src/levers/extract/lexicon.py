"""The words the claim readers work from: titles, nouns for companies and state organs, the verbs
of owning, leading, buying and regulating, and which entity types each claim may join.

relations.py reads one construction at a time with these lists; frames.py reads from claim
words in general. Keeping the words here lets a reader see, and extend, what levers knows.
"""

from __future__ import annotations

ORGANISATIONS = {"company", "organization", "public_body", "product"}
ACTORS = {"person", "company", "organization", "public_body", "country", "product"}
BODIES = {"company", "organization", "public_body", "product"}
PLACES = {"country", "place"}
ARGUMENT_TYPES: dict[str, tuple[set[str], set[str]]] = {
    "owns": (ACTORS, BODIES),  # a brand the model took for a product may own ("Audi owns Lamborghini")
    "controls": (ACTORS - {"product"}, BODIES | {"country"}),
    "operates": (ACTORS - {"product"}, BODIES),
    "founded": (ACTORS - {"product"}, BODIES),
    "leads": ({"person"}, BODIES - {"product"} | PLACES),
    "employed_by": ({"person"}, BODIES - {"product"} | {"country"}),  # "Kyrgyzstan's minister of natural resources"
    "member_of": (ACTORS - {"product"}, BODIES - {"product"} | {"country"}),
    "based_in": (BODIES - {"product"} | {"person"}, PLACES),  # an app is run from somewhere by a company, not based
    "part_of": (BODIES | PLACES, BODIES | PLACES),
    "regulatory_action": ({"public_body", "country"}, ACTORS),
    "invests_in": (ACTORS - {"product"}, BODIES),  # "invest more in China" is a market, not money for the state
    "lends_to": (ACTORS - {"product"}, ACTORS - {"product"}),
    "acquires": (ACTORS, BODIES),
    "cooperates_with": (ACTORS, ACTORS),
    "criticizes": (ACTORS, ACTORS),
}
"""The entity types each end of a claim may have ("place": a given location that is no country)."""
STAFF_NOUNS = {"regulator", "official", "executive", "investigator", "inspector", "prosecutor", "officer", "representative", "lawyer", "spokesman", "campaigner", "activist", "analyst", "researcher"}
RELATIVE_PRONOUNS = {"which", "who", "whom", "that", "whose"}
POSSESSIVE_MARKS = {"’s", "'s", "'", "’"}
GIVEN_TYPES = {"misc": "product", "location": "place", "org": "company", "per": "person", "loc": "place"}
STATE = {"public_body", "country"}

LEAD_TITLES = {
    "ceo", "chief", "chairman", "chairwoman", "chairperson", "chair", "head", "president", "leader",
    "director-general", "secretary", "secretary-general", "general-secretary", "governor",
    "premier", "chancellor", "commander", "managing", "owner", "prime", "king", "queen", "emir",
    "founder", "co-founder", "cofounder", "minister", "mayor", "executive", "co-chair", "administrator",
    # informal words for a boss
    "boss", "supremo", "tsar", "czar", "mogul", "honcho", "bigwig", "kingpin", "poobah",
    "pooh-bah", "chieftain", "helmsman",
}
COMPANY_HEAD_TITLES = {"ceo", "chairman", "chairwoman", "chairperson", "chair", "executive", "president", "boss", "founder"}
"""Titles that, said of someone with no organisation named, mean the company the story is about."""
COMPANY_FUNCTIONS = {"finance", "financial", "managing", "operations", "operating", "marketing", "technical", "technology", "sales", "commercial", "legal", "compliance"}
"""Words that make a director a company's officer, not a board member ("the finance director")."""
SUBORDINATE_MARKS = {"vice", "deputy", "assistant", "associate", "acting-deputy", "under"}
"""A title with these before it ("vice president") is a post under the head, not the head."""
FOUNDER_TITLES = {"founder", "co-founder", "cofounder"}
WORK_TITLES = {
    "engineer", "spokesman", "spokeswoman", "spokesperson", "reporter", "correspondent",
    "analyst", "employee", "staffer", "official", "economist", "editor", "journalist",
    "lawyer", "adviser", "advisor", "manager", "executive", "researcher", "scientist",
    "columnist", "writer", "worker", "officer", "director", "banker", "strategist", "professor",
    "lecturer", "teacher", "coach", "trader", "producer", "designer", "developer", "programmer",
    "consultant", "accountant", "auditor", "pilot", "presenter", "anchor", "host", "partner",
}
MEMBER_TITLES = {
    "bassist", "guitarist", "drummer", "singer", "vocalist", "keyboardist", "member", "player",
    "striker", "goalkeeper", "midfielder", "defender", "forward", "rapper", "pianist",
    "violinist", "delegate", "representative", "lawmaker", "legislator", "senator", "mp",
    "councillor", "councilor", "deputy", "activist", "cadre", "treasurer",
}
"""Roles that make one a member of the group named with them ("Fall Out Boy bassist X")."""
UNIT_NOUNS = {"unit", "division", "arm", "branch", "affiliate", "department", "business", "segment", "subsidiary"}
STATE_ORGAN_NOUNS = {
    "central", "regulator", "watchdog", "agency", "ministry", "mouthpiece", "army", "bank", "fund", "court", "authority",
    "commission", "council", "bureau", "tribunal", "administration", "department", "directorate", "inspectorate", "office",
    "service", "prosecutor", "parliament", "legislature", "assembly", "senate",
}
COMPANY_WORDS = {
    "company", "firm", "giant", "group", "business", "empire", "conglomerate", "startup", "bank",
    "lender", "carrier", "champion", "maker", "brainchild", "corporation", "enterprise", "exporter",
    "importer", "wholesaler", "monopoly", "utility", "airline", "holding", "subsidiary", "refiner",
    "contractor", "designer", "house", "partner", "rival", "competitor", "trader", "planemaker",
    "shipper", "shipbuilder", "operator", "developer", "conglomerate", "investor", "fund", "vehicle",
}
PRODUCT_WORDS = {"app", "platform", "service", "brand", "product", "game", "browser", "network", "chatbot", "website", "series", "range", "line", "radar", "jet", "drone", "podcast", "wallet", "portal", "newsletter", "lager"}
DESCRIBING_NOUNS = UNIT_NOUNS | COMPANY_WORDS | PRODUCT_WORDS | {"provider", "operator", "maker", "lender", "producer", "range", "series", "line", "software", "model", "jet", "drone", "radar"}
MAKER_NOUNS = {"maker", "developer", "operator", "publisher", "creator", "owner-operator", "manufacturer"}
MONEY_NOUNS = {"subsidy", "grant", "funding", "capital", "aid", "bailout", "injection", "loan", "credit", "investment", "money", "cash", "financing"}
PART_WORDS = {
    "part", "stake", "share", "control", "majority", "some", "all", "any", "most", "piece", "portion", "half",
    "third", "quarter", "fifth", "%", "percent", "asset", "unit", "shareholding", "holding",
}
"""Words for a part of something: "94.5% of KUKA", "a stake in X" stand for X."""
DECISION_NOUNS = {"decision", "sanction", "sanctions", "ruling", "move", "ban", "fine", "order", "designation", "probe", "investigation", "measure", "penalty", "decree", "findings", "award", "verdict", "veto", "seizure", "listing", "raid", "suspension", "revocation", "cancellation", "closure", "refusal"}
"""What a state did, criticised without naming who did it ("condemned the sanctions")."""
PERMITS = {"licence", "license", "permit", "approval", "authorisation", "authorization", "concession", "registration", "accreditation", "clearance"}
APPOINTMENT_NOUNS = {"appointment", "nomination", "reappointment", "election", "designation"}
"""Nouns that give someone a post: "approved the appointment of X as chair of Y"."""
POST_NOUNS = {"chairmanship", "presidency", "directorship", "leadership", "helm", "stewardship", "premiership", "chairship"}
"""A post as a thing one takes, holds or gives up: "gave up the chairmanship of X", "took the helm at X"."""
PERMIT_GIVING = {"grant", "issue", "award", "renew", "give", "extend", "restore", "reinstate"}
PERMIT_TAKING = {"revoke", "withdraw", "cancel", "terminate", "rescind", "annul"}
"""What a state body does to a licence or concession: "extended the mine's concession", "revoked its licence"."""
ALLIANCE_NOUNS = {"venture", "partnership", "alliance", "pact", "agreement", "deal", "treaty", "accord"}
"""What two parties form or sign together ("a joint venture", "a 25-year cooperation agreement")."""
HYPHEN_LINKS = {"owned": "owns", "controlled": "controls", "run": "controls", "backed": "invests_in", "funded": "invests_in", "financed": "invests_in"}
STATE_TITLES = {"president", "prime", "premier", "chancellor", "king", "queen", "emir"}
SHARE_NOUNS = {"share", "shares", "stock", "vote", "votes", "capital", "equity", "right", "rights", "stake"}
SEAT_NOUNS = {"chair", "chairman", "chairwoman", "chairperson", "director", "directors", "board", "ceo", "executive", "president", "members"}
"""Posts whose appointment by a shareholder is control ("appoint the chair", "name two of the directors")."""
OFFICE_NOUNS = {"bureau", "department", "division", "unit", "office", "team", "arm", "branch", "directorate", "section", "desk", "secretariat"}
"""Parts of an organisation whose head works for the whole ("head of X's trade bureau")."""
COPULAS = {"be", "remain", "become", "stay"}
GUIDANCE_NOUNS = {"control", "leadership", "supervision", "direction", "oversight", "guidance", "authority", "command", "auspices"}
DEAL_NOUNS = {"deal", "transaction", "merger", "takeover", "acquisition", "purchase", "bid", "sale", "tie-up", "offer"}
ACQUISITION_NOUNS = {"takeover", "acquisition", "purchase", "buyout", "nationalisation", "nationalization", "bid", "offer", "sale"}
RECEIVE_VERBS = {"receive", "get", "secure", "obtain", "take", "win", "accept"}
OWNER_NOUNS = {"shareholder", "owner", "parent", "stakeholder", "co-owner", "proprietor", "investor", "holder", "controller", "backer"}
PARTY_ROLES = {"politician", "candidate", "lawmaker", "legislator", "senator", "congressman", "congresswoman", "mp", "deputy", "activist", "official", "cadre"}
ORGANISATION_NOUNS = {
    "provider", "operator", "maker", "lender", "producer", "manufacturer", "developer", "publisher",
    "broadcaster", "newspaper", "magazine", "airline", "carrier", "band", "team", "club", "party",
    "university", "college", "school", "station", "channel", "label", "studio", "agency",
    "organization", "organisation", "association", "league", "federation", "orchestra", "church",
    "insurer", "retailer", "supplier", "automaker", "carmaker", "chipmaker", "miner", "utility",
    "exchange", "regulator", "watchdog", "fund", "network", "council", "ministry", "army", "navy",
}
"""Nouns for organisations: "an American rock band", "a Norwegian insurer" say where one is from."""
SIZE_WORDS = {"biggest", "largest", "leading", "top", "dominant", "main", "richest", "second-largest", "third-largest", "only", "oldest", "most"}

REGULATORY_VERBS = {
    "fine": "fined", "sanction": "sanctioned", "ban": "banned", "suspend": "suspended",
    "investigate": "investigated", "probe": "investigated", "summon": "summoned",
    "approve": "approved", "block": "blocked", "order": "ordered", "sentence": "sentenced",
    "expel": "expelled", "delist": "delisted", "designate": "designated", "penalize": "fined", "strip": "revoked",
    "penalise": "fined", "raid": "raided", "halt": "suspended", "blacklist": "designated",
    "bar": "banned", "punish": "fined", "censure": "censured", "prosecute": "prosecuted",
    "charge": "charged", "sue": "sued", "nationalize": "nationalized", "nationalise": "nationalized",
    "seize": "seized", "freeze": "frozen", "restrict": "restricted", "shut": "shut down",
    "close": "shut down", "reject": "blocked", "clear": "approved", "place": "designated", "put": "designated",
    "add": "designated", "review": "investigated", "punished": "fined", "authorise": "approved", "authorize": "approved",
    "question": "questioned", "interrogate": "questioned", "arrest": "arrested", "detain": "detained", "indict": "charged",
    "dissolve": "dissolved", "audit": "investigated", "convict": "convicted", "acquit": "acquitted", "veto": "blocked", "search": "raided", "inspect": "investigated", "examine": "investigated",
}
ACTION_NOUNS = {
    "investigation": "investigated", "probe": "investigated", "review": "investigated", "inquiry": "investigated", "fine": "fined",
    "ban": "banned", "sanctions": "sanctioned", "sanction": "sanctioned", "penalty": "fined", "crackdown": "investigated",
    "suspension": "suspended", "audit": "investigated", "indictment": "charged", "case": "investigated",
}
CRITICIZE_VERBS = {"criticize", "criticise", "attack", "condemn", "denounce", "slam", "blast", "rebuke", "lambast", "chastise", "accuse", "castigate", "decry", "deride", "mock", "blame"}
SCORN_WORDS = {
    "theatre", "theater", "misunderstanding", "disproportionate", "unlawful", "illegal", "unfair", "unjust", "expropriation",
    "aggression", "absurd", "baseless", "groundless", "arbitrary", "discriminatory", "politicised", "politicized", "political",
    "excessive", "outrageous", "scandal", "scandalous", "mistake", "wrong", "protectionism", "attack", "betrayal", "harassment",
    "biased", "flawed", "unacceptable", "shameful", "fraction", "robbery", "theft", "persecution", "revenge", "punitive", "vendetta",
    "politically", "witch-hunt", "smear", "lawfare", "provocation", "looting", "farce", "sham", "fantasy", "lies", "slander",
    "nonsense", "propaganda", "fabrication", "fabricated", "illegitimate", "rigged", "cronyism", "gamble", "reckless",
    "opportunistic", "predatory", "derisory", "lowball", "insulting", "hostile",
}
"""Words that make "X called the decision ..." a criticism ("called the sanctions political theatre")."""
LEAVE_VERBS = {"leave", "quit", "exit", "depart", "resign", "step", "get", "retire", "oust", "fire", "sack", "dismiss"}
ACQUIRE_VERBS = {"acquire", "buy", "purchase", "take", "snap", "gain"}
BLOCK_VERBS = {"block", "ban", "suspend", "shut", "remove", "delist", "close", "freeze", "halt"}
"""What a state orders others to do to a firm or an app: "ordered operators to block Taka Khela"."""
HAND_OVER_VERBS = {"sell", "hand", "transfer", "give", "cede", "offer", "surrender", "divest", "move"}
PLAN_VERBS = {"plan", "promise", "pledge", "intend", "aim", "seek", "want", "vow", "prepare", "propose", "consider", "hope", "expect"}
OBJECT_CONTROL_VERBS = {"order", "tell", "direct", "instruct", "ask", "urge", "force", "require", "compel", "allow", "permit", "persuade", "push", "press"}
"""Verbs whose object does what follows: "told X to sell", "forced X to divest"."""
BASED_VERBS = {"base", "headquarter", "incorporate", "register", "locate", "domicile", "list"}
KNOWN_VERBS = frozenset(BASED_VERBS | OBJECT_CONTROL_VERBS |
    set(REGULATORY_VERBS) | CRITICIZE_VERBS | LEAVE_VERBS | ACQUIRE_VERBS | HAND_OVER_VERBS | PLAN_VERBS
    | {
        "own", "control", "hold", "found", "co-found", "cofound", "establish", "create", "start", "form",
        "set", "produce", "publish", "manufacture", "design", "market", "release", "lead", "head", "chair",
        "run", "helm", "operate", "develop", "launch", "make", "build", "manage", "join", "employ", "hire",
        "recruit", "work", "fly", "spend", "teach", "lecture", "report", "write", "serve", "consult", "invest", "lend",
        "loan", "cooperate", "collaborate", "partner", "ally", "appoint", "elect", "promote", "nominate",
        "install", "base", "headquarter", "incorporate", "register", "locate", "stop", "cease", "refuse",
        "decline", "agree", "raise", "increase", "cut", "reduce", "receive", "get", "secure", "obtain",
        "win", "accept", "complete", "finalize", "close", "announce", "abandon", "sit", "make", "turn",
        "replace", "succeed", "back", "fund", "finance", "bankroll", "underwrite", "give", "provide", "extend",
        "inject", "grant", "issue", "award", "revoke", "withdraw", "cancel", "belong", "oversee", "supervise", "direct", "follow",
        "renew", "answer", "attach", "fall", "come", "sit", "count", "veto", "include",
    } | BLOCK_VERBS
)
CHAMBER_WORDS = {
    "assembly", "parliament", "senate", "congress", "duma", "chamber", "house", "sejm", "rada", "majlis", "legislature",
    "khural", "seimas", "saeima", "riigikogu", "storting", "knesset", "sabor", "skupstina", "cortes", "bundestag",
    "mejlis", "kenesh", "hural", "sobranie", "sobranje", "hluttaw", "shura", "eduskunta", "folketing", "althing", "riksdag", "oireachtas", "jirga",
}
"""Words naming a chamber of a legislature: "sat in the House of Representatives", "the National Assembly for X"."""
