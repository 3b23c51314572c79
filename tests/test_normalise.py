import pytest

from framing.errors import InputError
from framing.normalise import decode, normalise


@pytest.mark.parametrize("data, problem", [
    (b"\xff\xfeh\x00i\x00", "UTF-16"),
    (b"text\x00more", "NUL bytes"),
    (b"line one\nbad \xe9 byte", "not valid UTF-8"),
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
])
def test_decode_rejects_bad_bytes_naming_the_file(data, problem):
    with pytest.raises(InputError) as caught:
        decode(data, "corpus/a.txt")
    assert "corpus/a.txt" in str(caught.value)
    assert problem in str(caught.value)


def test_decode_error_gives_the_line():
    with pytest.raises(InputError) as caught:
        decode(b"one\ntwo\nthr\xffee", "x.txt")
    assert caught.value.line == 3


@pytest.mark.parametrize("raw, text", [
    ("plain text", "plain text"),
    ("a\r\nb\rc", "a\nb\nc"),
    ("\ufeffHello", "Hello"),
    ("in\u00a0China", "in China"),
    ("Xin\u200bjiang", "Xinjiang"),
    ("re\u00adeducation", "reeducation"),
    ("\u201ccurly\u201d and 'straight'", "\u201ccurly\u201d and 'straight'"),
    ("Ahmat Rehim (pictured) told", "Ahmat Rehim told"),
    ("the governor (Pictured left) said", "the governor said"),
    ("Uighur women (file photo)", "Uighur women (file photo)"),       # a caption's marker stays for cleaning
    ("the (left) wing", "the wing"),
    ("(pictured) at the start", "(pictured) at the start"),
    ("H&amp;M said &quot;no&quot; &#8212; ok", "H&M said \"no\" \u2014 ok"),
    ("AT&T and R&D stay", "AT&T and R&D stay"),
])
def test_normalise_folds_only_what_it_should(raw, text):
    assert normalise(raw).text == text


@pytest.mark.parametrize("raw", [
    "\ufeffA\u200bB\r\nC\u00a0D\u00ad\rE", "no changes at all", "Rehim (pictured) told (above) us", "\u200b\u200b\u200bX", "X\r\n\r\n\r\nY"])
def test_every_character_maps_back_to_the_raw_file(raw):
    result = normalise(raw)
    for index, char in enumerate(result.text):
        original = raw[result.raw_offset(index)]
        assert original == char or (char == "\n" and original == "\r") or (char == " " and original == "\u00a0")
    start, end = result.raw_span(0, len(result.text))
    assert raw[start:end].strip("\ufeff\u200b") == raw.strip("\ufeff\u200b")


def test_changes_are_counted():
    changes = normalise("a\u00a0b\u00a0c\r\n").changes
    assert changes["non-breaking or special space"] == 2
    assert changes["line ending (CR or CRLF)"] == 1


def test_an_html_character_reference_maps_back_to_the_whole_reference():
    result = normalise("H&amp;M said")
    assert result.text == "H&M said" and result.changes["HTML character reference ('&amp;')"] == 1
    start, end = result.raw_span(0, 3)
    assert result.raw[start:end] == "H&amp;M"
