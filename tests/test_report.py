"""The HTML report: nested records are highlighted without breaking the text."""

from newsfacts.records import Amount, Article, Claim, Company, Mention, Speaker
from newsfacts.report import render

TEXT = "Il a dit que Meta & co dépensera 65 milliards de dollars."


def test_nested_spans_and_escaping():
    article = Article(
        id="a<1>",
        text=TEXT,
        companies=[
            Company(name="Meta", source="ner", mentions=[Mention(text="Meta", start=13, end=17)])
        ],
        amounts=[
            Amount(text="65 milliards de dollars", start=33, end=56, value=65e9, currency="USD")
        ],
        claims=[
            Claim(
                text=TEXT[13:56],
                start=13,
                end=56,
                speaker=Speaker(name="Mark Zuckerberg"),
                cue="dire",
            )
        ],
    )
    page = render([article])
    assert "<h2>a&lt;1&gt;</h2>" in page
    tip = "claim: Mark Zuckerberg (dire); company: Meta"
    assert f'<mark class="claim company" title="{tip}">Meta</mark>' in page
    assert '<mark class="claim"' in page and " &amp; co dépensera " in page
    assert 'title="claim: Mark Zuckerberg (dire); amount: 65000000000.0 USD exact"' in page
    assert "<td>Mark Zuckerberg</td><td>dire</td>" in page


def test_article_with_errors_only():
    page = render([Article(id="x", errors=[{"code": "binary", "message": "binary data"}])])
    assert "<p class='error'>binary: binary data</p>" in page
