"""Hypothesis strategies generating valid French B2B invoices (before totals are computed)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message
from google.protobuf.message_factory import GetMessageClass
from hypothesis import strategies as st

from domain.invoice import (
    AllowanceCharge,
    DocumentType,
    Invoice,
    InvoiceLine,
    Item,
    PrecedingInvoice,
    VatCategory,
)
from tests.builders import an_invoice

RATES = (Decimal("20"), Decimal("10"), Decimal("5.5"), Decimal("2.1"))


def decimals(max_units: int, places: int, min_units: int = 0) -> st.SearchStrategy[Decimal]:
    """Decimals written with exactly `places` decimals, between min_units and max_units."""
    scale = 10**places
    return st.integers(min_units * scale, max_units * scale).map(lambda n: Decimal(n).scaleb(-places))


quantities = decimals(1_000, 4).filter(lambda q: q > 0)  # up to 4 decimals (BR-FR-DEC-02)
prices = decimals(10_000, 6)  # up to 6 decimals (BR-FR-DEC-03)
rates = st.sampled_from(RATES)
cents = decimals(50, 2, 1)


@st.composite
def allowance_charges(
    draw: st.DrawFn, *, document_level: bool, vat_rates: tuple[Decimal, ...] = RATES
) -> AllowanceCharge:
    is_charge = draw(st.booleans())
    return AllowanceCharge(
        is_charge=is_charge,
        amount=draw(cents),
        vat_category=VatCategory.STANDARD if document_level else None,
        vat_rate=draw(st.sampled_from(vat_rates)) if document_level else None,
        reason="Frais de port" if is_charge else "Remise",
        reason_code="" if is_charge else "95",
    )


@st.composite
def lines(draw: st.DrawFn, line_id: str) -> InvoiceLine:
    return InvoiceLine(
        id=line_id,
        quantity=draw(quantities),
        unit_code=draw(st.sampled_from(("C62", "HUR", "KGM"))),
        net_price=draw(prices),
        item=Item(name=draw(st.sampled_from(("Conseil", "Vis inox", "Formation", "Maintenance")))),
        vat_category=VatCategory.STANDARD,
        vat_rate=draw(rates),
        base_quantity=draw(st.sampled_from((None, Decimal("1"), Decimal("10")))),
        allowances_charges=tuple(draw(st.lists(allowance_charges(document_level=False), max_size=2))),
    )


@st.composite
def invoices(draw: st.DrawFn) -> Invoice:
    """A valid invoice or credit note: several lines and VAT rates, document allowances and charges."""
    count = draw(st.integers(1, 8))
    invoice_lines = tuple(draw(lines(str(i + 1))) for i in range(count))
    used_rates = tuple(sorted({line.vat_rate for line in invoice_lines if line.vat_rate is not None}))
    document_acs = tuple(
        draw(st.lists(allowance_charges(document_level=True, vat_rates=used_rates), max_size=3))
    )
    issue = draw(st.dates(date(2026, 9, 1), date(2027, 12, 31)))
    credit_note = draw(st.booleans())
    extra: dict[str, object] = {}
    if credit_note:
        extra = {
            "type_code": DocumentType.CREDIT_NOTE,
            "preceding_invoices": (PrecedingInvoice("F-2026-000123", issue - timedelta(days=30)),),
        }
    return an_invoice(
        lines=0,
        issue_date=issue,
        due_date=issue + timedelta(days=draw(st.integers(0, 60))),
        business_process=draw(st.sampled_from(("S1", "B1", "M1"))),
        **extra,
    ).evolve(lines=invoice_lines, allowances_charges=document_acs)


# ------------------------------------------------------------------------------------------- hostile input
# What an attacker with a valid API key sends: values at and beyond every bound, characters XML cannot hold,
# digits of other scripts, calendar edges, forged tokens. Used by the fuzz suite (tests/e2e/test_fuzz.py and
# tests/integration/adapters/webhook/test_webhook_fuzz.py).

HOSTILE_STRINGS = (
    "",
    " ",
    " \t ",
    "\x00",
    "a\x00b",
    "\x01\x0b\x1f",
    "\ufffe",
    "\u00a0",
    "²³¹",
    "١٢٣",
    "-0",
    "1e5",
    "1e999999",
    "-1E-999999",
    "NaN",
    "-sNaN",
    "Infinity",
    "０１",
    "+1",
    ".5",
    "1_000",
    "\u202eRTL",  # a bidirectional override: PDP-TEXT-CHARS
    "\u200fFR",  # a right-to-left mark: taken
    "\u2067x\u2069",
    "0.0000000000001",
    "1" * 28,
    "9" * 21 + ".5",
    "99999999999999999.99",
    "-1",
    "20",
    "100.00",
    "2026-09-01",
    "0001-01-01",
    "9999-12-31",
    "2026-02-30",
    "２０２６-01-01",
    "2026-09-01\n",
    "FR",
    "EUR",
    "0002",
    "732829320",
    "6f1c2a3b-0000-4000-8000-000000000001",
    "W1tbW1tbW1tbW1tb",  # base64 of nested JSON arrays
    "WyIwMDAxLTAxLTAxVDAwOjAwOjAwKzE0OjAwIiwiNmYxYzJhM2ItMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAxIl0",
    "<x>&amp;</x>",
    "x" * 1001,
    "é" * 300,
)
LARGEST_DECIMAL = (
    "9" * 20 + "." + "9" * 20
)  # the largest value domain.money reads (MAX_INTEGER_DIGITS, MAX_SCALE)
# The values that broke the gateway before it bounded its input: drawn more often than the rest.
WORST_STRINGS = (
    LARGEST_DECIMAL,
    "a\x00b",
    "\x00",
    "²³",
    "\ufffe",
    "1" * 28,
    "0001-01-01",
    "9999-12-31",
    "x" * 100_000,
)
hostile_texts = st.one_of(
    st.sampled_from(WORST_STRINGS),
    st.sampled_from(HOSTILE_STRINGS),
    st.text(max_size=40),
    st.text(alphabet=st.characters(max_codepoint=0x20), max_size=5),
    st.integers(min_value=1, max_value=3).map(lambda n: "x" * 10 ** (n + 2)),
    st.just("x" * (1 << 20)),
)
hostile_bytes = st.one_of(
    st.binary(max_size=64),
    st.sampled_from(
        (
            b"",
            b"%PDF-1.7\n",
            b"<?xml version='1.0'?><x/>",
            b"\x00" * 10,
            b"[" * 1000,
            b"<x>\xed\xa0\x80</x>",  # a lone surrogate, UTF-8 encoded
            b"<x>" + b"\xe2\x80\xae" * 1000 + b"</x>",
            b"x" * (1 << 20),
        )
    ),
)

_INT_RANGES = {
    FieldDescriptor.TYPE_INT32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_INT64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_UINT32: (0, 2**32 - 1),
    FieldDescriptor.TYPE_UINT64: (0, 2**64 - 1),
    FieldDescriptor.TYPE_SINT32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_SINT64: (-(2**63), 2**63 - 1),
}


def _ints(lo: int, hi: int) -> st.SearchStrategy[int]:
    return st.one_of(st.sampled_from((0, 1, -1 if lo < 0 else 0, lo, hi, 500, 501)), st.integers(lo, hi))


def _scalar(field: FieldDescriptor, depth: int) -> st.SearchStrategy[Any]:
    if field.type == FieldDescriptor.TYPE_MESSAGE:
        return proto_messages(field.message_type, depth + 1)
    if field.type == FieldDescriptor.TYPE_STRING:
        return hostile_texts
    if field.type == FieldDescriptor.TYPE_BYTES:
        return hostile_bytes
    if field.type == FieldDescriptor.TYPE_BOOL:
        return st.booleans()
    if field.type == FieldDescriptor.TYPE_ENUM:
        numbers = [v.number for v in field.enum_type.values]
        return st.sampled_from([*numbers, max(numbers) + 1, 999, -1])
    if field.type in _INT_RANGES:
        return _ints(*_INT_RANGES[field.type])
    return st.floats(allow_nan=True)


def proto_messages(descriptor: Descriptor, depth: int = 0) -> st.SearchStrategy[Message]:
    """Any message of `descriptor`'s type: each field absent or hostile, lists of up to 3, nesting up to 4."""
    cls = GetMessageClass(descriptor)
    if depth > 4:
        return st.just(cls())
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for field in descriptor.fields:
        if field.type == FieldDescriptor.TYPE_MESSAGE and field.message_type.GetOptions().map_entry:
            continue
        value = _scalar(field, depth)
        fields[field.name] = st.lists(value, max_size=3) if field.is_repeated else value

    @st.composite
    def build(draw: st.DrawFn) -> Message:
        message = cls()
        names = draw(st.lists(st.sampled_from(sorted(fields)), unique=True, max_size=6)) if fields else []
        for name in names:
            _set(message, name, draw(fields[name]))
        return message

    return build()


