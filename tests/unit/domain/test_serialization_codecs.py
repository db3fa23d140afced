"""The encoders and decoders serialization generates per type, checked while they are built.

They are built once per type and kept (`_ENCODERS` and the cached `_decoder`, `_immutable`, `_field_defaults`). The
other tests fill those caches, and a mutation run forks its workers after that, so these tests empty the caches
first (`fresh_codecs`): here the generation itself runs. The generated encoders are compared with `reference`, a
plain reflective encoder that states what serialization's docstring promises, on invoices with every field set
and with none, on values of unexpected types, and with exact JSON for one value of each kind."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from dataclasses import MISSING, dataclass, fields, is_dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum

import pytest

from domain import serialization
from domain.findings import Conclusion, Finding, LayerVerdict, Severity
from domain.invoice import Attachment, Identifier, Invoice, Item, VatCategory
from domain.serialization import (
    CorruptContent,
    from_json_value,
    invoice_fingerprint,
    invoice_from_dict,
    invoice_to_dict,
    reusing_encodings,
    to_json_value,
    verdicts_from_lists,
    verdicts_to_lists,
)
from domain.totals import compute_totals
from tests.builders import a_line, an_invoice
from tests.document_examples import annex_b_full

AT = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def fresh_codecs() -> Iterator[None]:
    """The caches emptied, so that the encoders and decoders used in the test are generated in it."""
    kept = dict(serialization._ENCODERS)
    caches = (serialization._decoder, serialization._immutable, serialization._field_defaults)

    def empty() -> None:
        serialization._ENCODERS.clear()
        for cached in caches:
            cached.cache_clear()

    empty()
    yield
    empty()
    serialization._ENCODERS.update(kept)


def reference(value: object) -> object:
    """What serialization's docstring says, written the slow way: enums by value, decimals as strings, bytes in
    base64, dates in ISO 8601, tuples and lists as lists, dataclasses as objects without the fields equal to
    their default (compared through the encoding)."""
    if isinstance(value, Enum):
        return reference(value.value)
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [reference(item) for item in value]
    assert is_dataclass(value) and not isinstance(value, type)
    out = {}
    for f in fields(value):
        encoded = reference(getattr(value, f.name))
        if f.default is not MISSING:
            default: object = reference(f.default)
        elif f.default_factory is not MISSING:
            default = reference(f.default_factory())
        else:
            default = object()  # no default: always kept
        if encoded != default:
            out[f.name] = encoded
    return out


def every_field_set() -> Invoice:
    """The reference pack's fullest invoice with totals, an embedded attachment and the fields it leaves empty."""
    full = compute_totals(annex_b_full())
    return full.evolve(
        attachments=(
            Attachment(
                "A-1", "LISIBLE", content=b"\x00\x01\xfe\xff", mime_code="application/pdf", filename="a.pdf"
            ),
            Attachment("A-2", "RIB", uri="https://example.org/rib"),
        ),
        readable_copy=True,
        exchange_rate=Decimal("1.0850"),
        rounding_amount=Decimal("0.01"),
        paid_amount=Decimal("10.00"),
    )


def test_an_invoice_with_every_field_or_with_the_fewest_is_encoded_as_the_reference_says(
    fresh_codecs: None,
) -> None:
    fewest = an_invoice(lines=1)
    for invoice in (every_field_set(), fewest, compute_totals(fewest)):
        encoded = to_json_value(invoice)
        assert encoded == reference(invoice)
        assert invoice_from_dict(encoded) == invoice  # type: ignore[arg-type]  # an object


def test_a_value_of_an_unexpected_type_in_a_field_is_encoded_as_such_a_value_is(fresh_codecs: None) -> None:
    """The generated code takes a shortcut for a value of exactly the declared type; any other value goes through
    to_json_value, with the same result as the reference."""

    class Text(str):
        pass

    class Amount(Decimal):
        pass

    line = a_line("1")
    odd = [
        replace(
            line, item=replace(line.item, attributes=[("colour", "red")], classifications=[Identifier("1")])
        ),
        replace(line, item=replace(line.item, attributes=(["colour", "red"],))),  # a list for a tuple
        replace(line, quantity=Amount("2.50"), vat_category=Text("S"), note=Text("kept")),
        replace(line, vat_category="S", allowances_charges=[]),  # a text for an enum, a list for a tuple
        replace(line, vat_rate=20, base_quantity=Decimal("1")),  # an int for a decimal
        replace(line, item=Text("an item")),  # a text for a record
    ]
    for value in odd:
        assert to_json_value(value) == reference(value)


class Colour(Enum):
    RED = Decimal("1.5")  # not a JSON scalar: encoded through to_json_value


