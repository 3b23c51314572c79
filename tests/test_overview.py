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


def test_timeline_points_stand_for_one_article_each_in_a_small_corpus_and_group_a_large_one():
    import pandas as pd
    metadata = pd.DataFrame([{"doc_id": f"a{i}", "outlet": "Paper" if i < 3 else "Wire", "date": "2020-01-02",
                              "event": "Report", "event_date": "2020-01-01"} for i in range(5)])
    points = overview.timeline_points(overview.timeline(metadata), {f"a{i}": f"Label {i}" for i in range(5)})
    assert points[["outlet", "articles"]].values.tolist() == [["Paper", 3], ["Wire", 2]]
    assert points["article"].tolist() == ["3 articles", "2 articles"] and set(points["doc_id"]) == {""}
    single = overview.timeline_points(overview.timeline(metadata.head(1)), {"a0": "Label 0"})
    assert single[["article", "doc_id", "articles"]].values.tolist() == [["Label 0", "a0", 1]]


def test_a_chart_of_more_rows_than_altair_allows_by_default_is_drawn():
    import altair as alt
    import pandas as pd
    from framing.book import chart_bundle
    chart = alt.Chart(pd.DataFrame({"x": range(6000)})).mark_tick().encode(x="x:Q")
    assert len(chart_bundle(chart, "six thousand ticks")["text/html"]) > 6000 * 8   # every row embedded
