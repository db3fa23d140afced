"""The Tracker on a small document: what it reads, what it reports as unmapped (exact messages, severities,
XPaths), and the typed values it refuses."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from lxml import etree

from adapters.documents.xml_reader import UNMAPPED_RULE, Tracker, first_nonempty, parse_xml
from domain.document_formats import DocumentError
from domain.findings import Finding, Severity

NS = {"a": "urn:test:a", "b": "urn:test:b"}
DOC = b"""<a:Root xmlns:a="urn:test:a" xmlns:b="urn:test:b"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:test:a a.xsd">
  <a:Head><a:Id scheme="0002">F-1</a:Id><a:Amount>12.50</a:Amount><a:Date>20261102</a:Date></a:Head>
  <a:Line><a:Name>one</a:Name></a:Line>
  <a:Line><a:Name>two</a:Name></a:Line>
  <a:Empty/>
  <b:Other><b:Deep>%s</b:Deep></b:Other>
</a:Root>"""


def _tracker(deep: str = "x") -> Tracker:
    return Tracker(parse_xml(DOC % deep.encode()), NS)


def test_what_was_read_is_not_reported_and_the_rest_is_with_its_xpath() -> None:
    t = _tracker()
    head = t.child(t.root, "a:Head")
    assert t.text(head, "a:Id") == "F-1"
    assert t.attr(t.child(head, "a:Id"), "scheme") == "0002"
    assert [t.text(line, "a:Name") for line in t.children(t.root, "a:Line")] == ["one", "two"]

    assert [(f.severity, f.location, f.message) for f in t.unmapped()] == [
        (
            Severity.WARNING,
            "/a:Root/a:Head/a:Amount",
            "a:Amount is not carried by the invoice model (content: '12.50')",
        ),
        (
            Severity.WARNING,
            "/a:Root/a:Head/a:Date",
            "a:Date is not carried by the invoice model (content: '20261102')",
        ),
        (Severity.INFO, "/a:Root/a:Empty", "a:Empty is not carried by the invoice model"),
        (Severity.WARNING, "/a:Root/b:Other", "b:Other is not carried by the invoice model (content: 'x')"),
    ]
    assert {(f.rule_id, f.layer) for f in t.unmapped()} == {(UNMAPPED_RULE, "document")}


def test_an_unread_attribute_of_a_read_element_is_info_and_xsi_attributes_are_never_reported() -> None:
    t = _tracker()
    t.text(t.child(t.root, "a:Head"), "a:Id")

    attributes = [f for f in t.unmapped() if "/@" in f.location]

    assert attributes == [
        Finding(
            rule_id=UNMAPPED_RULE,
            severity=Severity.INFO,
            message="attribute scheme='0002' is not carried by the invoice model",
            location="/a:Root/a:Head/a:Id/@scheme",
            layer="document",
        )
    ]


def test_long_content_is_cut_to_80_characters() -> None:
    t = _tracker("y" * 100)
    other = next(f for f in t.unmapped() if f.location == "/a:Root/b:Other")
    assert other.message == f"b:Other is not carried by the invoice model (content: '{'y' * 77}...')"
    t80 = _tracker("z" * 80)
    other80 = next(f for f in t80.unmapped() if f.location == "/a:Root/b:Other")
    assert other80.message == f"b:Other is not carried by the invoice model (content: '{'z' * 80}')"


@pytest.mark.parametrize(
    ("deep", "content"),
    [
        ("y" * 81, "y" * 77 + "..."),
        ("y" * 79, "y" * 79),
        ("  a \n\t b  ", "a b"),  # white space runs become one space, the ends go
        ("a <b:X>b</b:X>  \n c", "a b c"),  # the text of nested elements, in document order
        ("<b:X>b</b:X><b:X>c</b:X>", "bc"),  # nothing added between pieces of text
        (" " * 100 + "z", "z"),  # cut after the spacing is folded, not before
    ],
)
def test_the_content_shown_is_the_text_folded_and_cut(deep: str, content: str) -> None:
    t = _tracker(deep)
    other = next(f for f in t.unmapped() if f.location == "/a:Root/b:Other")
    assert other.message == f"b:Other is not carried by the invoice model (content: {content!r})"
    assert other.severity is Severity.WARNING


@pytest.mark.parametrize(
    ("deep", "severity"),
    [
        ("", Severity.INFO),
        ("  \n ", Severity.INFO),
        ("<b:X/>", Severity.WARNING),
        (" <b:X/> ", Severity.WARNING),
    ],
)
def test_an_element_with_only_spaces_is_info_and_one_with_a_child_a_warning(
    deep: str, severity: Severity
) -> None:
    t = _tracker(deep)
    t.mark(t.peek(t.root, "b:Other")[0])  # b:Other read: its b:Deep is what is reported
    (deep_finding,) = [f for f in t.unmapped() if f.location == "/a:Root/b:Other/b:Deep"]
    assert deep_finding.severity is severity


def test_paths_resolve_through_the_prefixes_of_the_map_given() -> None:
    """A namespace map never seen before in this process: its paths are resolved now, not taken from a cache."""
    fresh = {"p": f"urn:test:{uuid.uuid4()}", "q": f"urn:test:{uuid.uuid4()}"}
    doc = (
        f'<p:Root xmlns:p="{fresh["p"]}" xmlns:q="{fresh["q"]}"><p:A><q:B>1</q:B></p:A><q:A>2</q:A></p:Root>'
    )
    t = Tracker(parse_xml(doc.encode()), fresh)
    assert (t.text(t.root, "p:A/q:B"), t.text(t.root, "q:A"), t.child(t.root, "q:B")) == ("1", "2", None)
    assert t.unmapped() == ()


def test_a_repeated_element_read_once_leaves_the_second_one_reported() -> None:
    t = _tracker()
    assert t.text(t.root, "a:Line/a:Name") == "one"
    lines = [f.location for f in t.unmapped() if "Line" in f.location]
    assert lines == ["/a:Root/a:Line[2]"]


def test_peek_marks_nothing_and_mark_marks_the_element_and_its_ancestors() -> None:
    t = _tracker()
    (deep,) = t.peek(t.root, "b:Other/b:Deep")
    assert "/a:Root/b:Other" in [f.location for f in t.unmapped()]
    t.mark(deep)
    assert not any(f.location.startswith("/a:Root/b:Other") for f in t.unmapped())
    assert t.peek(None, "a:Head") == [] and t.children(None, "a:Head") == []
    assert t.child(None, "a:Head") is None and t.child(t.root, "a:Nope/a:Id") is None
    assert t.text(None) == "" and t.attr(None, "x") == ""


def test_typed_values() -> None:
    t = _tracker()
    head = t.child(t.root, "a:Head")
    assert t.decimal(head, "a:Amount", "BT-112") == Decimal("12.50")
    assert t.required_decimal(head, "a:Amount", "BT-112") == Decimal("12.50")
    assert t.decimal(head, "a:Missing", "BT-113") is None
    assert Tracker.to_date(t.text(head, "a:Date"), "%Y%m%d", "BT-2") == date(2026, 11, 2)
    assert Tracker.to_date("", "%Y%m%d", "BT-2") is None


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda t, h: t.decimal(h, "a:Id", "BT-112"), "BT-112: 'F-1' is not a decimal number"),
        (lambda t, h: t.required_decimal(h, "a:Missing", "BT-113"), "BT-113 is missing"),
        (lambda t, h: Tracker.to_date("20261302", "%Y%m%d", "BT-2"), "BT-2: '20261302' is not a date"),
    ],
)
def test_typed_values_refuse_with_the_business_term(call, message: str) -> None:  # type: ignore[no-untyped-def]
    t = _tracker()
    with pytest.raises(DocumentError) as refused:
        call(t, t.child(t.root, "a:Head"))
    assert str(refused.value) == message


def test_malformed_xml_and_entities_are_refused() -> None:
    with pytest.raises(DocumentError, match="^not well-formed XML: "):
        parse_xml(b"<a><b></a>")
    hostile = b'<!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/hostname">]><r>&e;</r>'
    # refused before any entity could matter, saying so exactly (the message reaches the caller as the reason)
    with pytest.raises(DocumentError, match="^a DOCTYPE declaration is not allowed in an invoice$"):
        parse_xml(hostile)


def test_an_entity_reference_left_unexpanded_hides_none_of_the_unread_elements_after_it() -> None:
    """A tree read without expanding entities (parse_xml refuses a DOCTYPE; another reader may not) holds entity
    references: nodes that are not elements, which `unmapped` passes over (a stop there would drop every unread
    element after it)."""
    doc = b"""<!DOCTYPE a:Root [<!ENTITY e "v">]>
