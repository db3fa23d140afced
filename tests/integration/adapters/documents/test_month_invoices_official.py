"""A finance team's generated invoices (tests/support/month_invoices.py: every French VAT category with its
exemption reason, allowances and charges at both levels, 6-decimal prices, base quantities, foreign currencies)
with the totals the gateway computes: the official layers (XSD, CEN EN 16931, BR-FR) accept them in CII and UBL,
and the document read back carries the same totals, to the cent."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from adapters.documents.api import parse
from adapters.documents.cii_writer import render_cii
from adapters.documents.ubl_writer import render_ubl
from adapters.documents.validation import default_validator
from domain.document_formats import Profile
from domain.invoice import Invoice
from domain.totals import compute_totals
from tests.support.month_invoices import month_invoices

# Each example runs the XSLTs (about 20 ms a layer): a derandomized sample keeps the run short and repeatable.
_SAMPLE = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    phases=(Phase.generate,),
    suppress_health_check=list(HealthCheck),
)


@pytest.mark.parametrize(("syntax", "render"), [("CII", render_cii), ("UBL", render_ubl)])
def test_the_official_layers_accept_what_the_gateway_computes(syntax: str, render) -> None:  # type: ignore[no-untyped-def]
    @_SAMPLE
    @given(month_invoices(max_lines=8))
    def check(invoice: Invoice) -> None:
        computed = compute_totals(invoice)
        content = render(computed, Profile.EN16931)
        report = default_validator().validate(content, syntax=syntax, profile=Profile.EN16931.value)
        assert report.complete, report.errors
        assert [f"{f.layer}/{f.rule_id}: {f.message}" for f in report.fatal] == []
        read = parse(content).invoice
        assert read.totals == computed.totals
        assert read.vat_breakdown == computed.vat_breakdown
        assert [line.net_amount for line in read.lines] == [line.net_amount for line in computed.lines]

    check()
