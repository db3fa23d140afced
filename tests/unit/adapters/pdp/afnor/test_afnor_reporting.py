"""E-reporting through AFNOR: declarations as flux 10 parts (one FRR flow each), searched by trackingId before any
deposit, refused when the official flux 10 validation fails (fakes of the flow client and of the validator)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import pytest
from lxml import etree

from adapters.pdp.afnor.flux10 import Flux10Sender, FrrPart, parts_of, transmission_id, write_flux10
from adapters.pdp.afnor.reporting import AfnorReportingGateway
from domain.findings import Finding, Severity, ValidationReport
from domain.platform import (
    DocumentSyntax,
    OutboundDocument,
    PlatformConfigError,
    PlatformOutcomeUnknown,
    PlatformRejected,
    PlatformUnavailable,
    Submission,
    SubmissionQuery,
    SubmissionRecord,
)
from domain.reporting.calendar import ReportKind, VatRegime
from domain.reporting.declaration import Declaration, DeclarationSeries
from domain.reporting.port import DeclarationToSend
from tests.unit.domain.reporting.month import (
    JANUARY_B2C,
    JANUARY_PAYMENTS,
    SALE_TO_DE,
    SERVICES_FROM_US,
    SIREN,
)

DECLARATION_ID = "0b7c9a1e-2f3d-4c5b-8a69-123456789abc"
AT = datetime(2027, 2, 1, 9, 30, 5, tzinfo=UTC)
SENDER = Flux10Sender("SIM1", "PA simulée")


def transactions() -> Declaration:
    d = DeclarationSeries.for_day(
        SIREN, VatRegime.REAL_QUARTERLY, ReportKind.TRANSACTIONS, date(2027, 1, 15)
    ).open_initial()
    for tx in JANUARY_B2C:
        d.record_b2c(tx)
    d.record_international(SALE_TO_DE)
    d.record_international(SERVICES_FROM_US)
    return d


def payments() -> Declaration:
    d = DeclarationSeries.for_day(
        SIREN, VatRegime.REAL_MONTHLY, ReportKind.PAYMENTS, date(2027, 1, 1)
    ).open_initial()
    for event in JANUARY_PAYMENTS:
        d.record_payment(event)
    return d


def valid(_: bytes) -> ValidationReport:
    return ValidationReport(artifacts=(("fake", "1"),))


@dataclass
class FakeFlows:
    """The AFNOR flow client: deposits kept by trackingId; `unknown` deposits land but answer an unknown outcome."""

    deposited: dict[str, list[OutboundDocument]] = field(default_factory=dict)
    unknown: int = 0
    lost: int = 0  # deposits that fail with an unknown outcome and never land
    searches: int = 0

    async def submit(self, document: OutboundDocument) -> Submission:
        if self.lost:
            self.lost -= 1
            raise PlatformOutcomeUnknown("timeout after the upload")
        self.deposited.setdefault(document.tracking_id, []).append(document)
        if self.unknown:
            self.unknown -= 1
            raise PlatformOutcomeUnknown("reset after the upload")
        return Submission(f"flow-{document.tracking_id}", AT)

    async def find_submissions(self, query: SubmissionQuery) -> list[SubmissionRecord]:
        self.searches += 1
        return [
            SubmissionRecord(platform_id=f"flow-{query.tracking_id}", submitted_at=AT)
            for _ in self.deposited.get(query.tracking_id, [])[:1]
        ]


def to_send(declaration: Declaration) -> DeclarationToSend:
    return DeclarationToSend(DECLARATION_ID, declaration, AT)


def test_a_transactions_declaration_has_one_part_per_flow_type() -> None:
    assert parts_of(transactions()) == [
        FrrPart.B2C_TRANSACTIONS,
        FrrPart.INTERNATIONAL_SALES,
        FrrPart.INTERNATIONAL_PURCHASES,
    ]
    assert parts_of(payments()) == [FrrPart.INVOICE_PAYMENTS, FrrPart.B2C_PAYMENTS]
    assert [p.flow_type for p in parts_of(payments())] == [
        "UnitaryCustomerPaymentReport",
        "AggregatedCustomerPaymentReport",
    ]


def test_the_b2c_part_carries_hand_computed_daily_aggregates() -> None:
    root = etree.fromstring(
        write_flux10(
            transactions(),
            FrrPart.B2C_TRANSACTIONS,
            declaration_id=DECLARATION_ID,
            issued_at=AT,
            sender=SENDER,
        )
    )
    assert root.findtext("ReportDocument/Id") == f"{DECLARATION_ID}-T103"
    assert root.findtext("ReportDocument/IssueDateTime/DateTimeString") == "20270201093005"
    assert root.findtext("ReportDocument/TypeCode") == "IN"
    assert root.find("ReportDocument/Sender/Id").attrib == {"schemeId": "0238"}
    assert root.findtext("TransactionsReport/ReportPeriod/StartDate") == "20270101"
    assert root.findtext("TransactionsReport/ReportPeriod/EndDate") == "20270131"
    assert root.find("TransactionsReport/Invoice") is None and root.find("PaymentsReport") is None
    first = root.find("TransactionsReport/Transactions")
    # January 3rd, TLB1: 100.00 + 50.50 at 20 %, VAT 20.00 + 10.10, two sales
    assert [first.findtext(t) for t in ("Date", "CategoryCode", "TaxExclusiveAmount", "TaxTotal")] == [
        "20270103",
        "TLB1",
        "150.50",
        "30.10",
    ]
    assert first.findtext("TransactionsCount") == "2" and first.findtext("TaxDueDateTypeCode") == "29"
    assert [
        (s.findtext("TaxPercent"), s.findtext("TaxableAmount")) for s in first.findall("TaxSubtotal")
    ] == [("20", "150.50")]
    days = [
        (t.findtext("Date"), t.findtext("CategoryCode"))
        for t in root.iterfind("TransactionsReport/Transactions")
    ]
    assert days == sorted(days) and len(days) == 6


def test_the_purchases_part_names_the_company_as_buyer() -> None:
    root = etree.fromstring(
        write_flux10(
            transactions(),
            FrrPart.INTERNATIONAL_PURCHASES,
            declaration_id=DECLARATION_ID,
            issued_at=AT,
            sender=SENDER,
        )
    )
    assert root.findtext("ReportDocument/Issuer/RoleCode") == "BY"
    assert [i.findtext("ID") for i in root.iterfind("TransactionsReport/Invoice")] == ["US-778"]
    assert root.findtext("TransactionsReport/Invoice/Seller/CompanyId") == "US-EIN-12-3456789"
    assert root.findtext("TransactionsReport/Invoice/MonetaryTotal/TaxExclusiveAmount") == "500.00"


def test_the_payments_parts_split_per_invoice_and_aggregated() -> None:
    d = payments()
    per_invoice = etree.fromstring(
        write_flux10(d, FrrPart.INVOICE_PAYMENTS, declaration_id=DECLARATION_ID, issued_at=AT, sender=SENDER)
    )
    aggregated = etree.fromstring(
        write_flux10(d, FrrPart.B2C_PAYMENTS, declaration_id=DECLARATION_ID, issued_at=AT, sender=SENDER)
    )
    assert per_invoice.find("PaymentsReport/Transactions") is None
    assert aggregated.find("PaymentsReport/Invoice") is None
    first = per_invoice.find("PaymentsReport/Invoice")
    assert (first.findtext("InvoiceID"), first.findtext("IssueDate")) == ("F-001", "20261215")
    assert [
        (s.findtext("TaxPercent"), s.findtext("Amount")) for s in first.iterfind("Payment/SubTotals")
    ] == [("20", "120.00")]
    day = aggregated.find("PaymentsReport/Transactions/Payment")
    assert day.findtext("Date") == "20270105"
    assert [(s.findtext("TaxPercent"), s.findtext("Amount")) for s in day.iterfind("SubTotals")] == [
        ("10", "22.00"),
        ("20", "60.00"),
    ]


def test_a_transmission_id_is_refused_when_the_flux_10_rules_would_refuse_it() -> None:
    assert transmission_id(DECLARATION_ID, FrrPart.B2C_PAYMENTS) == f"{DECLARATION_ID}-P104"
    with pytest.raises(ValueError, match="transmission id"):
        transmission_id("x" * 46, FrrPart.B2C_PAYMENTS)
    with pytest.raises(ValueError, match="transmission id"):
        transmission_id("déclaration", FrrPart.B2C_PAYMENTS)


def test_transmissions_are_the_same_each_time_they_are_computed() -> None:
    gateway = AfnorReportingGateway(FakeFlows(), sender=SENDER, validate=valid)
    first = gateway.transmissions(to_send(transactions()))
    assert first == gateway.transmissions(to_send(transactions()))
    assert [r.body["flowType"] for r in first] == [
        "AggregatedCustomerTransactionReport",
        "UnitaryCustomerTransactionReport",
        "UnitarySupplierTransactionReport",
    ]


def test_without_the_platform_matricule_declarations_stay_queued_with_a_clear_error() -> None:
    gateway = AfnorReportingGateway(FakeFlows(), sender=None, validate=valid)
    with pytest.raises(PlatformConfigError, match="AFNOR_PLATFORM_ID"):
        gateway.transmissions(to_send(payments()))


async def test_each_part_is_deposited_once_as_an_frr_flow_and_found_again_after() -> None:
    flows = FakeFlows()
    gateway = AfnorReportingGateway(flows, sender=SENDER, validate=valid)
    requests = gateway.transmissions(to_send(payments()))

    refs = [await gateway.send(SIREN, r) for r in requests]
    again = [await gateway.send(SIREN, r) for r in requests]

    assert refs == again == [f"flow-{DECLARATION_ID}-P102", f"flow-{DECLARATION_ID}-P104"]
    assert {k: len(v) for k, v in flows.deposited.items()} == {
        f"{DECLARATION_ID}-P102": 1,
        f"{DECLARATION_ID}-P104": 1,
    }
    [doc] = flows.deposited[f"{DECLARATION_ID}-P104"]
    assert doc.syntax is DocumentSyntax.FRR and doc.processing_rule.value == "B2C"


async def test_an_unknown_outcome_is_settled_by_the_search_not_by_a_second_deposit() -> None:
    flows = FakeFlows(unknown=1)
    gateway = AfnorReportingGateway(flows, sender=SENDER, validate=valid)
    [request, *_] = gateway.transmissions(to_send(payments()))

    assert await gateway.send(SIREN, request) == f"flow-{DECLARATION_ID}-P102"
    assert len(flows.deposited[f"{DECLARATION_ID}-P102"]) == 1


async def test_an_unknown_outcome_the_search_does_not_settle_is_retried_later_and_searched_first() -> None:
    flows = FakeFlows(lost=1)
    gateway = AfnorReportingGateway(flows, sender=SENDER, validate=valid)
    [request, *_] = gateway.transmissions(to_send(payments()))

    with pytest.raises(PlatformUnavailable, match="not found by trackingId"):
        await gateway.send(SIREN, request)
    assert await gateway.send(SIREN, request) == f"flow-{DECLARATION_ID}-P102"
    assert len(flows.deposited[f"{DECLARATION_ID}-P102"]) == 1


async def test_a_document_failing_the_flux_10_validation_is_never_sent() -> None:
    finding = Finding("G6.22", Severity.FATAL, "bad matricule", layer="flux10")

    def refuse(_: bytes) -> ValidationReport:
        return ValidationReport(findings=(finding,))

    def incomplete(_: bytes) -> ValidationReport:
        return ValidationReport(complete=False, errors=("layer flux10 could not run: altered",))

    flows = FakeFlows()
    for validate, rule in ((refuse, "G6.22"), (incomplete, "FLUX10-VALIDATION")):
        gateway = AfnorReportingGateway(flows, sender=SENDER, validate=validate)
        [request, *_] = gateway.transmissions(to_send(payments()))
        with pytest.raises(PlatformRejected) as refused:
            await gateway.send(SIREN, request)
        assert [f.rule_id for f in refused.value.findings] == [rule]
    assert flows.deposited == {}
