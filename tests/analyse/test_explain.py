"""`levers explain`: cited, scored paths from a company to the organs of a state.

Three stores: the seed article alone (the issue's acceptance case), a corpus written
for these tests (corpus/, with expected paths in corpus/expected.json), both through
the real pipeline; and one small hand-made extraction whose text tries to inject HTML.
"""

from __future__ import annotations

import dataclasses
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from levers.analyse import Explanation, explain, render_explanation
from levers.analyse import Path as LeverPath
from levers.analyse.explain import UnknownEntity
from levers.cli import main
from levers.model import (
    Attribution,
    Claim,
    Document,
    Entity,
    Extraction,
    Qualifiers,
    Share,
)
from levers.reference import Reference, load_reference
from levers.store import Store

EXPECTED = json.loads((Path(__file__).parent / "corpus" / "expected.json").read_text(encoding="utf-8"))


def names(path: LeverPath) -> list[str]:
    return [node.name for node in path.nodes]


def find(explanation: Explanation, lever: str, *through: str) -> LeverPath:
    for path in explanation.paths:
        if path.lever == lever and all(name in names(path) for name in through):
            return path
    raise AssertionError(f"no {lever} path through {through}: {[(p.lever, names(p)) for p in explanation.paths]}")


def claim_link(path: LeverPath, kind: str):  # type: ignore[no-untyped-def]
    return next(link for link in path.links if link.kind == "claim" and link.type == kind)


# --- the seed article ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tiktok(seed_store: Store) -> Explanation:
    return explain(seed_store, "TikTok", state="China")


def test_seed_reaches_the_party_and_the_chinese_state(tiktok: Explanation) -> None:
    assert tiktok.linked
    assert [s.name for s in tiktok.states] == ["China"]
    china = tiktok.states[0]
    organs = {organ.name: organ for organ in china.organs}
    assert organs["Chinese Communist Party"].role == "ruling party"
    assert "China is reachable from TikTok" in tiktok.conclusion
    assert {"people", "cooperation", "regulation"} <= {p.lever for p in china.paths}


def test_seed_zhang_yiming_membership_is_the_authors_speculation(tiktok: Explanation) -> None:
    path = find(tiktok, "people", "Zhang Yiming", "Chinese Communist Party")
    assert names(path) == ["TikTok", "Zhang Yiming", "Chinese Communist Party"]
    assert claim_link(path, "leads").certainty == "asserted"
    member = claim_link(path, "member_of")
    assert member.certainty == "speculative"
    assert "speculation" in member.label and "by the author" in member.label
    assert path.weakest == "speculative"
    assert any("rests on speculation alone" in note and "Zhang Yiming" in note for note in tiktok.missing)
    tie = path.links[-1]
    assert tie.kind == "reference" and "ruling party of China" in tie.sentence


def test_seed_bytedance_pledge_is_reported_and_its_tie_to_tiktok_is_reference_data(tiktok: Explanation) -> None:
    path = find(tiktok, "cooperation", "ByteDance", "Chinese Communist Party")
    pledge = claim_link(path, "cooperates_with")
    assert pledge.certainty == "reported"
    assert "deepen cooperation" in pledge.statements[0].evidence
    parent = load_reference().lookup("TikTok")
    assert parent is not None and parent.parent == "ByteDance", "the test expects reference data to name TikTok's parent"
    tie = path.links[0]
    assert tie.kind == "reference" and tie.type == "parent" and tie.statements == []
    assert "reference data" in tie.label
    assert any("No stored document states that ByteDance owns TikTok" in note for note in tiktok.missing)


def test_seed_neihan_duanzi_shut_down_by_the_nrta(tiktok: Explanation) -> None:
    path = find(tiktok, "regulation", "National Radio and Television Administration")
    assert names(path) == ["TikTok", "Zhang Yiming", "Neihan Duanzi", "National Radio and Television Administration"]
    action = claim_link(path, "regulatory_action")
    assert action.qualifiers["action"] == "shut down" and action.qualifiers["date"] == "2018"
    assert action.certainty == "reported"
    assert path.organ.role == "regulator" and path.organ.basis == "reference data"