@dataclass
class Node:
    """A record holding records of its own type: its encoder refers to itself while it is being built."""

    label: str
    children: tuple[Node, ...] = ()
    parent: Node | None = None


class Outer:
    @dataclass(frozen=True)
    class Inner:  # a nested class: its qualified name has a dot
        when: date
        at: datetime | None = None


@dataclass(frozen=True)
class Kinds:
    inner: Outer.Inner
    colour: Colour
    blob: bytes
    either: int | str = 0


@dataclass(frozen=True)
class Shelf:
    label: str
    items: tuple[Outer.Inner, ...] = ()
    first: Outer.Inner | None = None


def test_one_value_of_each_kind_has_its_exact_json(fresh_codecs: None) -> None:
    tree = Node("root", (Node("a"), Node("b", (Node("c"),))), parent=Node("up"))
    kinds = Kinds(Outer.Inner(date(2026, 1, 2), AT), Colour.RED, b"\x00\xff", either="x")
    table: list[tuple[object, object]] = [
        (VatCategory.REVERSE_CHARGE, "AE"),
        (Colour.RED, "1.5"),
        (Decimal("1.50"), "1.50"),
        (Decimal("-0"), "-0"),
        (b"\x00\x01\xfe\xff", "AAH+/w=="),
        (date(2026, 1, 2), "2026-01-02"),
        (AT, "2026-11-02T09:30:00+00:00"),
        ((1, "a", None, True), [1, "a", None, True]),
        ([Decimal("2")], ["2"]),
        (type("Code", (str,), {})("x"), "x"),
        (type("Count", (int,), {})(3), 3),
        (
            tree,
            {
                "label": "root",
                "children": [{"label": "a"}, {"label": "b", "children": [{"label": "c"}]}],
                "parent": {"label": "up"},
            },
        ),
        (
            kinds,
            {
                "inner": {"when": "2026-01-02", "at": "2026-11-02T09:30:00+00:00"},
                "colour": "1.5",
                "blob": "AP8=",
                "either": "x",
            },
        ),
        (
            Kinds(Outer.Inner(date(2026, 1, 2)), Colour.RED, b""),
            {"inner": {"when": "2026-01-02"}, "colour": "1.5", "blob": ""},
        ),
        (
            Item(
                "pen", attributes=(("colour", "red"), ("ink", "blue")), standard_id=Identifier("123", "0160")
            ),
            {
                "name": "pen",
                "standard_id": {"value": "123", "scheme": "0160"},
                "attributes": [["colour", "red"], ["ink", "blue"]],
            },
        ),
        (
            Finding("BR-1", Severity.FATAL, "m", layer="xsd"),
            {"rule_id": "BR-1", "severity": "fatal", "message": "m", "layer": "xsd"},
        ),
    ]
    assert [to_json_value(value) for value, _ in table] == [json for _, json in table]


def test_what_cannot_be_serialised_is_named() -> None:
    with pytest.raises(TypeError) as refused:
        to_json_value(object())
    assert str(refused.value) == "cannot serialise object"
    with pytest.raises(TypeError) as refused:
        to_json_value({"a": 1})
    assert str(refused.value) == "cannot serialise dict"


def test_inside_reusing_encodings_an_immutable_record_is_encoded_once(fresh_codecs: None) -> None:
    invoice = an_invoice()
    outside = to_json_value(invoice.seller)
    assert to_json_value(invoice.seller) is not outside  # no memo outside the block
    with reusing_encodings():
        first = to_json_value(invoice.seller)
        assert first == outside
        assert to_json_value(invoice.seller) is first
        assert to_json_value(invoice)["seller"] is first  # type: ignore[index]  # an object
        other = replace(invoice.seller, name="Other")  # equal fields but the name: its own encoding
        assert to_json_value(other) == {**outside, "name": "Other"}  # type: ignore[dict-item]  # an object
    assert to_json_value(invoice.seller) is not first  # the block's memo is gone


@dataclass
class Draft:
    text: str


@dataclass(frozen=True)
class Holder:
    """Frozen, but holding a mutable record: its encoding may change too."""

    draft: Draft


