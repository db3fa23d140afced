import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.invoice import Delivery, Identifier, Invoice, Period
from domain.serialization import (
    CorruptContent,
    invoice_fingerprint,
    invoice_from_dict,
    invoice_to_dict,
)
from domain.totals import compute_totals
from tests.builders import a_document_allowance, a_line, an_invoice

decimals = st.integers(0, 6).flatmap(
    lambda places: st.decimals(min_value=-(10**6), max_value=10**6, places=places)
)
texts = st.text(max_size=20)


def through_json(invoice: Invoice) -> Invoice:
    return invoice_from_dict(json.loads(json.dumps(invoice_to_dict(invoice))))


@st.composite
def invoices(draw: st.DrawFn) -> Invoice:
    lines = tuple(
        replace(
            a_line(str(i + 1), name=draw(texts) or "item"),
            quantity=draw(decimals),
            net_price=draw(decimals),
            base_quantity=draw(st.none() | decimals),
            note=draw(texts),
        )
        for i in range(draw(st.integers(1, 5)))
    )
    invoice = an_invoice(
        buyer_reference=draw(texts),
        due_date=draw(st.none() | st.dates()),
        period=draw(st.none() | st.builds(Period, st.none() | st.dates(), st.none() | st.dates())),
        delivery=draw(
            st.none() | st.builds(Delivery, texts, st.none() | st.builds(Identifier, texts, texts))
        ),
        allowances_charges=tuple(
            a_document_allowance(str(draw(decimals))) for _ in range(draw(st.integers(0, 2)))
        ),
    )
    invoice = replace(invoice, lines=lines)
    return compute_totals(invoice) if draw(st.booleans()) else invoice


@settings(max_examples=100, deadline=None)
@given(invoices())
def test_any_invoice_survives_a_json_round_trip_exactly(invoice: Invoice) -> None:
    assert through_json(invoice) == invoice
    assert invoice_to_dict(through_json(invoice)) == invoice_to_dict(invoice)


def test_decimals_keep_their_written_precision() -> None:
    invoice = replace(an_invoice(paid_amount=Decimal("0.00")), lines=(a_line(quantity="1.500", price="10"),))
    back = through_json(invoice)
    assert str(back.paid_amount) == "0.00"
    assert str(back.lines[0].quantity) == "1.500"
    hundred = replace(invoice, paid_amount=Decimal("1E+2"))
    assert str(through_json(hundred).paid_amount) == "1E+2"


def test_amounts_are_strings_and_enums_values_on_the_wire() -> None:
    data = invoice_to_dict(compute_totals(an_invoice()))
    assert data["type_code"] == "380"
    assert data["issue_date"] == "2026-11-02"
    assert isinstance(data["totals"], dict) and data["totals"]["tax_inclusive"] == "12.60"


def test_fingerprint_is_the_same_for_equal_content_and_differs_for_one_cent() -> None:
    invoice = an_invoice(number="F-1")
    assert invoice_fingerprint(invoice) == invoice_fingerprint(replace(invoice))
    cheaper = replace(invoice, lines=(replace(invoice.lines[0], net_price=Decimal("10.49")),))
    assert invoice_fingerprint(cheaper) != invoice_fingerprint(invoice)
    assert len(invoice_fingerprint(invoice)) == 64


def test_fingerprint_ignores_how_a_default_is_spelled() -> None:
    invoice = an_invoice(number="F-2")
    assert invoice_fingerprint(invoice) == invoice_fingerprint(replace(invoice, buyer_reference=""))


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.update(issue_date="2026-13-45"),
        lambda d: d.update(unknown_field=1),
        lambda d: d["lines"][0].update(quantity=1.5),
        lambda d: d["lines"][0].update(quantity="NaN"),
        lambda d: d.update(type_code="9999"),  # 1 to 3 digits: any UNTDID 1001 code reads
    ],
)
def test_content_that_does_not_match_the_model_is_refused(mutate) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(json.dumps(invoice_to_dict(an_invoice())))
    mutate(data)
    with pytest.raises(CorruptContent):
        invoice_from_dict(data)


def test_dates_in_nested_groups_round_trip() -> None:
    invoice = an_invoice(period=Period(date(2026, 10, 1), date(2026, 10, 31)))
    assert through_json(invoice).period == invoice.period


def test_fingerprint_of_known_content_is_pinned() -> None:
    # Computed on main before any change to the encoding: stored request hashes must keep matching.
    invoice = an_invoice(3, number="F-2026-0001", allowances_charges=(a_document_allowance("5.00"),))
    assert invoice_fingerprint(invoice) == "d37e93d4faa220541ae06eb27b0fa000b26649c1020c1591e7b80e4997cf166a"
    assert (
        invoice_fingerprint(compute_totals(invoice))
        == "0c973dea8a3bef9194ce69e5b6f15897937332374d5b7cf46f76fd855dc2d6a3"
    )
