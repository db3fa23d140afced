"""out_of_bounds with its generated scanners built in the test, on one fault in each kind of field, exactly.

A scanner is generated once per dataclass and kept (with the field names `_collect` walks). The other tests have
filled those caches, and a mutation run forks after that, so `fresh_scanners` empties them first: here the
generation runs. Each case puts one fault (too long, or a character XML cannot hold) in one kind of field: a text,
a free text, a record, an optional record, a tuple of records, a tuple of text pairs, and lists over their size."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest

from domain import bounds
from domain.bounds import MAX_ITEMS, MAX_LINES, MAX_LONG_TEXT, MAX_TEXT, out_of_bounds
from domain.invoice import Delivery, Invoice, Note, Payee, Period
from domain.totals import compute_totals
from tests.builders import an_invoice
from tests.document_examples import annex_b_full

CHARS = ": NUL, control characters, noncharacters and bidirectional overrides are refused"


@pytest.fixture
def fresh_scanners() -> Iterator[None]:
    kept = dict(bounds._SCANNERS), dict(bounds._FIELDS)
    bounds._SCANNERS.clear()
    bounds._FIELDS.clear()
    yield
    bounds._SCANNERS.clear()
    bounds._FIELDS.clear()
    bounds._SCANNERS.update(kept[0])
    bounds._FIELDS.update(kept[1])


def _item(invoice: Invoice, **changes: object) -> Invoice:
    line = invoice.lines[0]
    return invoice.evolve(lines=(replace(line, item=replace(line.item, **changes)), *invoice.lines[1:]))


BASE = an_invoice(lines=2)
# (what, the invoice, [(rule, path, message)])
CASES: list[tuple[str, Callable[[], Invoice], list[tuple[str, str, str]]]] = [
    ("fullest within bounds", lambda: compute_totals(annex_b_full()), []),
    (
        "text at its limit, free text at its limit, 201 lines",
        lambda: BASE.evolve(
            number="n" * MAX_TEXT, payment_terms="t" * MAX_LONG_TEXT, lines=BASE.lines[:1] * (MAX_ITEMS + 1)
        ),
        [],
    ),
    (
        "text",
        lambda: BASE.evolve(number="n" * (MAX_TEXT + 1)),
        [("PDP-TEXT-LENGTH", "number", "number is 1001 characters long, at most 1000")],
    ),
    (
        "free text",
        lambda: BASE.evolve(payment_terms="t" * (MAX_LONG_TEXT + 1)),
        [("PDP-TEXT-LENGTH", "payment_terms", "payment_terms is 20001 characters long, at most 20000")],
    ),
    (
        "a text of a record",
        lambda: BASE.evolve(seller=replace(BASE.seller, name="AC\x00ME")),
        [("PDP-TEXT-CHARS", "seller.name", f"seller.name character 2 is U+0000{CHARS}")],
    ),
    (
        "a record in a record",
        lambda: BASE.evolve(
            seller=replace(BASE.seller, address=replace(BASE.seller.address, city="c" * 1001))
        ),
        [
            (
                "PDP-TEXT-LENGTH",
                "seller.address.city",
                "seller.address.city is 1001 characters long, at most 1000",
            )
        ],
    ),
    (
        "an optional record",
        lambda: BASE.evolve(delivery=Delivery(party_name="\x1f")),
        [("PDP-TEXT-CHARS", "delivery.party_name", f"delivery.party_name character 0 is U+001F{CHARS}")],
    ),
    (
        "an optional record, too long",
        lambda: BASE.evolve(payee=Payee("p" * 1001)),
        [("PDP-TEXT-LENGTH", "payee.name", "payee.name is 1001 characters long, at most 1000")],
    ),
    (
        "a record of a tuple",
        lambda: BASE.evolve(notes=(Note("ok"), Note("x" * 20_001))),
        [("PDP-TEXT-LENGTH", "notes[1].text", "notes[1].text is 20001 characters long, at most 20000")],
    ),
    (
        "a record in a record of a tuple",
        lambda: _item(BASE, name="i" * 1001),
        [
            (
                "PDP-TEXT-LENGTH",
                "lines[0].item.name",
                "lines[0].item.name is 1001 characters long, at most 1000",
            )
        ],
    ),
    (
        "a pair of texts, the value too long",
        lambda: _item(BASE, attributes=(("colour", "red"), ("size", "s" * 1001))),
        [
            (
                "PDP-TEXT-LENGTH",
                "lines[0].item.attributes[1][1]",
                "lines[0].item.attributes[1][1] is 1001 characters long, at most 1000",
            )
        ],
    ),
    (
        "a pair of texts, the name too long",
        lambda: _item(BASE, attributes=(("k" * 1001, "v"),)),
        [
            (
                "PDP-TEXT-LENGTH",
                "lines[0].item.attributes[0][0]",
                "lines[0].item.attributes[0][0] is 1001 characters long, at most 1000",
            )
        ],
    ),
    (
        "a pair of texts, a control character",
        lambda: _item(BASE, attributes=(("colour", "r\x07d"),)),
        [
            (
                "PDP-TEXT-CHARS",
                "lines[0].item.attributes[0][1]",
                f"lines[0].item.attributes[0][1] character 1 is U+0007{CHARS}",
            )
        ],
    ),
    (
        "too many pairs",
        lambda: _item(BASE, attributes=(("k", "v"),) * (MAX_ITEMS + 1)),
        [
            (
                "PDP-LIST-SIZE",
                "lines[0].item.attributes",
                "lines[0].item.attributes has 201 entries, at most 200",
            )
        ],
    ),
    (
        "too many records",
        lambda: BASE.evolve(notes=(Note("n"),) * (MAX_ITEMS + 1)),
        [("PDP-LIST-SIZE", "notes", "notes has 201 entries, at most 200")],
    ),
    (
        "a record of the second line",
        lambda: BASE.evolve(
            lines=(
                BASE.lines[0],
                replace(BASE.lines[1], period=Period()),
                replace(BASE.lines[1], note="\x00"),
            )
        ),
        [("PDP-TEXT-CHARS", "lines[2].note", f"lines[2].note character 0 is U+0000{CHARS}")],
    ),
    (
        "201 lines beside a fault: the lines are not too many",
        lambda: BASE.evolve(number="\x00", lines=BASE.lines[:1] * (MAX_ITEMS + 1)),
        [("PDP-TEXT-CHARS", "number", f"number character 0 is U+0000{CHARS}")],
    ),
    (
        "two faults apart",
        lambda: BASE.evolve(number="\x00", buyer=replace(BASE.buyer, name="b" * 1001)),
        [
            ("PDP-TEXT-CHARS", "number", f"number character 0 is U+0000{CHARS}"),
            ("PDP-TEXT-LENGTH", "buyer.name", "buyer.name is 1001 characters long, at most 1000"),
        ],
    ),
]


@pytest.mark.parametrize(("what", "invoice", "found"), CASES, ids=[c[0] for c in CASES])
def test_one_fault_in_each_kind_of_field_is_found_where_it_is(
    fresh_scanners: None, what: str, invoice: Callable[[], Invoice], found: list[tuple[str, str, str]]
) -> None:
    findings = out_of_bounds(invoice())
    assert [(f.rule_id, f.path, f.message) for f in findings] == found
    assert all(f.layer == "bounds" and f.is_fatal for f in findings)


def test_past_the_lines_allowed_only_one_more_line_is_read() -> None:
    """10,002 lines, a fault in the last two: the list is too long, and the lines are read up to one past the
    limit (so the first line past it is named, and no more)."""
    bad = replace(BASE.lines[0], note="\x00")
    invoice = BASE.evolve(lines=BASE.lines[:1] * MAX_LINES + (bad, bad))
    assert [(f.rule_id, f.path) for f in out_of_bounds(invoice)] == [
        ("PDP-LIST-SIZE", "lines"),
        ("PDP-TEXT-CHARS", "lines[10000].note"),
    ]
