"""Annotated articles escape everything an article contains."""
import re

from framing.annotate import annotated_html, annotated_markdown
from framing.corpus import prepare
from framing.quotes import extract_quotes
from framing.terms import find_mentions

ARTICLE = ("\u201cThe <script>alert(1)</script> camps are *schools* {eval}`x` [link](http://x),\u201d said Wang Wenbin."
           "\n\n```{raw} html\n<img src=x onerror=alert(2)>\n```\n\nCosts: 100% & $5 #1 under_score.")


def _annotated(lexicons):
    doc = prepare(ARTICLE, "a", lexicons)
    quotes = extract_quotes(doc, lexicons)
    return doc, quotes, find_mentions(doc, lexicons, quotes)


def test_html_escapes_article_text_and_marks_quotes_and_terms(lexicons):
    page = annotated_html(*_annotated(lexicons))
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x onerror=alert(2)&gt;" in page
    assert 'class="quote quote-CN_GOV" title="speech: Wang Wenbin (CN_GOV), cue &#x27;said&#x27;"' in page
    assert re.search(r'<mark class="term term-official"[^>]*>schools</mark>', page)


def test_markdown_escapes_every_markup_character(lexicons):
    text = annotated_markdown(*_annotated(lexicons))
    for literal in ("\\{eval\\}\\`x\\`", "\\[link\\]\\(http\\:\\/\\/x\\)", "\\`\\`\\`\\{raw\\} html", "\\<img", "100\\%",
                    "\\$5", "\\#1", "under\\_score"):
        assert literal in text, literal
    assert "**schools**\\(O\\)" in text and "\\[CN\\_GOV\\>" in text


def test_every_character_of_the_kept_text_is_shown_once(lexicons):
    doc, quotes, mentions = _annotated(lexicons)
    page = annotated_html(doc, quotes, mentions)
    visible = re.sub(r"<[^>]+>", "", page).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") \
        .replace("&quot;", '"').replace("&#x27;", "'")
    assert "".join(visible.split()) == "".join(doc.clean_text().split())
