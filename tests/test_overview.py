from framing import overview
from framing.corpus import prepare
from framing.lexicons import Entity, SpellingVariants


def test_longest_entity_match_wins_and_offsets_point_at_the_raw_text(lexicons):
    raw = "The UN\u00a0Human Rights Office and the UN spoke. The U.S. did too."
    doc = prepare(raw, "d", lexicons)
    entities = (Entity("UN office", "organisation", "UN", ("UN Human Rights Office",)),
                Entity("UN", "organisation", "UN", ("UN",)),
                Entity("US", "government", "US_GOV", (r"U\.S\.",)))
    mentions = overview.entity_mentions((doc,), entities)
    assert mentions["entity"].tolist() == ["UN office", "UN", "US"]
    first = mentions.iloc[0]
    assert raw[first.start:first.end] == "UN\u00a0Human Rights Office"


def test_spellings_count_plurals_and_possessives_but_not_substrings(lexicons):
    import pandas as pd
    from framing.corpus import Corpus
    doc = prepare("Uighurs and a Uighur's rights; Uyghur once. Uighurland is not a word.", "d", lexicons)
    metadata = pd.DataFrame([{"doc_id": "d", "outlet": "Paper"}])
    table = overview.spelling_by_outlet(Corpus(metadata, (doc,)),
                                        (SpellingVariants("name", ("Uyghur", "Uighur")),))
    assert dict(zip(table["form"], table["count"])) == {"Uyghur": 1, "Uighur": 2}


def test_quote_marks_tell_curly_from_straight_and_skip_apostrophes(lexicons):
    curly = prepare("\u201cNo,\u201d said China\u2019s envoy, calling it \u2018fake\u2019.", "c", lexicons)
    straight = prepare("\"No,\" said China's envoy.", "s", lexicons)
    table = overview.quote_marks((curly, straight)).set_index("doc_id")
    assert table.loc["c", "style"] == "curly" and table.loc["s", "style"] == "straight"
    assert table.loc["c", "double_marks"] == 2 and table.loc["c", "single_marks"] == 2
    assert table.loc["c", "in_word_apostrophes"] == 1


def test_removed_lines_table_maps_to_raw_offsets(lexicons):
    raw = "Reporting.\r\n\r\nPhoto: AFP\r\n"
    doc = prepare(raw, "d", lexicons)
    table = overview.removed_lines((doc,))
    row = table.iloc[0]
    assert (row.rule, raw[row.start:row.end]) == ("photo_caption", "Photo: AFP")
