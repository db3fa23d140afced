"""Declaration details, exactly: pre-aggregated B2C lines (a till's Z report), the messages refusing content of the
other kind, the REJECTED status, the totals findings, every finding of a declaration's check and the totals of
credit notes."""

from __future__ import annotations

from dataclasses import replace
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
    IllegalStatusChange,
    InitialAlreadyExists,
    RectificationNotAllowed,
    WrongContentKind,
    totals_findings,
)
from domain.reporting.international import DeclarantRole, build_record
from domain.reporting.rules import LAYER

from .month import DE, JANUARY_B2C, JANUARY_PAYMENTS, ME, SALE_TO_DE, SIREN, US, b2c, international, pay

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
        "ER-CONTENT-KIND: a PAYMENTS declaration cannot hold B2C aggregates (they go in a TRANSACTIONS declaration)"
    )
    series, d = _draft()
    series.submit(date(2027, 2, 1))
    with pytest.raises(DeclarationLocked) as locked:
        d.record_b2c_summary(_z_report("Z-1", "1.00", "0.20"))
    assert (
        str(locked.value)
        == "ER-LOCKED: version 1 is SUBMITTED: a sent report is never edited; open a rectification"
    )


def test_a_payment_in_a_transactions_declaration_is_refused_with_its_reason() -> None:
    _, d = _draft()
    with pytest.raises(WrongContentKind) as refused:
        d.record_payment(JANUARY_PAYMENTS[0])
    assert (
        str(refused.value)
        == "ER-CONTENT-KIND: a TRANSACTIONS declaration cannot hold payments (they go in a PAYMENTS declaration)"
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
        "ER-CONTENT-KIND: a PAYMENTS declaration cannot hold international B2B invoices (they go in a TRANSACTIONS declaration)"
    )
    series.submit(date(2027, 2, 1))
    series.open_rectification()
    with pytest.raises(RectificationNotAllowed) as twice:
        series.open_rectification()
    assert str(twice.value) == "ER-DRAFT-OPEN: version 2 is still a draft: complete it"


DECADE = "declaration[732829320/TRANSACTIONS/2027-01-01..2027-01-10/v1]"  # 1-10 January, due on the 20th
EMPTY = ("ER-EMPTY", Severity.WARNING, "the declaration holds nothing for the period", DECADE)


def _checked(today: date, record=None, kind: ReportKind = T, expected: DeclarationTotals | None = None):  # type: ignore[no-untyped-def]
    _, d = _draft(kind)
    if record is not None:
        record(d)
    return [(f.rule_id, f.severity, f.message, f.path) for f in d.check(today, expected)]


def test_every_finding_of_a_declaration_check_exactly() -> None:
    early = "the period ends on 2027-01-10: a report sent on 2027-01-05 could miss transactions"
    assert _checked(date(2027, 1, 5)) == [("ER-EARLY", Severity.FATAL, early, DECADE), EMPTY]
    assert _checked(date(2027, 1, 11)) == [EMPTY]  # the day after the period, on time
    assert _checked(date(2027, 1, 20)) == [EMPTY]  # the deadline day itself is on time
    late = "sent on 2027-01-25, 5 day(s) after the deadline 2027-01-20 (penalty risk)"
    assert _checked(date(2027, 1, 25)) == [("ER-LATE", Severity.WARNING, late, DECADE), EMPTY]

    outside = "dated {}, outside the period 2027-01-01 to 2027-01-{}"
    tx = b2c("k", date(2027, 1, 12), "TLB1", "20", "10.00", "2.00")
    assert _checked(date(2027, 1, 11), lambda d: d.record_b2c(tx)) == [
        (
            "ER-PERIOD",
            Severity.FATAL,
            outside.format("2027-01-12", "10"),
            "b2c[2027-01-12/TLB1/20%/EUR/DELIVERY_DATE]",
        )
    ]
    assert _checked(date(2027, 1, 11), lambda d: d.record_international(SALE_TO_DE)) == [
        ("ER-PERIOD", Severity.FATAL, outside.format("2027-01-20", "10"), "international[F-2027-0042]")
    ]
    february = pay("p", date(2027, 2, 1), ("20", "12.00"))
    assert _checked(date(2027, 2, 5), lambda d: d.record_payment(february), kind=P) == [
        ("ER-PERIOD", Severity.FATAL, outside.format("2027-02-01", "31"), "payment[2027-02-01/b2c/20%]")
    ]
    books = DeclarationTotals(b2c_taxable=D("1.00"))
    assert _checked(date(2027, 1, 11), expected=books) == [
        ("ER-TOTALS", Severity.FATAL, "b2c_taxable: the report gives 0.00, the books give 1.00", DECADE),
        EMPTY,
    ]