def test_seed_every_citation_quotes_the_document_at_its_offsets(seed_store: Store, tiktok: Explanation) -> None:
    for path in tiktok.paths:
        for link in path.links:
            assert link.kind == "reference" or link.statements
            for statement in link.statements:
                text = seed_store.document(statement.document_id).text
                quoted = " … ".join(text[a:b].strip() for a, b in statement.spans)
                assert statement.evidence == quoted


def test_without_the_reference_parent_the_missing_link_is_named(seed_store: Store) -> None:
    reference = load_reference()
    entries = [dataclasses.replace(e, parent=None) if e.name == "TikTok" else e for e in reference.entries]
    bare = Store(seed_store.engine.url.database, reference=Reference(countries=reference.countries, entries=entries))
    explanation = explain(bare, "TikTok", state="China")
    assert all("ByteDance" not in names(p) for p in explanation.paths)
    note = next(note for note in explanation.missing if note.startswith("ByteDance"))
    assert "pledged to cooperate with the Chinese Communist Party" in note
    assert "no stored document or reference entry links ByteDance to TikTok" in note
    bare.close()


def test_seed_text_output_separates_assertion_report_and_speculation(tiktok: Explanation) -> None:
    text = render_explanation(tiktok, "text")
    for words in ("How China could pull the levers of TikTok", "What the sources assert", "What they report from others",
                  "Speculation", "Reference facts", "What is missing", "according to Wikipedia"):
        assert words in text, words


# --- the test corpus ---------------------------------------------------------------------------


@pytest.mark.parametrize("case", EXPECTED["cases"], ids=lambda c: f"{c['company']}-{c['state']}")
def test_corpus_paths_and_their_order(corpus_store: Store, case: dict) -> None:
    explanation = explain(corpus_store, case["company"], state=case["state"])
    found = [[p.state, p.lever, names(p)] for p in explanation.paths]
    assert found == case["paths"], json.dumps(found)
    countered = [[p.state, p.lever, names(p)] for p in explanation.counter_evidence]
    assert countered == case["counter_evidence"]
    assert explanation.linked is case["linked"]
    scores = [p.score for p in explanation.paths]
    assert scores == sorted(scores, reverse=True)
    if "effective_share" in case:
        assert find(explanation, "ownership").effective_share == pytest.approx(case["effective_share"])
    for sentence, count in case.get("sources", {}).items():
        link = next(link for p in explanation.paths for link in p.links if link.sentence == sentence)
        assert link.sources == count
    assert [link.sentence for link in explanation.contradictions] == case.get("contradictions", [])


def test_corpus_contradiction_is_shown_side_by_side(corpus_store: Store) -> None:
    explanation = explain(corpus_store, "Volga Telecom")
    [link] = explanation.contradictions
    assert [s.document_id for s in link.statements] == ["09_petrov_party"]
    assert [s.document_id for s in link.denials] == ["10_petrov_denial"]
    assert link.denials[0].source == "Volga Telecom"
    text = render_explanation(explanation, "text")
    assert "Contradictions (shown side by side, not resolved)" in text
    assert "denies (denied by Volga Telecom" in text


def test_corpus_negated_link_is_counter_evidence(corpus_store: Store) -> None:
    explanation = explain(corpus_store, "Baltic Freight Lines")
    [path] = explanation.counter_evidence
    assert path.broken and path.score == 0
    assert path.links[0].sentence == "the Russian government does not control Baltic Freight Lines"
    assert explanation.conclusion.startswith("No path links Baltic Freight Lines to any state")
    assert "deny such a link" in explanation.conclusion


def test_corpus_asking_for_another_state_says_which_are_reachable(corpus_store: Store) -> None:
    explanation = explain(corpus_store, "Volga Telecom", state="Norway")
    assert explanation.conclusion.startswith("No path links Volga Telecom to Norway")
    assert any("Paths to other states exist: Russia" in note for note in explanation.missing)


