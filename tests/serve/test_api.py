"""The HTTP API (/api/v1) against a real uvicorn server over a real SQLite store.

The store holds samples/ and the seed article, ingested through the real
pipeline (see conftest.py). Assertions lean on what the seed article states
plainly (Jack Ma is a party member according to the BBC) and on invariants
(offsets point at the text they claim to), not on every extraction detail.
"""

from __future__ import annotations

import json

import httpx
import pytest

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.types import registry

from levers.export.ftm import node_entity_id
from levers.serve.jobs import MAX_UPLOAD_BYTES

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def client(served) -> httpx.Client:  # type: ignore[no-untyped-def]
    with served.client() as c:
        yield c


def search(client: httpx.Client, q: str, **params: object) -> list[dict]:
    response = client.get("/api/v1/search", params={"q": q, **params})
    assert response.status_code == 200, response.text
    return response.json()["results"]


def entity_id(client: httpx.Client, name: str) -> int:
    hits = search(client, name)
    assert hits, f"no entity matches {name!r}"
    return hits[0]["id"]


def all_claims(entity: dict) -> list[dict]:
    return [claim for claims in entity["claims_by_type"].values() for claim in claims]


# --- meta ----------------------------------------------------------------------


def test_health_counts_the_ingested_corpus(served, client) -> None:
    body = client.get("/api/v1/health").json()
    assert body["status"] == "ok"
    assert body["writes_enabled"] is True
    assert body["counts"]["documents"] >= 10
    assert body["counts"]["claims"] > 0


def test_openapi_document_describes_the_versioned_api(client) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    paths = spec["paths"]
    for path in ("/api/v1/search", "/api/v1/entities/{node_id}", "/api/v1/entities/{node_id}/neighbours",
                 "/api/v1/documents/{doc_id}", "/api/v1/ingest"):
        assert path in paths
    assert "HTTPBearer" in json.dumps(paths["/api/v1/ingest"]["post"])
    assert spec["info"]["title"] == "levers"


def test_pages_and_api_carry_security_headers(client) -> None:
    for path in ("/", "/api/v1/health", "/static/app.js"):
        response = client.get(path)
        assert response.status_code == 200
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert response.headers["x-content-type-options"] == "nosniff"


def test_a_foreign_host_header_is_refused(client) -> None:
    """DNS rebinding: a page on another name that resolves to 127.0.0.1 gets nothing."""
    response = client.get("/api/v1/health", headers={"Host": "attacker.example"})
    assert response.status_code == 400


def test_the_graph_library_is_served_from_the_npm_install(client) -> None:
    response = client.get("/vendor/cytoscape.min.js")
    assert response.status_code == 200, "run `make install` (npm ci) to install cytoscape"
    assert "cytoscape" in response.text[:2000].lower()


# --- explain and timeline ----------------------------------------------------------


