"""An `Explanation` as text, Markdown, JSON or a standalone HTML page.

Every format says the same things in the same order: the conclusion; per state,
its paths grouped by lever, each link with its certainty and a citation per
statement; counter-evidence; contradictions side by side; the links sorted by how
firmly they are stated; what is missing. HTML escapes every piece of text.
"""

from __future__ import annotations

import html
import json
import textwrap
from collections.abc import Iterable
from typing import Literal

from .explain import Explanation, Link, Path, StateExposure, Statement
from .scoring import LEVER_STRENGTH, LEVER_TITLES
from .wording import sentence_case

Format = Literal["text", "markdown", "json", "html"]
FORMATS: tuple[str, ...] = ("text", "markdown", "json", "html")

BASIS = (
    ("asserted", "What the sources assert"),
    ("reported", "What they report from others"),
    ("hedged", "What they hedge (may, reportedly)"),
    ("speculative", "Speculation"),
    ("reference", "Reference facts (background data, not from the documents)"),
)
KEY = (
    "asserted: the author states it; reported: the author passes on what a named or unnamed "
    "source says; hedged: a modal or hedge weakens it; speculation: the author's own guess; "
    "reference: background data shipped with levers, never a claim from a document. "
    "Scores (0-1) weigh lever type, certainty, independent sources and recency (analyse/scoring.py)."
)
_WIDTH = 100