<a:Root xmlns:a="urn:test:a"><a:Head>&e;<a:Id>F-1</a:Id></a:Head><a:Late>after</a:Late></a:Root>"""
    root = etree.fromstring(doc, etree.XMLParser(resolve_entities=False, no_network=True))
    t = Tracker(root, NS)
    t.child(t.root, "a:Head")

    assert [(f.severity, f.location, f.message) for f in t.unmapped()] == [
        (
            Severity.WARNING,
            "/a:Root/a:Head/a:Id",
            "a:Id is not carried by the invoice model (content: 'F-1')",
        ),
        (Severity.WARNING, "/a:Root/a:Late", "a:Late is not carried by the invoice model (content: 'after')"),
    ]


def test_an_element_of_a_namespace_the_map_does_not_name_is_reported_by_its_local_name() -> None:
    doc = b'<a:Root xmlns:a="urn:test:a"><a:Id>F-1</a:Id><Plain>p</Plain><x:Odd xmlns:x="urn:test:x">o</x:Odd></a:Root>'
    t = Tracker(parse_xml(doc), NS)
    t.text(t.root, "a:Id")

    assert [(f.location, f.message) for f in t.unmapped()] == [
        ("/a:Root/Plain", "Plain is not carried by the invoice model (content: 'p')"),
        ("/a:Root/Odd", "Odd is not carried by the invoice model (content: 'o')"),
    ]


def test_first_nonempty() -> None:
    assert first_nonempty(["", "a", "b"]) == "a"
    assert first_nonempty(["", ""]) == ""


def test_a_decimal_too_long_names_its_business_term() -> None:
    t = _tracker("1" * 200)
    with pytest.raises(DocumentError) as refused:
        t.required_decimal(t.root, "b:Other/b:Deep", "BT-131")
    assert str(refused.value).startswith("BT-131: a decimal of 200 characters is longer than")
    with pytest.raises(DocumentError) as optional:
        t.decimal(t.root, "b:Other/b:Deep", "BT-92")
    assert str(optional.value).startswith("BT-92: a decimal of 200 characters")


def test_an_attribute_keeps_a_no_break_space_xml_does_not_count_as_white_space() -> None:
    doc = '<a:Root xmlns:a="urn:test:a"><a:Id scheme=" \u00a00002\u00a0 ">x</a:Id></a:Root>'.encode()
    t = Tracker(parse_xml(doc), NS)
    assert t.attr(t.child(t.root, "a:Id"), "scheme") == "\u00a00002\u00a0"


def test_a_missing_attribute_or_text_is_empty_and_a_no_break_space_in_text_is_kept() -> None:
    doc = '<a:Root xmlns:a="urn:test:a"><a:Id>x</a:Id><a:Empty/><a:N> \u00a0n\u00a0 </a:N></a:Root>'.encode()
    t = Tracker(parse_xml(doc), NS)
    assert t.attr(t.child(t.root, "a:Id"), "scheme") == ""
    assert t.text(t.root, "a:Empty") == ""
    assert t.text(t.root, "a:N") == "\u00a0n\u00a0"


def test_two_maps_giving_one_prefix_two_namespaces_resolve_each_its_own() -> None:
    first, second = {"p": f"urn:test:{uuid.uuid4()}"}, {"p": f"urn:test:{uuid.uuid4()}"}
    for ns, value in ((first, "1"), (second, "2")):
        doc = f'<p:Root xmlns:p="{ns["p"]}"><p:A>{value}</p:A></p:Root>'.encode()
        t = Tracker(parse_xml(doc), ns)
        assert t.text(t.root, "p:A") == value


def test_a_doctype_is_refused_when_read_as_validation_refuses_it() -> None:
    # its entities are never expanded anyway; a reader and the validator must not disagree on the same bytes
    with pytest.raises(DocumentError, match="DOCTYPE"):
        parse_xml(b'<!DOCTYPE a [<!ENTITY x "y">]>\n<a>&x;</a>')


def test_a_value_read_only_in_part_is_reported_first_as_a_warning_where_it_stands() -> None:
    t = _tracker()
    t.seen.update(
        t.root.iter()
    )  # every element read: what was carried in part comes first, then the attribute
    date_element = t.child(t.child(t.root, "a:Head"), "a:Date")
    t.partly_carried(date_element, "its time zone +02:00 is not carried")
    t.partly_carried(None, "a part of the document is not carried")
    assert t.unmapped()[:2] == (
        Finding(
            UNMAPPED_RULE,
            Severity.WARNING,
            "its time zone +02:00 is not carried",
            location=t.xpath(date_element),
            layer="document",
        ),
        Finding(UNMAPPED_RULE, Severity.WARNING, "a part of the document is not carried", layer="document"),
    )
    assert t.xpath(date_element) == "/a:Root/a:Head/a:Date"
    assert [f.location for f in t.unmapped()[2:]] == ["/a:Root/a:Head/a:Id/@scheme"]