def test_a_mutable_record_and_one_that_holds_it_are_encoded_again_each_time_even_inside_the_block(
    fresh_codecs: None,
) -> None:
    holder = Holder(Draft("a"))
    with reusing_encodings():
        assert [to_json_value(holder.draft), to_json_value(holder)] == [
            {"text": "a"},
            {"draft": {"text": "a"}},
        ]
        holder.draft.text = "b"
        assert [to_json_value(holder.draft), to_json_value(holder)] == [
            {"text": "b"},
            {"draft": {"text": "b"}},
        ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "cannot decode Shelf: expected an object, got list"),
        (
            {"label": "a", "colour": "red", "age": 1},
            "cannot decode Shelf: \"unknown fields ['age', 'colour']\"",
        ),
        ({"label": "a", "items": {}}, "cannot decode Shelf: expected a list, got dict"),
        ({"label": "a", "items": [{"when": 1}]}, "cannot decode Shelf: expected a string, got int"),
    ],
)
def test_a_stored_object_that_does_not_fit_its_record_is_refused_by_name(
    fresh_codecs: None, data: object, message: str
) -> None:
    with pytest.raises(CorruptContent) as refused:
        from_json_value(Shelf, data)  # type: ignore[arg-type]  # deliberately not JSON of a Shelf
    assert str(refused.value) == message


def test_a_decimal_that_is_not_finite_is_refused_with_its_text() -> None:
    with pytest.raises(CorruptContent) as refused:
        from_json_value(Decimal, "NaN")
    assert str(refused.value) == "cannot decode Decimal: 'NaN' is not a finite decimal"


def test_fields_left_out_take_their_defaults_and_only_those_given_are_read(fresh_codecs: None) -> None:
    inner = Outer.Inner(date(2026, 1, 2), AT)
    assert from_json_value(Shelf, {"label": "a"}) == Shelf("a")
    assert from_json_value(Shelf, {"label": "a", "first": None}) == Shelf("a")
    stored = {"label": "a", "items": [to_json_value(inner)], "first": {"when": "2026-01-02"}}
    assert from_json_value(Shelf, stored) == Shelf("a", (inner,), Outer.Inner(date(2026, 1, 2)))


def test_the_fingerprint_is_the_sha256_of_the_canonical_text() -> None:
    invoice = an_invoice(number="F-1")
    texts: list[str] = []

    def text(value: object) -> str:
        texts.append(serialization.canonical_json(value))  # type: ignore[arg-type]  # the invoice's JSON
        return texts[-1]

    assert invoice_fingerprint(invoice, text) == hashlib.sha256(texts[0].encode("ascii")).hexdigest()
    assert invoice_fingerprint(invoice) == invoice_fingerprint(invoice, text)
    assert serialization.canonical_json({"b": "é", "a": [1, None]}) == '{"a":[1,null],"b":"\\u00e9"}'


def test_values_of_their_declared_types_are_encoded_inline_without_to_json_value(
    fresh_codecs: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The generated code's shortcut: a decimal, a date, an enum, a record or a tuple of records of exactly its
    field's type is encoded inline. to_json_value (spied on, for the encoders built here) is reached only for what
    has no shortcut: the invoice itself (the call), a pair of texts (Item.attributes), an attachment's bytes, and
    what those hold."""
    seen: list[str] = []
    encode = serialization.to_json_value

    def spy(value: object) -> object:
        seen.append(type(value).__name__)
        return encode(value)

    monkeypatch.setattr(serialization, "to_json_value", spy)
    invoice = every_field_set()
    assert invoice_to_dict(invoice) == reference(invoice)  # builds the encoders (their defaults are encoded)
    seen.clear()
    assert invoice_to_dict(invoice) == reference(invoice)
    pairs = sum(len(line.item.attributes) for line in invoice.lines)
    assert pairs == 3
    assert sorted(seen) == sorted(["Invoice", "bytes"] + ["tuple"] * pairs + ["str"] * 2 * pairs)


def test_verdicts_and_conclusions_are_stored_and_read_back_whole() -> None:
    layers = (
        LayerVerdict("xsd", "EN16931 1.3.14"),
        LayerVerdict("br-fr", "", ran=False, fatal=1, warnings=2),
    )
    conclusions = (
        Conclusion("fr", True, "a French invoice", ("xsd", "br-fr")),
        Conclusion("en16931", False, "n/a"),
    )
    stored = verdicts_to_lists(layers, conclusions)
    assert stored == (
        [
            {"layer": "xsd", "artifact": "EN16931 1.3.14"},
            {"layer": "br-fr", "ran": False, "fatal": 1, "warnings": 2},
        ],
        [
            {"rules": "fr", "applies": True, "reason": "a French invoice", "layers": ["xsd", "br-fr"]},
            {"rules": "en16931", "applies": False, "reason": "n/a"},
        ],
    )
    assert verdicts_from_lists(*stored) == (layers, conclusions)


def test_a_field_type_without_a_name_is_named_by_its_spelling() -> None:
    with pytest.raises(CorruptContent) as refused:
        from_json_value(Decimal | None, "ten")
    assert str(refused.value) == "cannot decode decimal.Decimal | None: [<class 'decimal.ConversionSyntax'>]"