def test_explain_answers_with_cited_paths(client) -> None:
    response = client.get("/api/v1/explain", params={"company": "TikTok", "state": "China"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["company"]["name"] == "TikTok"
    assert body["state"] == "CN"
    china = body["states"][0]
    assert china["name"] == "China"
    assert "Chinese Communist Party" in [organ["name"] for organ in china["organs"]]
    for path in china["paths"]:
        for link in path["links"]:
            assert link["kind"] == "reference" or link["statements"], link
            for statement in link["statements"]:
                assert statement["document_id"] and statement["evidence"]
    assert "/api/v1/explain" in client.get("/api/v1/openapi.json").json()["paths"]


def test_explain_refuses_an_unknown_company_or_state(client) -> None:
    assert client.get("/api/v1/explain", params={"company": "No Such Company Ltd"}).status_code == 404
    response = client.get("/api/v1/explain", params={"company": "TikTok", "state": "Narnia"})
    assert response.status_code == 400
    assert "Narnia" in response.json()["detail"]
    assert client.get("/api/v1/explain").status_code == 422


def test_timeline_lists_dated_events_with_sources(client) -> None:
    node = entity_id(client, "Neihan Duanzi")
    response = client.get(f"/api/v1/entities/{node}/timeline")
    assert response.status_code == 200, response.text
    events = response.json()
    shut = [e for e in events if e["type"] == "regulatory_action"]
    assert shut and shut[0]["date"] == "2018" and shut[0]["dated_by"] == "claim"
    assert "National Radio and Television Administration" in shut[0]["sentence"]
    assert shut[0]["citations"][0]["evidence"]
    assert client.get("/api/v1/entities/999999/timeline").status_code == 404


# --- search ----------------------------------------------------------------------


def test_search_finds_an_exact_name_first(client) -> None:
    hits = search(client, "Jack Ma")
    assert hits[0]["name"] == "Jack Ma"
    assert hits[0]["match"] == "exact"
    assert hits[0]["type"] == "person"
    assert hits[0]["documents"] >= 1


def test_search_by_prefix_and_alias(client) -> None:
    assert search(client, "jack")[0]["name"] == "Jack Ma"
    by_alias = search(client, "Ma")
    assert "Jack Ma" in [hit["name"] for hit in by_alias]


@pytest.mark.parametrize("typo, name", [("Jak Ma", "Jack Ma"), ("TikTk", "TikTok"), ("Xi Jinpng", "Xi Jinping")])
def test_search_tolerates_typos(client, typo: str, name: str) -> None:
    hits = search(client, typo)
    assert hits, typo
    assert hits[0]["name"] == name
    assert hits[0]["match"] == "fuzzy"


def test_search_is_not_sql(client) -> None:
    for q in ("' OR 1=1 --", "%", "_", "\"; DROP TABLE nodes; --"):
        response = client.get("/api/v1/search", params={"q": q})
        assert response.status_code == 200
    assert client.get("/api/v1/health").json()["counts"]["nodes"] > 0


def test_search_checks_its_parameters(client) -> None:
    assert client.get("/api/v1/search", params={"q": ""}).status_code == 422
    assert client.get("/api/v1/search", params={"q": "x" * 201}).status_code == 422
    assert client.get("/api/v1/search", params={"q": "ma", "limit": 0}).status_code == 422
    assert len(search(client, "a", limit=3)) <= 3


# --- entities ----------------------------------------------------------------------


def test_jack_ma_is_a_party_member_according_to_the_bbc(client) -> None:
    """The issue's acceptance: the party membership, its BBC attribution and its sentence."""
    entity = client.get(f"/api/v1/entities/{entity_id(client, 'Jack Ma')}").json()
    membership = [c for c in entity["claims_by_type"].get("member_of", []) if c["other"]["name"] == "Chinese Communist Party"]
    assert membership, entity["claims_by_type"].keys()
    claim = membership[0]
    assert claim["direction"] == "out"
    assert claim["certainty"] == "reported"
    assert claim["source"] == "BBC"
    [citation] = claim["citations"]
    assert "Jack Ma is a member of the larger Chinese Communist Party according to the BBC" in citation["evidence"]


def test_tiktok_is_linked_to_the_chinese_state(client) -> None:
    entity = client.get(f"/api/v1/entities/{entity_id(client, 'TikTok')}").json()
    others = {claim["other"]["name"] for claim in all_claims(entity)}
    assert others & {"Chinese Communist Party", "China", "Chinese government", "Beijing"}, others


def test_every_citation_points_at_its_evidence_text(client) -> None:
    """Offsets are the contract: text[start:end] is exactly what the citation quotes."""
    entity = client.get(f"/api/v1/entities/{entity_id(client, 'Jack Ma')}").json()
    texts: dict[str, str] = {}
    checked = 0
    for claim in all_claims(entity):
        assert claim["other"]["id"] >= 1
        for citation in claim["citations"]:
            doc_id = citation["document_id"]
            if doc_id not in texts:
                texts[doc_id] = client.get(f"/api/v1/documents/{doc_id}").json()["text"]
            quoted = " … ".join(texts[doc_id][s:e] for s, e in citation["spans"])
            assert quoted == citation["evidence"]
            checked += 1
    assert checked >= 2


def test_claims_are_grouped_by_type_in_contract_order(client) -> None:
    from levers.model import CLAIM_TYPES

    entity = client.get(f"/api/v1/entities/{entity_id(client, 'Jack Ma')}").json()
    types = list(entity["claims_by_type"])
    assert types == sorted(types, key=CLAIM_TYPES.index)
    assert all(c["type"] == t for t, claims in entity["claims_by_type"].items() for c in claims)
    assert entity["claim_count"] == len(all_claims(entity))
    assert {d["id"] for d in entity["documents"]}


def test_unknown_entities_are_404_and_bad_ids_422(client) -> None:
    assert client.get("/api/v1/entities/987654321").status_code == 404
    assert client.get("/api/v1/entities/0").status_code == 422
    assert client.get("/api/v1/entities/abc").status_code == 422
    assert client.get("/api/v1/entities/987654321/neighbours").status_code == 404


def test_neighbours_are_paginated(client) -> None:
    node = entity_id(client, "Jack Ma")
    whole = client.get(f"/api/v1/entities/{node}/neighbours", params={"limit": 200}).json()
    assert whole["total"] == len(whole["items"]) >= 3
    pages = []
    for offset in range(0, whole["total"], 2):
        page = client.get(f"/api/v1/entities/{node}/neighbours", params={"limit": 2, "offset": offset}).json()
        assert page["total"] == whole["total"] and len(page["items"]) <= 2
        pages += page["items"]
    assert [n["id"] for n in pages] == [n["id"] for n in whole["items"]]
    claims = [n["claims"] for n in whole["items"]]
    assert claims == sorted(claims, reverse=True)
    for neighbour in whole["items"]:
        assert node not in (neighbour["id"],)
        for edge in neighbour["edges"]:
            assert {edge["subject"], edge["object"]} == {node, neighbour["id"]}
    assert client.get(f"/api/v1/entities/{node}/neighbours", params={"limit": 201}).status_code == 422


def test_graph_has_the_centre_its_neighbours_and_edges_between_them(client) -> None:
    node = entity_id(client, "TikTok")
    graph = client.get(f"/api/v1/entities/{node}/graph").json()
    ids = {n["id"] for n in graph["nodes"]}
    assert graph["center"] == node and node in ids
    assert [n["id"] for n in graph["nodes"] if n["center"]] == [node]
    assert graph["edges"]
    for edge in graph["edges"]:
        assert edge["subject"] in ids and edge["object"] in ids
        assert edge["certainty"] in ("asserted", "reported", "hedged", "speculative", "negated")
    small = client.get(f"/api/v1/entities/{node}/graph", params={"limit": 1}).json()
    assert len(small["nodes"]) == 2 and small["truncated"] is (len(graph["nodes"]) > 2)


# --- FtM export --------------------------------------------------------------------


def export_lines(client: httpx.Client, node: int, **params: object) -> list[EntityProxy]:
    response = client.get(f"/api/v1/entities/{node}/export", params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/x-ndjson")
    return [model.get_proxy(json.loads(line), cleaned=False) for line in response.text.splitlines()]


def test_export_is_ftm_of_the_entity_its_neighbours_and_the_claims_between_them(client) -> None:
    node = entity_id(client, "Jack Ma")
    proxies = export_lines(client, node)
    by_id = {p.id: p for p in proxies}
    assert len(by_id) == len(proxies), "ids are unique"
    assert by_id[node_entity_id(node)].schema.name == "Person"
    assert by_id[node_entity_id(node)].get("name") == ["Jack Ma"]
    party = entity_id(client, "Chinese Communist Party")
    memberships = [
        p for p in proxies
        if p.schema.name == "Membership" and p.get("member") == [node_entity_id(node)]
        and p.get("organization") == [node_entity_id(party)]
    ]
    assert memberships, sorted({p.schema.name for p in proxies})
    [membership] = memberships
    assert membership.get("publisher") == ["BBC"]
    assert "Jack Ma is a member of the larger Chinese Communist Party according to the BBC" in membership.first("summary")
    [proof] = membership.get("proof")
    assert by_id[proof].schema.name == "PlainText"
    dangling = [v for p in proxies for prop, v in p.itervalues() if prop.type == registry.entity and v not in by_id]
    assert dangling == []


def test_export_is_bounded_by_limit_and_depth(client) -> None:
    node = entity_id(client, "Jack Ma")
    nearest = client.get(f"/api/v1/entities/{node}/neighbours", params={"limit": 1}).json()["items"][0]["id"]
    allowed = {node_entity_id(node), node_entity_id(nearest)}
    small = export_lines(client, node, limit=1)
    claims = [p for p in small if p.id.startswith("levers-claim-")]
    assert claims
    for claim in claims:
        ends = {v for prop, v in claim.itervalues() if prop.type == registry.entity and v.startswith("levers-node-")}
        assert ends <= allowed, claim.to_dict()
    one, two = export_lines(client, node, limit=200), export_lines(client, node, limit=200, depth=2)
    assert node_ids(small) < node_ids(one) < node_ids(two)


def node_ids(proxies: list[EntityProxy]) -> set[str]:
    return {p.id for p in proxies if p.id.startswith("levers-node-")}


def test_export_refuses_unknown_entities_and_bad_bounds(client) -> None:
    assert client.get("/api/v1/entities/987654321/export").status_code == 404
    node = entity_id(client, "Jack Ma")
    for params in ({"depth": 3}, {"depth": 0}, {"limit": 0}, {"limit": 201}):
        assert client.get(f"/api/v1/entities/{node}/export", params=params).status_code == 422
    spec = client.get("/api/v1/openapi.json").json()
    assert "application/x-ndjson" in spec["paths"]["/api/v1/entities/{node_id}/export"]["get"]["responses"]["200"]["content"]


# --- documents ------------------------------------------------------------------


def test_documents_are_listed_with_pages(client) -> None:
    first = client.get("/api/v1/documents", params={"limit": 4}).json()
    assert first["total"] >= 11 and len(first["items"]) == 4
    second = client.get("/api/v1/documents", params={"limit": 4, "offset": 4}).json()
    assert not {d["id"] for d in first["items"]} & {d["id"] for d in second["items"]}


def test_every_document_has_offsets_into_its_own_text(client) -> None:
    docs = client.get("/api/v1/documents", params={"limit": 200}).json()["items"]
    for info in docs:
        doc = client.get(f"/api/v1/documents/{info['id']}").json()
        text = doc["text"]
        assert doc["chars"] == len(text)
        for entity in doc["entities"]:
            assert entity["node_id"] >= 1
            for start, end in entity["mentions"]:
                assert 0 <= start < end <= len(text) and text[start:end].strip()
        local = {e["id"] for e in doc["entities"]}
        for claim in doc["claims"]:
            assert claim["subject"] in local and claim["object"] in local
            for start, end in claim["evidence"]:
                assert 0 <= start < end <= len(text)


def test_unknown_documents_are_404(client) -> None:
    assert client.get("/api/v1/documents/no-such-document").status_code == 404
    assert client.get("/api/v1/documents/' OR '1'='1").status_code == 404


# --- ingest ------------------------------------------------------------------------

ARTICLE = (
    "Nordwind Energy owns a 40% stake in Baltic Pipe Holdings, the company said on Monday.\n"
    "Anna Keller is the chief executive of Nordwind Energy.\n"
)


def upload(client: httpx.Client, name: str, data: bytes, content_type: str = "text/plain", **headers: str) -> httpx.Response:
    return client.post("/api/v1/ingest", files={"file": (name, data, content_type)}, headers=headers)


def test_ingest_needs_the_token(served, client) -> None:
    assert upload(client, "a.txt", ARTICLE.encode()).status_code == 401
    wrong = upload(client, "a.txt", ARTICLE.encode(), Authorization="Bearer not-the-token")
    assert wrong.status_code == 401
    assert wrong.headers["www-authenticate"] == "Bearer"
    assert client.get("/api/v1/ingest/whatever").status_code == 401


def test_without_a_configured_token_writes_are_refused(read_only_url: str) -> None:
    with httpx.Client(base_url=read_only_url) as c:
        response = upload(c, "a.txt", ARTICLE.encode(), Authorization="Bearer anything")
        assert response.status_code == 403
        assert "LEVERS_TOKEN" in response.json()["detail"]
        assert c.get("/api/v1/health").json()["writes_enabled"] is False


@pytest.mark.parametrize(
    "name, data, content_type, status",
    [
        ("report.pdf", b"%PDF-1.4", "application/pdf", 415),
        ("notes.txt", b"plain words", "image/png", 415),
        ("binary.txt", b"text\x00with NUL", "text/plain", 415),
        ("latin1.txt", "caf\u00e9".encode("latin-1"), "text/plain", 415),
        ("empty.txt", b"   \n", "text/plain", 400),
        ("noext", b"words", "text/plain", 415),
    ],
)
def test_uploads_are_type_checked(served, client, name: str, data: bytes, content_type: str, status: int) -> None:
    response = upload(client, name, data, content_type, **served.auth())
    assert response.status_code == status, response.text


def test_uploads_over_the_limit_are_refused(served, client) -> None:
    big = b"a" * (MAX_UPLOAD_BYTES + 1)
    assert upload(client, "big.txt", big, **served.auth()).status_code == 413
    huge = b"a" * (MAX_UPLOAD_BYTES + 200_000)  # over the body limit: refused before parsing
    assert upload(client, "huge.txt", huge, **served.auth()).status_code == 413


def test_an_uploaded_text_is_ingested_and_searchable(served, client, wait_for_job) -> None:
    response = upload(client, "../../etc/nordwind report.txt", ARTICLE.encode(), **served.auth())
    assert response.status_code == 202, response.text
    job = response.json()
    assert job["filename"] == "nordwind_report.txt"  # no path survives
    done = wait_for_job(client, job["id"], served.auth())
    assert done["status"] == "done", done
    assert done["documents_done"] == 1 and done["document_ids"] == ["nordwind_report"]
    assert done["counts"] == {"added": 1}
    doc = client.get("/api/v1/documents/nordwind_report").json()
    assert doc["text"].startswith("Nordwind Energy owns")
    hits = search(client, "Nordwind")
    assert hits and hits[0]["name"].startswith("Nordwind")


def test_a_jsonl_upload_reports_progress_and_bad_lines(served, client, wait_for_job) -> None:
    lines = [
        json.dumps({"id": "jl-1", "text": ARTICLE, "title": "One"}),
        "{not json",
        json.dumps({"id": "jl-2", "text": "Anna Keller left Nordwind Energy in 2021.", "title": "Two"}),
    ]
    data = "\n".join(lines).encode()
    response = upload(client, "batch.jsonl", data, "application/x-ndjson", **served.auth())
    assert response.status_code == 202, response.text
    done = wait_for_job(client, response.json()["id"], served.auth())
    assert done["status"] == "done"
    assert done["documents_done"] == 2 and done["document_ids"] == ["jl-1", "jl-2"]
    assert len(done["errors"]) == 1 and done["errors"][0]["source"].startswith("batch.jsonl:")
    assert client.get("/api/v1/documents/jl-2").json()["title"] == "Two"


def test_another_server_process_answers_for_a_job_it_did_not_run(served, client, other_server_url, wait_for_job) -> None:
    """Job records live in the store: a second app over the same file, with its own
    store connection and no ingest of its own, follows a job the first one runs."""
    with httpx.Client(base_url=other_server_url, timeout=30) as other:
        response = upload(client, "second.txt", ARTICLE.replace("Anna Keller", "Berta Lind").encode(), **served.auth())
        assert response.status_code == 202, response.text
        job_id = response.json()["id"]
        done = wait_for_job(other, job_id, served.auth())
        assert done == client.get(f"/api/v1/ingest/{job_id}", headers=served.auth()).json()
        assert done["status"] == "done" and done["document_ids"] == ["second"]
        assert done["created_at"] <= done["started_at"] <= done["finished_at"]
        assert other.get("/api/v1/ingest/not-a-job", headers=served.auth()).status_code == 404


# --- judgements: merge and split ------------------------------------------------------


def test_merge_and_split_need_the_token(client, read_only_url: str) -> None:
    for path, body in (("/api/v1/merge", {"keep": 1, "other": 2}), ("/api/v1/split", {"node": 1, "documents": ["d"]})):
        assert client.post(path, json=body).status_code == 401
        wrong = client.post(path, json=body, headers={"Authorization": "Bearer not-the-token"})
        assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
        with httpx.Client(base_url=read_only_url) as c:
            refused = c.post(path, json=body, headers={"Authorization": "Bearer anything"})
            assert refused.status_code == 403 and "LEVERS_TOKEN" in refused.json()["detail"]


def documents_of(client: httpx.Client, node: int) -> set[str]:
    response = client.get(f"/api/v1/entities/{node}")
    assert response.status_code == 200, response.text
    return {d["id"] for d in response.json()["documents"]}


def test_a_merge_then_a_split_are_stored_and_shown(small_served) -> None:
    store = small_served.store
    with small_served.client(headers=small_served.auth()) as c:
        facebook, meta = entity_id(c, "Facebook"), entity_id(c, "Meta Platforms")
        merged = c.post("/api/v1/merge", json={"keep": meta, "other": facebook})
        assert merged.status_code == 200, merged.text
        assert merged.json() == {"id": meta, "merged": facebook}
        assert c.get(f"/api/v1/entities/{facebook}").status_code == 404
        assert documents_of(c, meta) == {"d1", "d2", "d3"}
        assert entity_id(c, "Facebook") == meta
        assert {r.document_id for r in store.resolutions(meta) if "merged by hand" in r.reason} == {"d1"}

        split = c.post("/api/v1/split", json={"node": meta, "documents": ["d3"]})
        assert split.status_code == 200, split.text
        new_id = split.json()["new_id"]
        assert split.json() == {"id": meta, "new_id": new_id, "documents": ["d3"]}
        assert documents_of(c, meta) == {"d1", "d2"}
        assert documents_of(c, new_id) == {"d3"}
        assert {r.method for r in store.resolutions(new_id)} == {"pinned"}


def test_judgements_that_cannot_be_are_refused(small_served) -> None:
    with small_served.client(headers=small_served.auth()) as c:
        meta = entity_id(c, "Meta Platforms")
        itself = c.post("/api/v1/merge", json={"keep": meta, "other": meta})
        assert itself.status_code == 400 and "itself" in itself.json()["detail"]
        assert c.post("/api/v1/merge", json={"keep": meta, "other": 987654321}).status_code == 404
        assert c.post("/api/v1/split", json={"node": 987654321, "documents": ["d1"]}).status_code == 404
        elsewhere = c.post("/api/v1/split", json={"node": meta, "documents": ["d1"]})
        assert elsewhere.status_code == 400 and "no entity in" in elsewhere.json()["detail"]
        everything = c.post("/api/v1/split", json={"node": meta, "documents": ["d2", "d3"]})
        assert everything.status_code == 400 and "nothing to split" in everything.json()["detail"]
        assert c.post("/api/v1/split", json={"node": meta, "documents": []}).status_code == 422
        assert c.post("/api/v1/merge", json={"keep": meta}).status_code == 422
        assert documents_of(c, meta) == {"d2", "d3"}