def render_explanation(explanation: Explanation, fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps(explanation.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return _markdown(explanation)
    if fmt == "html":
        return _html(explanation)
    if fmt == "text":
        return _text(explanation)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def title(explanation: Explanation) -> str:
    state = next((s.name for s in explanation.states if s.code == explanation.state), explanation.state)
    who = state or "a state"
    return f"How {who} could pull the levers of {explanation.company.name}"


def by_lever(exposure: StateExposure) -> list[tuple[str, list[Path]]]:
    """The state's paths grouped by lever, strongest lever type first, each group strongest path first."""
    groups: dict[str, list[Path]] = {}
    for path in exposure.paths:
        groups.setdefault(path.lever, []).append(path)
    order = list(LEVER_STRENGTH)
    return sorted(groups.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order))


def by_basis(explanation: Explanation) -> list[tuple[str, list[Link]]]:
    """Every distinct link on the lever paths, by how firmly it is stated."""
    groups: dict[str, list[Link]] = {key: [] for key, _ in BASIS}
    seen: set[str] = set()
    for path in explanation.paths:
        for link in path.links:
            if link.sentence in seen:
                continue
            seen.add(link.sentence)
            groups.setdefault(link.certainty, []).append(link)
    return [(label, groups[key]) for key, label in BASIS if groups.get(key)]


def citation(statement: Statement) -> str:
    """“quote” — document id, “title”, date."""
    place = statement.document_id
    if statement.document_title:
        place += f", “{statement.document_title}”"
    place += f", {statement.published or 'undated'}"
    return f"“{_one_line(statement.evidence)}” — {place}"


def link_line(link: Link) -> str:
    """The link's sentence with its basis: "[reported: according to X; 2 independent sources]"."""
    if link.kind == "reference":
        return f"{sentence_case(link.sentence)}. [{link.label}]"
    basis = link.label if link.statements else "only denied"
    if link.sources > 1:
        basis += f"; {link.sources} independent sources"
    if link.contradicted:
        basis += "; contradicted, see below"
    return f"{sentence_case(link.sentence)}. [{basis}]"


def path_heading(path: Path) -> str:
    share = f"; effective share {path.effective_share:g}%" if path.effective_share is not None else ""
    chain = " → ".join(n.name for n in path.nodes)
    if path.organ.basis != "the country itself" and path.organ.name != path.nodes[-1].name:
        chain += f" → {path.organ.name}"
    return f"{chain}  (score {path.score:.2f}; weakest link: {_weakest(path.weakest)}{share})"


def _weakest(certainty: str) -> str:
    return {"speculative": "speculation", "reference": "reference data only"}.get(certainty, certainty)


# --- text ---------------------------------------------------------------------------------


def _text(e: Explanation) -> str:
    heading = title(e)
    out = [heading, "=" * len(heading), *_wrap(e.conclusion, ""), ""]
    for exposure in e.states:
        organs = "; ".join(f"{o.name} ({o.role}, by {o.basis})" for o in exposure.organs)
        out += [f"{exposure.name}: exposure {exposure.score:.2f}", *_wrap(f"Reached: {organs}", "  "), ""]
        for lever, paths in by_lever(exposure):
            out.append(f"  {LEVER_TITLES.get(lever, lever)}")
            for number, path in enumerate(paths, 1):
                out += _wrap(f"{number}. {path_heading(path)}", "    ", "       ")
                out += _text_links(path.links, "       ")
            out.append("")
    if e.counter_evidence:
        out.append("Counter-evidence: paths that a denial breaks")
        for path in e.counter_evidence:
            out += _wrap(f"- {path_heading(path)}", "  ", "    ")
            out += _text_links(path.links, "    ")
        out.append("")
    if e.contradictions:
        out.append("Contradictions (shown side by side, not resolved)")
        for link in e.contradictions:
            out += _wrap(f"- {sentence_case(link.sentence)}", "  ", "    ")
            out += _text_statements("says", link.statements, "    ")
            out += _text_statements("denies", link.denials, "    ")
        out.append("")
    basis = by_basis(e)
    if basis:
        out.append("On what evidence")
        for label, links in basis:
            out.append(f"  {label}:")
            for link in links:
                out += _wrap(f"- {sentence_case(link.sentence)}", "    ", "      ")
        out.append("")
    if e.missing:
        out.append("What is missing")
        for note in e.missing:
            out += _wrap(f"- {note}", "  ", "    ")
        out.append("")
    out += _wrap(f"Key: {KEY}", "")
    return "\n".join(out).rstrip() + "\n"


def _text_links(links: Iterable[Link], indent: str) -> list[str]:
    lines: list[str] = []
    for link in links:
        lines += _wrap(f"• {link_line(link)}", indent, indent + "  ")
        for statement in link.statements:
            lines += _wrap(f"{statement.label}: {citation(statement)}", indent + "    ", indent + "      ")
        for statement in link.denials:
            lines += _wrap(f"{statement.label.upper()}: {citation(statement)}", indent + "    ", indent + "      ")
    return lines


def _text_statements(verb: str, statements: list[Statement], indent: str) -> list[str]:
    lines: list[str] = []
    for statement in statements:
        lines += _wrap(f"{verb} ({statement.label}): {citation(statement)}", indent, indent + "  ")
    return lines


def _wrap(text: str, indent: str, subsequent: str | None = None) -> list[str]:
    return textwrap.wrap(
        text, width=_WIDTH, initial_indent=indent, subsequent_indent=subsequent if subsequent is not None else indent
    ) or [indent.rstrip()]


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- markdown -------------------------------------------------------------------------------


def _md(text: str) -> str:
    """Text safe inside Markdown: characters that would start markup are escaped."""
    out = []
    for ch in text:
        out.append("\\" + ch if ch in "\\`*_{}[]<>#|!" else ch)
    return "".join(out)


def _markdown(e: Explanation) -> str:
    out = [f"# {_md(title(e))}", "", _md(e.conclusion), ""]
    for exposure in e.states:
        out += [f"## {_md(exposure.name)} (exposure {exposure.score:.2f})", ""]
        out += [f"Reached: {_md('; '.join(f'{o.name} ({o.role}, by {o.basis})' for o in exposure.organs))}", ""]
        for lever, paths in by_lever(exposure):
            out += [f"### {_md(LEVER_TITLES.get(lever, lever))}", ""]
            for number, path in enumerate(paths, 1):
                out.append(f"{number}. **{_md(path_heading(path))}**")
                out += _md_links(path.links, "   ")
            out.append("")
    if e.counter_evidence:
        out += ["## Counter-evidence: paths that a denial breaks", ""]
        for path in e.counter_evidence:
            out.append(f"- **{_md(path_heading(path))}**")
            out += _md_links(path.links, "  ")
        out.append("")
    if e.contradictions:
        out += ["## Contradictions (shown side by side, not resolved)", ""]
        out += ["| Link | Says so | Denies it |", "| --- | --- | --- |"]
        for link in e.contradictions:
            says = "<br>".join(_md(f"{s.label}: {citation(s)}") for s in link.statements)
            denies = "<br>".join(_md(f"{s.label}: {citation(s)}") for s in link.denials)
            out.append(f"| {_md(sentence_case(link.sentence))} | {says} | {denies} |")
        out.append("")
    basis = by_basis(e)
    if basis:
        out += ["## On what evidence", ""]
        for label, links in basis:
            out.append(f"- **{_md(label)}**")
            out += [f"  - {_md(sentence_case(link.sentence))}" for link in links]
        out.append("")
    if e.missing:
        out += ["## What is missing", ""] + [f"- {_md(note)}" for note in e.missing] + [""]
    out += [f"*{_md(KEY)}*", ""]
    return "\n".join(out)


def _md_links(links: Iterable[Link], indent: str) -> list[str]:
    lines = []
    for link in links:
        lines.append(f"{indent}- {_md(link_line(link))}")
        for statement in link.statements:
            lines.append(f"{indent}  > {_md(statement.label)}: {_md(citation(statement))}")
            lines.append(f"{indent}  >")
        for statement in link.denials:
            lines.append(f"{indent}  > **{_md(statement.label)}**: {_md(citation(statement))}")
            lines.append(f"{indent}  >")
        if lines[-1].endswith(">"):
            lines.pop()
    return lines


# --- html ---------------------------------------------------------------------------------------

_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.25rem; margin-top: 2rem; } h3 { font-size: 1.05rem; }
.path { margin: .8rem 0; } .path > .heading { font-weight: 600; }
.link { margin: .3rem 0 .3rem 1.2rem; } .basis { color: #555; font-size: .9em; }
blockquote { margin: .2rem 0 .2rem 1.2rem; padding-left: .6rem; border-left: 3px solid #ccc; color: #333; }
.certainty-speculative, .certainty-hedged { border-left-style: dashed; } .denied { border-left-color: #c33; }
.reference { font-style: italic; } .missing li { margin: .3rem 0; } .key { color: #555; font-size: .85em; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .3rem .5rem; vertical-align: top; }
"""


def _html(e: Explanation) -> str:
    esc = html.escape
    body: list[str] = [f"<h1>{esc(title(e))}</h1>", f"<p class=\"conclusion\">{esc(e.conclusion)}</p>"]
    for exposure in e.states:
        body.append(f"<h2>{esc(exposure.name)} <small>(exposure {exposure.score:.2f})</small></h2>")
        organs = "; ".join(f"{o.name} ({o.role}, by {o.basis})" for o in exposure.organs)
        body.append(f"<p>Reached: {esc(organs)}</p>")
        for lever, paths in by_lever(exposure):
            body.append(f"<h3>{esc(LEVER_TITLES.get(lever, lever))}</h3><ol>")
            body += [f"<li class=\"path\">{_html_path(path)}</li>" for path in paths]
            body.append("</ol>")
    if e.counter_evidence:
        body.append("<h2>Counter-evidence: paths that a denial breaks</h2><ul>")
        body += [f"<li class=\"path\">{_html_path(path)}</li>" for path in e.counter_evidence]
        body.append("</ul>")
    if e.contradictions:
        body.append("<h2>Contradictions (shown side by side, not resolved)</h2>")
        body.append("<table><tr><th>Link</th><th>Says so</th><th>Denies it</th></tr>")
        for link in e.contradictions:
            says = "".join(_html_statement(s) for s in link.statements)
            denies = "".join(_html_statement(s, denied=True) for s in link.denials)
            body.append(f"<tr><td>{esc(sentence_case(link.sentence))}</td><td>{says}</td><td>{denies}</td></tr>")
        body.append("</table>")
    basis = by_basis(e)
    if basis:
        body.append("<h2>On what evidence</h2>")
        for label, links in basis:
            items = "".join(f"<li>{esc(sentence_case(link.sentence))}</li>" for link in links)
            body.append(f"<h3>{esc(label)}</h3><ul>{items}</ul>")
    if e.missing:
        items = "".join(f"<li>{esc(note)}</li>" for note in e.missing)
        body.append(f"<h2>What is missing</h2><ul class=\"missing\">{items}</ul>")
    body.append(f"<p class=\"key\">{esc(KEY)}</p>")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{esc(title(e))}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _html_path(path: Path) -> str:
    esc = html.escape
    links = "".join(_html_link(link) for link in path.links)
    return f"<div class=\"heading\">{esc(path_heading(path))}</div>{links}"


def _html_link(link: Link) -> str:
    esc = html.escape
    css = "link reference" if link.kind == "reference" else f"link certainty-{esc(link.certainty)}"
    quotes = "".join(_html_statement(s) for s in link.statements)
    quotes += "".join(_html_statement(s, denied=True) for s in link.denials)
    return f"<div class=\"{css}\">{esc(link_line(link))}{quotes}</div>"


def _html_statement(statement: Statement, denied: bool = False) -> str:
    esc = html.escape
    css = f"certainty-{esc(statement.certainty)}" + (" denied" if denied else "")
    label = statement.label.upper() if denied else statement.label
    return f"<blockquote class=\"{css}\"><span class=\"basis\">{esc(label)}:</span> {esc(citation(statement))}</blockquote>"