def _set(message: Message, name: str, value: Any) -> None:
    field = message.DESCRIPTOR.fields_by_name[name]
    if field.is_repeated:
        target = getattr(message, name)
        if field.type == FieldDescriptor.TYPE_MESSAGE:
            for item in value:
                target.add().CopyFrom(item)
        else:
            target.extend(value)
    elif field.type == FieldDescriptor.TYPE_MESSAGE:
        getattr(message, name).CopyFrom(value)
    else:
        setattr(message, name, value)


def scalar_paths(message: Message, prefix: str = "") -> list[str]:
    """Every string field path a message holds or could hold ("lines[1].item.name"), for targeted mutations."""
    paths = []
    for field in message.DESCRIPTOR.fields:
        name = f"{prefix}{field.name}"
        if field.type == FieldDescriptor.TYPE_STRING and not field.is_repeated:
            paths.append(name)
        elif field.type == FieldDescriptor.TYPE_MESSAGE and not field.message_type.GetOptions().map_entry:
            if field.is_repeated:
                for i, item in enumerate(getattr(message, field.name)):
                    paths += scalar_paths(item, f"{name}[{i}].")
            elif message.HasField(field.name):
                paths += scalar_paths(getattr(message, field.name), f"{name}.")
    return paths


def set_path(message: Message, path: str, value: str) -> None:
    *parents, leaf = path.split(".")
    target: Any = message
    for part in parents:
        name, _, index = part.partition("[")
        target = getattr(target, name)
        if index:
            target = target[int(index.rstrip("]"))]
    setattr(target, leaf, value)


