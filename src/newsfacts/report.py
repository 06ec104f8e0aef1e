"""One self-contained HTML page showing each article's text with its records highlighted.

Spans may nest (an amount inside a claim), so the text is cut at every span boundary and
each piece is marked with the kinds of all the spans covering it.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from itertools import pairwise

from .records import Article

KINDS = ("claim", "company", "organization", "amount", "year")

STYLE = """
body { font: 15px/1.6 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; color: #222; }
article { border-top: 1px solid #ccc; padding: 1rem 0; }
.meta, .legend { color: #666; font-size: 13px; }
.text { white-space: pre-wrap; }
mark { background: none; padding: 0; }
.claim { background: #fff4c2; }
.company { border-bottom: 2px solid #e07b00; }
.organization { border-bottom: 2px dashed #7a5cc0; }
.amount { background: #c8efc8; }
.year { background: #cfe3ff; }
.error { color: #b00020; }
table { border-collapse: collapse; font-size: 13px; margin: .5rem 0; }
td, th { border: 1px solid #ddd; padding: 2px 6px; text-align: left; vertical-align: top; }
"""


def render(articles: Iterable[Article], *, title: str = "newsfacts") -> str:
    """The HTML page of `articles`."""
    body = "\n".join(_article(article) for article in articles)
    legend = " ".join(f'<mark class="{kind}">{kind}</mark>' for kind in KINDS)
    return (
        f'<!doctype html>\n<html><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{STYLE}</style></head><body><h1>{escape(title)}</h1>"
        f'<p class="legend">{legend}</p>\n{body}\n</body></html>\n'
    )


def _spans(article: Article) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, tooltip) of every record with a place in the text."""
    spans = []
    for company in article.companies:
        for m in company.mentions:
            spans.append((m.start, m.end, "company", company.name))
    for organization in article.organizations:
        for m in organization.mentions:
            spans.append(
                (m.start, m.end, "organization", f"{organization.name} ({organization.kind})")
            )
    for amount in article.amounts:
        number = amount.value if amount.value is not None else f"{amount.low}–{amount.high}"
        spans.append(
            (amount.start, amount.end, "amount", f"{number} {amount.currency} {amount.qualifier}")
        )
    for year in article.years:
        spans.append((year.start, year.end, "year", f"{year.year} ({year.kind})"))
    for claim in article.claims:
        speaker = claim.speaker.name if claim.speaker else "anonymous"
        spans.append((claim.start, claim.end, "claim", f"{speaker} ({claim.cue})"))
    return spans


def _highlighted(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    pieces = []
    for start, end in pairwise(cuts):
        covering = [span for span in spans if span[0] <= start and end <= span[1]]
        covering.sort(key=lambda span: KINDS.index(span[2]))
        piece = escape(text[start:end])
        if covering:
            kinds = " ".join(dict.fromkeys(kind for _, _, kind, _ in covering))
            tip = escape("; ".join(f"{kind}: {tip}" for _, _, kind, tip in covering))
            piece = f'<mark class="{kinds}" title="{tip}">{piece}</mark>'
        pieces.append(piece)
    return "".join(pieces)


def _article(article: Article) -> str:
    meta = f"{article.lang or '?'} · published {article.published or 'unknown'}"
    parts = [f"<article><h2>{escape(article.id)}</h2><p class='meta'>{escape(meta)}</p>"]
    for error in article.errors:
        parts.append(f"<p class='error'>{escape(error.code)}: {escape(error.message)}</p>")
    if article.text:
        parts.append(f"<div class='text'>{_highlighted(article.text, _spans(article))}</div>")
    if article.claims:
        rows = "".join(
            f"<tr><td>{escape(c.speaker.name if c.speaker else '—')}</td><td>{escape(c.cue)}</td>"
            f"<td>{escape(c.text)}</td></tr>"
            for c in article.claims
        )
        parts.append(f"<table><tr><th>speaker</th><th>cue</th><th>content</th></tr>{rows}</table>")
    parts.append("</article>")
    return "".join(parts)
