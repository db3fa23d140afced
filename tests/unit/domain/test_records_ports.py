"""A stored declaration's row reads back as the aggregate it stores: the same period, version, type, content,
status, findings and rejection (none when the row's is empty)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from domain.findings import Finding, Severity
from domain.records_ports import DeclarationRow
from domain.reporting.calendar import ReportKind, VatRegime
from domain.reporting.declaration import DeclarationStatus, ReportType
from domain.reporting.international import DeclarantRole
from domain.reporting.invoice_facts import international_facts
from domain.serialization import findings_to_list, to_json_value
from tests.support.reporting_data import intra_eu_invoice, september_b2c, september_payments

AT = datetime(2026, 10, 2, 9, 0, tzinfo=UTC)


def _row(
    status: str, rejection_reason: str, kind: str = "TRANSACTIONS", **content: list[object]
) -> DeclarationRow:
    return DeclarationRow(
        id="d-1",
        company_siren="732829320",
        regime="REAL_MONTHLY",
        kind=kind,
        period_start=date(2026, 9, 1),
        period_end=date(2026, 9, 10),
        deadline=date(2026, 9, 20),
        version=2,
        report_type="RE",
        status=status,
        content={name: [to_json_value(item) for item in items] for name, items in content.items()},
        totals={},
        findings=findings_to_list([Finding("ER-LATE", Severity.WARNING, "late", layer="ereporting")]),
        supersedes="d-0",
        submitted_on=date(2026, 10, 2),
        submitted_at=AT,
        platform_ref="",
        rejection_reason=rejection_reason,
        archive_sha256="",
        created_at=AT,
        updated_at=AT,
    )


def test_a_rows_declaration_is_the_one_it_stores() -> None:
    decl = _row("REJECTED", "VAT regime missing", b2c=september_b2c("s")[:3]).declaration()

    assert (decl.siren, decl.regime, decl.kind, decl.version) == (
        "732829320",
        VatRegime.REAL_MONTHLY,
        ReportKind.TRANSACTIONS,
        2,
    )
    assert (decl.period.start, decl.period.end) == (date(2026, 9, 1), date(2026, 9, 10))
    assert decl.report_type is ReportType.RECTIFICATIVE and decl.status is DeclarationStatus.REJECTED
    assert decl.totals().b2c_count == 3
    assert (decl.submitted_on, decl.rejection_reason) == (date(2026, 10, 2), "VAT regime missing")
    assert [f.rule_id for f in decl.findings] == ["ER-LATE"]


def test_a_row_without_a_rejection_gives_none() -> None:
    assert _row("SUBMITTED", "").declaration().rejection_reason is None


def test_a_rows_international_invoices_and_payments_read_back_whole() -> None:
    facts = international_facts(intra_eu_invoice("732829320", date(2026, 9, 5)), DeclarantRole.SELLER)
    transactions = _row("SUBMITTED", "", international=[facts]).declaration()
    assert [record.facts for record in transactions.international_records] == [facts]

    events = september_payments("s")
    payments = _row("SUBMITTED", "", kind="PAYMENTS", payments=events).declaration()
    assert sorted(payments.payment_events, key=lambda e: e.key) == sorted(events, key=lambda e: e.key)
