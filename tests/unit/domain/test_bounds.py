"""Input bounds (domain.bounds): texts, lists, dates, and blank as the official artefacts judge it."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date, datetime

import pytest

from domain.bounds import (
    MAX_ITEMS,
    MAX_LINES,
    MAX_LONG_TEXT,
    MAX_REQUEST_ENTRIES,
    MAX_TEXT,
    NotADate,
    ascii_int,
    count_over,
    first_illegal_char,
    instant_findings,
    is_blank,
    out_of_bounds,
    parse_date,
    printable,
    request_entries_findings,
    shorten,
    text_findings,
    xml_chars_only,
)
from domain.findings import Severity
from domain.invoice import Note
from domain.totals import compute_totals
from tests.builders import an_invoice


def _rules(findings) -> list[tuple[str, str]]:
    return [(f.rule_id, f.path) for f in findings]


def test_a_valid_invoice_is_within_bounds():
    assert out_of_bounds(compute_totals(an_invoice(lines=5))) == []


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x0b", "\x1f", "\ufffe", "\uffff", "\ud800"])
def test_characters_xml_cannot_hold_are_refused_where_they_are(char: str):
    invoice = an_invoice(lines=2)
    line = replace(invoice.lines[1], id=f"L{char}2")
    bad = invoice.evolve(
        seller=replace(invoice.seller, name=f"ACME{char}"),
        lines=(invoice.lines[0], line),
        notes=(Note(char),),
    )

    assert _rules(out_of_bounds(bad)) == [
        ("PDP-TEXT-CHARS", "seller.name"),
        ("PDP-TEXT-CHARS", "lines[1].id"),
        ("PDP-TEXT-CHARS", "notes[0].text"),
    ]


@pytest.mark.parametrize(
    "char", ["\t", "\n", "\r", "\u00a0", "é", "\U0001f600", "\ufffd", "\u200e", "\u200f", "\u2028", "\ufeff"]
)
def test_every_xml_character_is_accepted(char: str):
    assert xml_chars_only(f"a{char}b")
    invoice = an_invoice(lines=1)
    assert out_of_bounds(invoice.evolve(seller=replace(invoice.seller, name=f"a{char}b"))) == []


def test_texts_lists_and_free_texts_have_their_own_limits():
    invoice = an_invoice(lines=1)
    within = invoice.evolve(
        seller=replace(invoice.seller, name="n" * MAX_TEXT), notes=(Note("t" * MAX_LONG_TEXT),)
    )
    assert out_of_bounds(within) == []

    beyond = invoice.evolve(
        seller=replace(invoice.seller, name="n" * (MAX_TEXT + 1)),
        notes=(Note("t" * (MAX_LONG_TEXT + 1)),) + (Note("x"),) * MAX_ITEMS,
        lines=invoice.lines * (MAX_LINES + 1),
    )
    assert _rules(out_of_bounds(beyond)) == [
        ("PDP-TEXT-LENGTH", "seller.name"),
        ("PDP-LIST-SIZE", "lines"),
        ("PDP-LIST-SIZE", "notes"),
        ("PDP-TEXT-LENGTH", "notes[0].text"),
    ]


def test_a_document_s_texts_are_as_long_as_the_document_lets_them_be_their_characters_still_judged():
    # EN 16931, the French CIUS and the platforms set no length on a name or a note (facturx-cas-limites RBT-001:
    # an item name of 1,017 characters, which a platform accepts); the document's size bounds them
    invoice = an_invoice(lines=1)
    long = invoice.evolve(
        lines=(replace(invoice.lines[0], item=replace(invoice.lines[0].item, name="n" * 1_017)),),
        notes=(Note("t" * (MAX_LONG_TEXT * 3)),),
    )
    assert out_of_bounds(long, read_from_document=True) == []
    assert _rules(out_of_bounds(long)) == [
        ("PDP-TEXT-LENGTH", "lines[0].item.name"),
        ("PDP-TEXT-LENGTH", "notes[0].text"),
    ]

    hidden = long.evolve(notes=(Note("t" * (MAX_LONG_TEXT * 3) + "\u202e"),))
    assert _rules(out_of_bounds(hidden, read_from_document=True)) == [("PDP-TEXT-CHARS", "notes[0].text")]
    many = long.evolve(notes=(Note("x"),) * (MAX_ITEMS + 1))
    assert _rules(out_of_bounds(many, read_from_document=True)) == [("PDP-LIST-SIZE", "notes")]


def test_a_finding_never_echoes_the_whole_value():
    invoice = an_invoice(lines=1)
    [finding] = out_of_bounds(invoice.evolve(seller=replace(invoice.seller, name="n" * 100_000)))
    assert len(finding.message) < 200


def test_blank_is_xml_whitespace_only_as_normalize_space_sees_it():
    assert is_blank("") and is_blank(" \t\r\n ")
    assert not is_blank("\u00a0") and not is_blank("\u2003") and not is_blank("x")


@pytest.mark.parametrize(
    "text",
    ["0000-01-01", "0001-01-01", "9999-12-31", "1899-12-31", "3000-01-01", "2026-02-30", "２０２６-01-01"],
)
def test_dates_at_the_calendar_edges_or_malformed_are_refused(text: str):
    with pytest.raises(NotADate):
        parse_date(text)


def test_a_date_within_bounds_is_read():
    assert parse_date("2026-09-01") == date(2026, 9, 1)


def test_shorten_keeps_short_texts_and_says_how_long_a_cut_one_was():
    assert shorten("abc", 10) == "abc"
    cut = shorten("x" * 1000, 60)
    assert len(cut) <= 60 and "1000 characters" in cut


@pytest.mark.parametrize("text", ["", "²", "¹²³", "١٢", "12a", " 12", "-1", "+1", "1.0", "1" * 19])
def test_ascii_int_refuses_anything_but_ascii_digits_within_the_bound(text: str):
    assert ascii_int(text) is None


def test_ascii_int_reads_ascii_digits():
    assert (ascii_int("0"), ascii_int("1733480000000"), ascii_int("9" * 18)) == (0, 1733480000000, 10**18 - 1)


def test_printable_replaces_only_what_xml_cannot_hold():
    assert printable("caf\u00e9\tok") == "caf\u00e9\tok"
    assert printable("a\x00b\ufffec") == "a\ufffdb\ufffdc"


@pytest.mark.parametrize(
    "char",
    [
        "\x7f",  # DEL, and the C1 controls: XML 1.0 asks authors to avoid them (2.2); no text means them
        "\x80",
        "\x85",
        "\x9f",
        "\u202a",  # the bidirectional embeddings, overrides and isolates: they reorder what the reader of the
        "\u202e",  # page sees (a name or an IBAN shown other than it is stored: "Trojan Source", CVE-2021-42574)
        "\u2066",
        "\u2069",
        "\ufdd0",  # noncharacters, which XML 1.0 also asks authors to avoid
        "\ufdef",
        "\U0001fffe",
        "\U0010ffff",
    ],
)
def test_control_characters_bidirectional_overrides_and_noncharacters_are_refused(char: str):
    assert not xml_chars_only(f"a{char}b") and printable(f"a{char}b") == "a\ufffdb"
    invoice = an_invoice(lines=1)
    found = out_of_bounds(invoice.evolve(seller=replace(invoice.seller, name=f"a{char}b")))
    assert [(f.rule_id, f.path) for f in found] == [("PDP-TEXT-CHARS", "seller.name")]
    assert f"U+{ord(char):04X}" in found[0].message


@pytest.mark.parametrize(
    ("text", "over"),
    [
        ("1024", False),
        ("1025", True),
        ("999", False),
        ("10000", True),
        ("0001024", False),
        ("0001025", True),
        ("1" + "0" * 40, True),
        ("", False),
        ("-5", False),
        ("1e9", False),
        ("²", False),
        ("0", False),
    ],
)
def test_a_count_over_a_limit_is_told_however_many_digits_it_has(text: str, over: bool) -> None:
    assert count_over(text, 1024) is over


@pytest.mark.parametrize(
    ("at", "refused"),
    [
        ("9999-12-31T23:59:59-14:00", True),
        ("0001-01-01T00:00:00+14:00", True),
        ("9999-12-31T09:59:59-14:00", False),
        ("0001-01-01T00:00:00+00:00", False),
        ("2026-11-20T10:00:00+01:00", False),
    ],
)
def test_a_moment_that_is_no_instant_in_utc_is_refused(at: str, refused: bool) -> None:
    found = instant_findings(datetime.fromisoformat(at), "status.date")
    assert [(f.rule_id, f.path) for f in found] == ([("PDP-INSTANT", "status.date")] if refused else [])
    assert [f.message for f in found] == [
        f"status.date {at} is no instant of the years 1 to 9999 in UTC"
    ] * refused


def test_an_instant_is_judged_in_utc_whatever_the_server_s_time_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    # 22:00 UTC on the last day of 9999 is an instant; in Tokyo's time (UTC+9) it would be the year 10000
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        assert instant_findings(datetime.fromisoformat("9999-12-31T12:00:00-10:00"), "status.date") == []
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_request_s_list_entries_in_all_are_bounded_at_its_limit_included() -> None:
    assert request_entries_findings(MAX_REQUEST_ENTRIES) == []
    [finding] = request_entries_findings(MAX_REQUEST_ENTRIES + 1)
    assert (finding.rule_id, finding.path, finding.severity, finding.layer) == (
        "PDP-LIST-SIZE",
        "",
        Severity.FATAL,
        "bounds",
    )
    assert finding.message == (
        f"the request holds {MAX_REQUEST_ENTRIES + 1} list entries in all (at any depth), at most"
        f" {MAX_REQUEST_ENTRIES}: send it in parts"
    )


def _refused(code: int) -> bool:
    """PDP-TEXT-CHARS as docs/input-bounds.md words it, one code point at a time."""
    xml_1_0 = code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or code >= 0x10000
    discouraged = 0x7F <= code <= 0x9F or 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE
    bidirectional = 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069
    return not xml_1_0 or discouraged or bidirectional


def test_every_code_point_is_judged_as_the_rule_words_it():
    """The rule is one character class (a search of two alternatives took 200 ns a character: a 60 MB text held
    the process 12 s): the same characters, every one of the 1,114,112 checked."""
    judged = [first_illegal_char(f"a{chr(code)}") == 1 for code in range(0x110000)]
    assert judged == [_refused(code) for code in range(0x110000)]
    assert all(xml_chars_only(chr(code)) != refused for code, refused in enumerate(judged) if code % 97 == 0)


def test_an_overlong_text_is_refused_for_its_length_without_reading_past_its_limit():
    """Its characters past the limit were searched too (a 60 MB invoice id, 61 KB gzipped on the wire: 12 s of the
    process, every company's calls and its database listeners stalled); the length refuses it already."""
    past = "a" * (MAX_TEXT + 10) + "\x00"
    assert [f.rule_id for f in text_findings(past, "invoice_id")] == ["PDP-TEXT-LENGTH"]
    within = "\x00" + "a" * (MAX_TEXT + 10)
    assert [f.rule_id for f in text_findings(within, "invoice_id")] == ["PDP-TEXT-LENGTH", "PDP-TEXT-CHARS"]
