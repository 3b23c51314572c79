import pytest

from framing.clean import find_boilerplate, lines_of


@pytest.mark.parametrize("line, rule", [
    ("U.S. markets closed", "market_ticker"),
    ("  • S&P 500", "market_ticker"),
    ("    +39.95 (+1.06%)", "market_ticker"),
    ("-0.0052 (-0.50%)", "market_ticker"),
    ("·4 min read", "reading_time"),
    ("12 min read", "reading_time"),
    ("17 Nov 2019", "timestamp"),
    ("4:11 pm on 17 November 2019", "timestamp"),
    ("Updated: March 3, 2021", "timestamp"),
    ("Get the RNZ app", "app_promotion"),
    ("Download the Guardian app for the latest news", "app_promotion"),
    ("Join ST's Telegram channel and get the latest breaking news delivered to you.", "app_promotion"),
    ("Sign up for our morning newsletter to get the day's headlines.", "app_promotion"),
    ("Reuters is the world's largest multimedia news agency.", "agency_blurb"),
    ("Kashgar, Xinjiang in 2017. File photo: David Stanley, via Flickr.", "photo_caption"),
    ("Police patrol a street in Urumqi. PHOTO: REUTERS", "photo_caption"),
    ("Photo: AFP", "photo_caption"),
    ("A guard tower in Hotan (Photo: Getty Images)", "photo_caption"),
    ("REUTERS/Thomas Peter", "photo_caption"),
    ("Copyright (c) 2022. South China Morning Post Publishers Ltd. All rights reserved.", "copyright"),
    ("© 2021 The Times", "copyright"),
    ("This article originally appeared in the South China Morning Post.", "syndication"),
    ("Additional reporting by agencies", "credit_line"),
    ("Reporting by Jane Doe; Editing by John Roe", "credit_line"),
])
def test_boilerplate_lines_are_removed_with_their_rule(lexicons, line, rule):
    removed = find_boilerplate(lines_of(line), lexicons.boilerplate)
    assert [r.rule for r in removed] == [rule]


@pytest.mark.parametrize("line", [
    "China on Thursday rejected the UN report, according to Reuters.",
    "The spokesman said the photos circulating online were fabricated.",
    "Officials published the regulations on 9 October 2018, saying they codify the centres.",
    "He described the image: a crowd of people outside the camp gates in the early morning.",
    "Rights groups say one million people were held in 2017 and 2018.",
    "The report was released at 4 pm on Wednesday.",
])
def test_reporting_lines_are_kept(lexicons, line):
    assert find_boilerplate(lines_of(line), lexicons.boilerplate) == []


def test_a_caption_repeated_before_its_credit_goes_too(lexicons):
    text = ("Protesters rally outside the embassy in London on July 5.\n\n"
            "Protesters rally outside the embassy in London on July 5. Photo: AFP\n\n"
            "The rally was peaceful.")
    removed = find_boilerplate(lines_of(text), lexicons.boilerplate)
    assert [(r.line.number, r.rule) for r in removed] == [(1, "caption_echo"), (3, "photo_caption")]


def test_lines_keep_numbers_and_offsets():
    text = "first\n\n  second line  \nthird"
    lines = lines_of(text)
    assert [(l.number, l.text) for l in lines] == [(1, "first"), (3, "second line"), (4, "third")]
    assert all(text[l.start:l.end] == l.text for l in lines)
