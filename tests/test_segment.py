import pytest

from framing.corpus import prepare


def sentences(doc):
    return [doc.text[s.start:s.end] for p in doc.paragraphs for s in p.sentences]


@pytest.mark.parametrize("text, expected", [
    ("Ms. Bachelet visited Urumqi. She met officials.", ["Ms. Bachelet visited Urumqi.", "She met officials."]),
    ("The U.S. government objected. China did not.", ["The U.S. government objected.", "China did not."]),
    ("He was born in the U.S. The embassy objected.", ["He was born in the U.S.", "The embassy objected."]),
    ("Her term ends on Aug. 31 this year. Then she leaves.", ["Her term ends on Aug. 31 this year.", "Then she leaves."]),
    ("\u201cThis is futile.\u201d He left.", ["\u201cThis is futile.\u201d", "He left."]),
    ("Dr. Zenz wrote it. Gen. Li denied it.", ["Dr. Zenz wrote it.", "Gen. Li denied it."]),
])
def test_sentences_split_at_sentence_ends_only(lexicons, text, expected):
    assert sentences(prepare(text, "d", lexicons)) == expected


def test_blank_lines_separate_paragraphs_and_hard_wraps_stay_whole(lexicons):
    doc = prepare("One line\nwrapped here.\n\nSecond paragraph.", "d", lexicons)
    assert [doc.text[p.start:p.end] for p in doc.paragraphs] == ["One line\nwrapped here.", "Second paragraph."]


def test_without_blank_lines_each_line_is_a_paragraph(lexicons):
    doc = prepare("First.\nSecond.\nThird.", "d", lexicons)
    assert len(doc.paragraphs) == 3


def test_removed_lines_split_paragraphs_and_disappear(lexicons):
    doc = prepare("Reporting one.\nPhoto: AFP\nReporting two.\n\nMore.", "d", lexicons)
    assert [doc.text[p.start:p.end] for p in doc.paragraphs] == ["Reporting one.", "Reporting two.", "More."]


def test_ids_are_stable_and_tokens_point_at_their_text(lexicons):
    doc = prepare("China\u2019s re-education centres. The U.S. objected!\n\nSecond.", "doc1", lexicons)
    first = doc.paragraphs[0].sentences[0]
    assert first.id == "doc1:p1.s1" and doc.paragraphs[1].id == "doc1:p2"
    assert [doc.text[a:b] for a, b in first.tokens] == ["China\u2019s", "re-education", "centres", "."]
    second = doc.paragraphs[0].sentences[1]
    assert [doc.text[a:b] for a, b in second.tokens] == ["The", "U.S.", "objected", "!"]



def test_a_full_stop_that_lost_its_space_still_ends_the_sentence(lexicons):
    text = "China is accused of abuses in Xinjiang.The government denies the claims. The U.S. disagrees."
    assert sentences(prepare(text, "d", lexicons)) == [
        "China is accused of abuses in Xinjiang.", "The government denies the claims.", "The U.S. disagrees."]