# --- no link --------------------------------------------------------------------------------------


def test_a_company_with_no_state_link_says_so_plainly(corpus_store: Store) -> None:
    explanation = explain(corpus_store, "Brodhuset")
    assert not explanation.linked and explanation.paths == [] and explanation.counter_evidence == []
    assert explanation.conclusion.startswith("No path links Brodhuset to any state in the stored documents")
    for fmt in ("text", "markdown", "html"):
        assert "No path links Brodhuset to any state" in render_explanation(explanation, fmt)
    assert json.loads(render_explanation(explanation, "json"))["states"] == []


# --- formats ----------------------------------------------------------------------------------------


HOSTILE = 'The Chinese government owns 51% of Acme <script>alert("x")</script> & Sons.'


@pytest.fixture()
def hostile_store() -> Store:
    """One document whose title, names and evidence carry markup."""
    text = HOSTILE
    start = text.index("Acme")
    extraction = Extraction(
        document=Document("doc-<b>1</b>", text, title='<img src=x onerror="alert(1)">', published="2024-01-02"),
        entities=[
            Entity("e1", "Chinese government", "public_body", mentions=[(4, 22)]),
            Entity("e2", 'Acme <script>alert("x")</script> & Sons', "company", mentions=[(start, len(text) - 1)]),
        ],
        claims=[
            Claim(
                "c1", "owns", "e1", "e2", Qualifiers(share=Share(51.0, "51%")), "reported",
                Attribution(source="<i>insiders</i>", cue="said"), [(0, len(text))], 0.9,
            )
        ],
    )
    store = Store.memory()
    store.add(extraction)
    return store


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list) -> None:  # type: ignore[override]
        self.tags.add(tag)


def test_html_escapes_document_text(hostile_store: Store) -> None:
    explanation = explain(hostile_store, "Acme")
    assert [p.lever for p in explanation.paths] == ["ownership"]
    page = render_explanation(explanation, "html")
    assert "<script" not in page and "<img" not in page and "<i>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Sons" in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page
    parser = _Tags()
    parser.feed(page)
    assert parser.tags <= {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "small", "ol", "ul",
                           "li", "div", "blockquote", "span", "table", "tr", "th", "td"}


def test_formats_say_the_same_thing(hostile_store: Store) -> None:
    explanation = explain(hostile_store, "Acme")
    data = json.loads(render_explanation(explanation, "json"))
    assert data["states"][0]["paths"][0]["links"][0]["statements"][0]["evidence"] == HOSTILE
    assert data == json.loads(json.dumps(explanation.to_dict()))
    markdown = render_explanation(explanation, "markdown")
    assert markdown.startswith("# How a state could pull the levers of Acme")
    assert "\\<script\\>" in markdown and "<script>" not in markdown
    rows = explanation.to_rows()
    assert rows and rows[0]["lever"] == "ownership" and rows[0]["certainty"] == "reported"
    with pytest.raises(ValueError):
        render_explanation(explanation, "pdf")


# --- the API's edges and the command ---------------------------------------------------------------


def test_unknown_company_and_state_are_refused(seed_store: Store) -> None:
    with pytest.raises(UnknownEntity):
        explain(seed_store, "No Such Company Ltd")
    with pytest.raises(ValueError, match="Narnia"):
        explain(seed_store, "TikTok", state="Narnia")


def test_explain_by_node_id_and_by_state_code(seed_store: Store, tiktok: Explanation) -> None:
    again = explain(seed_store, tiktok.company.id, state="CN")
    assert [names(p) for p in again.paths] == [names(p) for p in tiktok.paths]


def test_cli_explain(seed_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    db = seed_store.engine.url.database
    assert main(["explain", "TikTok", "--state", "China", "--format", "json", "--db", db]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["states"][0]["name"] == "China"
    assert main(["explain", "TikTok", "--db", db, "--format", "html"]) == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")
    assert main(["explain", "No Such Company Ltd", "--db", db]) == 2