def mutated_messages(base: Message, max_changes: int = 3) -> st.SearchStrategy[Message]:
    """`base` (a valid request) with 1 to `max_changes` of its string fields set to hostile values: deep
    enough to pass the mapping and reach the rules, the database and the renderers."""
    paths = scalar_paths(base)

    decimal_paths = [p for p in paths if _DECIMAL.fullmatch(_get_path(base, p))]

    @st.composite
    def build(draw: st.DrawFn) -> Message:
        message = type(base)()
        message.CopyFrom(base)
        if decimal_paths and draw(st.integers(0, 4)) == 0:
            # every amount, rate and quantity at the largest bounded value at once: products and sums overflow
            # the default 28-digit context where one large value alone does not
            for path in decimal_paths:
                set_path(message, path, draw(st.sampled_from((LARGEST_DECIMAL, "-" + LARGEST_DECIMAL))))
            return message
        for path in draw(st.lists(st.sampled_from(paths), min_size=1, max_size=max_changes, unique=True)):
            set_path(message, path, draw(hostile_texts))
        return message

    return build()


_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def _get_path(message: Message, path: str) -> str:
    target: Any = message
    for part in path.split("."):
        name, _, index = part.partition("[")
        target = getattr(target, name)
        if index:
            target = target[int(index.rstrip("]"))]
    return str(target)
