"""The web page in headless Chromium (Debian's /usr/bin/chromium), driven by Playwright.

An analyst's path: search, open an entity, follow a claim to its highlighted
evidence, open the graph; and a document full of <script> that must not run.
Each test saves a screenshot under out/screenshots/ (ignored by git) for a
reviewer to look at.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium; .ci/run does)", allow_module_level=True)

from playwright.sync_api import Browser, ConsoleMessage, Page, expect, sync_playwright  # noqa: E402

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    # launch() gives the browser a fresh, empty profile folder of its own.
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, served) -> Iterator[Page]:  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=served.url, viewport={"width": 1300, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("console", lambda message: _console(problems, message))
    page.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    yield page
    context.close()
    assert not problems, problems


def _console(problems: list[str], message: ConsoleMessage) -> None:
    if message.type == "error":
        problems.append(f"console error: {message.text}")


def screenshot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def test_home_shows_the_store(page: Page) -> None:
    page.goto("/")
    expect(page.locator("h1")).to_have_text("Who can pull the levers?")
    expect(page.locator("ul.documents li").first).to_be_visible()
    screenshot(page, "home")


def test_search_entity_and_the_highlighted_evidence(page: Page) -> None:
    page.goto("/")
    page.fill("#q", "jak ma")  # a typo on purpose
    page.press("#q", "Enter")
    first = page.locator("li.result a.name").first
    expect(first).to_have_text("Jack Ma")
    screenshot(page, "search")

    first.click()
    expect(page.locator("h1")).to_contain_text("Jack Ma")
    expect(page.locator("#export-ftm")).to_have_attribute("href", re.compile(r"^/api/v1/entities/\d+/export$"))
    reported = page.locator("section[data-type=member_of] .certainty-group.c-reported")
    expect(reported.locator("h3")).to_contain_text("reported")
    membership = reported.locator("li.claim", has_text="Chinese Communist Party").first
    expect(membership).to_contain_text("source: BBC")
    quote = membership.locator("blockquote").first.inner_text()
    assert "Jack Ma is a member of the larger Chinese Communist Party according to the BBC" in quote
    membership.scroll_into_view_if_needed()
    screenshot(page, "entity")

    membership.locator("a.evidence-link").first.click()
    focus = page.locator("#doc-text mark.focus")
    expect(focus.first).to_be_visible()
    expect(focus.first).to_be_in_viewport()
    assert "".join(focus.all_inner_texts()) == quote
    assert page.url.split("#", 1)[1].startswith("/document/")
    mention = page.locator("#doc-text a.mention", has_text="Jack Ma").first
    expect(mention).to_have_attribute("href", re.compile(r"^#/entity/\d+$"))
    screenshot(page, "document")

    mention.click()
    expect(page.locator("h1")).to_contain_text("Jack Ma")


def test_graph_shows_certainty_and_follows_clicks(page: Page, served) -> None:  # type: ignore[no-untyped-def]
    with httpx.Client(base_url=served.url) as client:
        tiktok = client.get("/api/v1/search", params={"q": "TikTok"}).json()["results"][0]["id"]
    page.goto(f"/#/entity/{tiktok}")
    page.click("#open-graph")
    page.wait_for_function("() => window.leversGraph && window.leversGraph.nodes().length > 1")
    expect(page.locator("#graph canvas").first).to_be_visible()
    edges = page.evaluate(
        """() => window.leversGraph.edges().map(e => ({
            certainty: e.data('certainty'), style: e.style('line-style'), colour: e.style('line-color')}))"""
    )
    assert edges
    for edge in edges:
        dashed = edge["certainty"] in ("hedged", "speculative")
        assert (edge["style"] == "dashed") is dashed, edge
        if edge["certainty"] == "negated":
            assert edge["colour"] == "rgb(208,49,45)", edge
    screenshot(page, "graph")

    other = page.evaluate("() => window.leversGraph.nodes(':not(.center)')[0].id()")
    page.evaluate(f"() => window.leversGraph.getElementById('{other}').emit('tap')")
    page.wait_for_function(f"() => location.hash === '#/graph/{other[1:]}'")
    page.wait_for_function(f"() => window.leversGraph && window.leversGraph.nodes('.center').id() === '{other}'")


XSS_TEXT = (
    "<script>window.__pwned = 'script'; alert('script ran')</script>\n"
    "Acme Holdings owns Beta Mining, the company said. <img src=x onerror=\"window.__pwned='img'\">\n"
    "<svg onload=\"window.__pwned='svg'\"></svg> <iframe src=\"javascript:window.__pwned='frame'\"></iframe>\n"
)


def test_a_document_full_of_script_renders_as_text(page: Page, served, wait_for_job) -> None:  # type: ignore[no-untyped-def]
    line = {"id": "xss-probe", "title": "<img src=x onerror=\"window.__pwned='title'\">Probe", "text": XSS_TEXT}
    with httpx.Client(base_url=served.url) as client:
        response = client.post(
            "/api/v1/ingest",
            files={"file": ("xss.jsonl", json.dumps(line).encode(), "application/jsonl")},
            headers=served.auth(),
        )
        assert response.status_code == 202, response.text
        assert wait_for_job(client, response.json()["id"], served.auth())["status"] == "done"

    page.goto("/#/document/xss-probe")
    text = page.locator("#doc-text")
    expect(text).to_contain_text("<script>window.__pwned = 'script'")
    expect(page.locator("h1")).to_have_text(line["title"])
    assert page.locator("#view script, #view img, #view svg, #view iframe").count() == 0
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__pwned === undefined")
    page.goto("/#/search?q=%3Cscript%3E")
    expect(page.locator("h1")).to_contain_text("<script>")
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__pwned === undefined")
    page.goto("/#/document/xss-probe")
    expect(text).to_be_visible()
    screenshot(page, "document-with-script")


def _entity_id(served, name: str) -> int:  # type: ignore[no-untyped-def]
    with httpx.Client(base_url=served.url) as client:
        return client.get("/api/v1/search", params={"q": name}).json()["results"][0]["id"]


def test_exposure_panel_explains_the_paths_to_a_state(page: Page, served) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"/#/entity/{_entity_id(served, 'TikTok')}")
    panel = page.locator("#exposure")
    expect(panel.locator("h2")).to_have_text("Exposure to a state")
    china = panel.locator(".state[data-state=CN]")
    expect(china.locator("h3")).to_contain_text("China")
    expect(china).to_contain_text("Chinese Communist Party")
    people = china.locator(".lever[data-lever=people]")
    membership = people.locator("li.link", has_text="Zhang Yiming is a member of the Chinese Communist Party").first
    expect(membership.locator(".link-line .badge.c-speculative")).to_have_text("speculative")
    expect(membership.locator(".cite .source")).to_contain_text("speculation")
    expect(membership.locator("blockquote").first).not_to_be_empty()
    expect(membership.locator("a.evidence-link").first).to_have_attribute("href", re.compile(r"^#/document/.+\?hl=\d+-\d+"))
    expect(people.locator("li.link[data-kind=reference] .badge").first).to_have_text("reference data")
    expect(panel.locator(".missing li").first).to_be_visible()
    panel.locator("h2").scroll_into_view_if_needed()
    screenshot(page, "explain")

    page.fill("#exposure-state", "Japan")  # a state with no path from TikTok: the plain sentence
    page.click("#exposure-form button")
    expect(panel.locator(".state")).to_have_count(0)
    expect(panel.locator(".conclusion")).not_to_be_empty()
    expect(panel.locator(".conclusion")).not_to_contain_text("China is reachable")


def test_timeline_lists_dated_events(page: Page, served) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"/#/entity/{_entity_id(served, 'Zhang Yiming')}")
    panel = page.locator("#timeline")
    event = panel.locator("li.event", has_text="Neihan Duanzi").first
    expect(event.locator(".date")).to_contain_text("2018")
    expect(event.locator(".badge.certainty")).to_be_visible()
    expect(event.locator(".source")).not_to_be_empty()
    link = event.locator("a.evidence-link").first
    expect(link).to_have_attribute("href", re.compile(r"^#/document/"))
    page.evaluate("() => document.getElementById('timeline').scrollIntoView({block: 'start'})")
    screenshot(page, "timeline")
    link.click()
    expect(page.locator("#doc-text mark.focus").first).to_be_visible()
