"""Declaration details, exactly: pre-aggregated B2C lines (a till's Z report), the messages refusing content of the
other kind, the REJECTED status, and the totals findings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from domain.findings import Finding, Severity
from domain.reporting.b2c import AggregateKey, B2cAggregate, B2cCategory, TaxDueDateType
from domain.reporting.calendar import ReportKind, VatRegime
from domain.reporting.declaration import (
    B2cSummary,
    DeclarationEvent,
    DeclarationEventKind,
    DeclarationLocked,
    DeclarationSeries,
    DeclarationStatus,
    DeclarationTotals,
    RectificationNotAllowed,
    WrongContentKind,
    totals_findings,
)
from domain.reporting.international import build_record
from domain.reporting.rules import LAYER

from .month import JANUARY_B2C, JANUARY_PAYMENTS, SALE_TO_DE, SIREN

T, P = ReportKind.TRANSACTIONS, ReportKind.PAYMENTS
JAN3 = date(2027, 1, 3)


def _z_report(key: str, base: str, vat: str, count: int = 3) -> B2cSummary:
    aggregate_key = AggregateKey(JAN3, B2cCategory.TLB1, D("20"), "EUR", TaxDueDateType.DELIVERY_DATE)
    return B2cSummary(key, B2cAggregate(aggregate_key, D(base), D(vat), count))


def _draft(kind: ReportKind = T):  # type: ignore[no-untyped-def]
    series = DeclarationSeries.for_day(SIREN, VatRegime.REAL_MONTHLY, kind, JAN3)
    return series, series.open_initial()


def test_a_summary_is_recorded_once_and_merged_with_the_transactions_of_its_key() -> None:
    _, d = _draft()
    assert d.record_b2c(JANUARY_B2C[0]) is True  # 3 Jan, TLB1 20 %: 100.00 + 20.00
    assert d.record_b2c_summary(_z_report("Z-1", "50.00", "10.00")) is True
    assert (
        d.record_b2c_summary(_z_report("Z-1", "50.00", "10.00")) is False
    )  # the same key again: nothing new

    (line,) = d.b2c_aggregates
    assert (line.taxable_total, line.vat_total, line.count) == (D("150.00"), D("30.00"), 4)
    assert not d.is_empty


def test_a_rectification_copies_the_summaries() -> None:
    series, d = _draft()
    d.record_b2c_summary(_z_report("Z-1", "50.00", "10.00"))
    series.submit(date(2027, 2, 1))
    series.mark_accepted(1)
    rect = series.open_rectification()
    assert [(a.taxable_total, a.count) for a in rect.b2c_aggregates] == [(D("50.00"), 3)]


def test_a_summary_in_a_payments_declaration_or_a_sent_one_is_refused_with_its_reason() -> None:
    _, payments = _draft(P)
    with pytest.raises(WrongContentKind) as refused:
        payments.record_b2c_summary(_z_report("Z-1", "1.00", "0.20"))
    assert str(refused.value) == (
        "a PAYMENTS declaration cannot hold B2C aggregates (they go in a TRANSACTIONS declaration)"
    )
    series, d = _draft()
    series.submit(date(2027, 2, 1))
    with pytest.raises(DeclarationLocked) as locked:
        d.record_b2c_summary(_z_report("Z-1", "1.00", "0.20"))
    assert str(locked.value) == "version 1 is SUBMITTED: a sent report is never edited; open a rectification"


def test_a_payment_in_a_transactions_declaration_is_refused_with_its_reason() -> None:
    _, d = _draft()
    with pytest.raises(WrongContentKind) as refused:
        d.record_payment(JANUARY_PAYMENTS[0])
    assert (
        str(refused.value)
        == "a TRANSACTIONS declaration cannot hold payments (they go in a PAYMENTS declaration)"
    )


def test_a_rejected_version_has_the_rejected_status_and_its_reason() -> None:
    series, _ = _draft()
    series.submit(date(2027, 2, 1))
    series.mark_rejected(1, "unknown SIREN")
    assert (series.get(1).status, series.get(1).rejection_reason) == (
        DeclarationStatus.REJECTED,
        "unknown SIREN",
    )


def test_each_total_that_differs_from_the_books_is_one_finding() -> None:
    books = DeclarationTotals(b2c_taxable=D("10.00"), b2c_count=2, collected=D("5.00"))
    report = DeclarationTotals(b2c_taxable=D("10.01"), b2c_count=2, collected=D("4.00"))

    assert totals_findings(report, books, "declaration[2027-01]") == (
        Finding("ER-TOTALS", Severity.FATAL, "b2c_taxable: the report gives 10.01, the books give 10.00",
                "declaration[2027-01]", layer=LAYER),
        Finding("ER-TOTALS", Severity.FATAL, "collected: the report gives 4.00, the books give 5.00",
                "declaration[2027-01]", layer=LAYER),
    )  # fmt: skip
    assert totals_findings(books, books, "x") == ()


def test_a_rectification_copies_the_international_invoices_and_the_payments() -> None:
    sales = DeclarationSeries.for_day(SIREN, VatRegime.REAL_MONTHLY, T, SALE_TO_DE.issue_date)
    sales.open_initial().record_international(SALE_TO_DE)
    sales.submit(date(2027, 1, 21))
    assert sales.mark_accepted(1) == DeclarationEvent(
        DeclarationEventKind.ACCEPTED, 1, DeclarationStatus.ACCEPTED
    )
    assert sales.open_rectification().international_records == (build_record(SALE_TO_DE),)

    payments = DeclarationSeries.for_day(SIREN, VatRegime.REAL_MONTHLY, P, JAN3)
    draft = payments.open_initial()
    for event in JANUARY_PAYMENTS:
        draft.record_payment(event)
    payments.submit(date(2027, 2, 1))
    assert payments.open_rectification().payment_events == JANUARY_PAYMENTS


def test_international_invoices_in_a_payments_declaration_and_a_second_draft_are_refused_with_their_reason() -> (
    None
):
    series, d = _draft(P)
    with pytest.raises(WrongContentKind) as refused:
        d.record_international(SALE_TO_DE)
    assert str(refused.value) == (
        "a PAYMENTS declaration cannot hold international B2B invoices (they go in a TRANSACTIONS declaration)"
    )
    series.submit(date(2027, 2, 1))
    series.open_rectification()
    with pytest.raises(RectificationNotAllowed) as twice:
        series.open_rectification()
    assert str(twice.value) == "version 2 is still a draft: complete it"