def test_credit_notes_reduce_the_international_totals() -> None:
    _, d = _draft()
    sale = international(
        "C-1", date(2027, 1, 4), DeclarantRole.SELLER, ME, DE, rate="20", vat="200.00", category="S"
    )
    bought = international(
        "C-2",
        date(2027, 1, 6),
        DeclarantRole.BUYER,
        US,
        ME,
        base="500.00",
        rate="20",
        vat="100.00",
        category="S",
    )
    bought_too = international(
        "B-3",
        date(2027, 1, 7),
        DeclarantRole.BUYER,
        US,
        ME,
        base="300.00",
        rate="20",
        vat="60.00",
        category="S",
    )
    for facts in (replace(sale, type_code="381"), replace(bought, type_code="381"), bought_too):
        d.record_international(facts)

    assert d.totals() == DeclarationTotals(
        international_sales_taxable=D("-1000.00"),
        international_sales_vat=D("-200.00"),
        international_purchases_taxable=D("-200.00"),  # -500.00 + 300.00
        international_purchases_vat=D("-40.00"),  # -100.00 + 60.00
        international_count=3,
    )
    assert [str(getattr(d.totals(), name)) for name in ("b2c_taxable", "b2c_vat", "collected")] == [
        "0.00"
    ] * 3


def test_a_series_its_versions_and_the_refusals_of_its_commands_exactly() -> None:
    series = DeclarationSeries.for_day(SIREN, VatRegime.REAL_MONTHLY, T, date(2027, 1, 15))
    assert (series.siren, series.regime, series.kind, (series.period.start, series.period.end)) == (
        SIREN,
        VatRegime.REAL_MONTHLY,
        T,
        (date(2027, 1, 11), date(2027, 1, 20)),  # the second decade: a TRANSACTIONS period
    )
    with pytest.raises(IllegalStatusChange) as nothing:
        series.submit(date(2027, 1, 21))
    assert str(nothing.value) == "ER-STATUS: there is no draft to submit"
    first = series.open_initial()
    assert (first.siren, first.regime, first.kind, first.period) == (
        SIREN,
        VatRegime.REAL_MONTHLY,
        T,
        series.period,
    )
    with pytest.raises(InitialAlreadyExists) as again:
        series.open_initial()
    assert str(again.value) == "ER-DRAFT-OPEN: version 1 is still a draft: complete it"
    assert series.submit(date(2027, 1, 21)).submitted_on == date(2027, 1, 21)
    with pytest.raises(KeyError) as missing:
        series.get(2)
    assert missing.value.args == ("732829320/TRANSACTIONS/2027-01-11: no version 2",)


def test_summaries_under_two_keys_are_two_summaries() -> None:
    _, d = _draft()
    assert d.record_b2c_summary(_z_report("Z-1", "50.00", "10.00")) is True
    assert d.record_b2c_summary(_z_report("Z-2", "30.00", "6.00", count=2)) is True
    (line,) = d.b2c_aggregates
    assert (line.taxable_total, line.vat_total, line.count) == (D("80.00"), D("16.00"), 5)


def test_a_report_refused_after_its_acceptance_is_rejected_with_the_platform_reason() -> None:
    series, d = _draft()
    series.submit(date(2027, 2, 1))
    series.mark_accepted(1)

    refused = d.refused_by_platform("REJ_SEMAN")

    assert refused == DeclarationEvent(
        DeclarationEventKind.REJECTED, 1, DeclarationStatus.REJECTED, reason="REJ_SEMAN"
    )
    assert (d.status, d.rejection_reason) == (DeclarationStatus.REJECTED, "REJ_SEMAN")
    with pytest.raises(IllegalStatusChange) as again:
        d.refused_by_platform("REJ_SEMAN")
    assert (
        str(again.value)
        == "ER-STATUS: version 1 is REJECTED: only a submitted or accepted report can be refused"
    )
