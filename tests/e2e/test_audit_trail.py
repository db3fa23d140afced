"""The audit trail of a company's day through the real gRPC server on PostgreSQL: every action is an entry with its
actor and request id, the export of the day is a chain anyone can check, and editing any entry breaks it there."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import asyncpg

from domain.archive import broken_entries
from domain.audit import Actor, acting_as
from pdpgateway.v1 import archive_service_pb2 as apb
from pdpgateway.v1 import archive_service_pb2_grpc as apb_grpc
from pdpgateway.v1 import invoice_service_pb2 as svc
from pdpgateway.v1 import reporting_service_pb2 as rpb
from pdpgateway.v1 import reporting_service_pb2_grpc as rpb_grpc
from service.grpc.mapping import invoice_to_proto
from service.wiring.server import resolve
from tests.e2e.grpc_client import GatewayClient, invoice_of
from tests.random_refs import random_siren
from tests.support.records import tamper


def calling(key: str, request_id: str) -> tuple[tuple[str, str], ...]:
    return (("authorization", f"Bearer {key}"), ("x-request-id", request_id))


async def a_day_of_actions(container: Any, client: GatewayClient) -> tuple[str, dict[str, str], date]:
    """An operator creates keys (CLI), billing submits, cancels and resubmits, records sales, previews and submits
    a declaration, reads and verifies the archive; the operator revokes a key. Returns (company, key ids, day)."""
    keys = await resolve(container.api_keys)
    company = random_siren()
    with acting_as(Actor.cli("alice")):
        billing = await keys.create(company, "billing")
        erp = await keys.create(company, "erp")
    secret = billing["secret"]
    stub = client.stub
    wrong = invoice_of(company)
    first = await stub.SubmitInvoice(
        svc.SubmitInvoiceRequest(request_id="r-a", invoice=invoice_to_proto(wrong)),
        metadata=calling(secret, "day-1"),
    )
    second = await stub.SubmitInvoice(
        svc.SubmitInvoiceRequest(request_id="r-b", invoice=invoice_to_proto(invoice_of(company))),
        metadata=calling(secret, "day-2"),
    )
    await stub.CancelInvoice(
        svc.CancelInvoiceRequest(invoice_id=first.invoice.id, reason="wrong price", request_id="c-a"),
        metadata=calling(secret, "day-3"),
    )
    corrected = replace(wrong, due_date=date(2026, 12, 24))
    await stub.SubmitInvoice(
        svc.SubmitInvoiceRequest(request_id="r-a2", invoice=invoice_to_proto(corrected)),
        metadata=calling(secret, "day-4"),
    )
    # Money already received for the second invoice, not deposited yet: held until the deposit, one entry.
    await stub.RecordPayment(
        svc.RecordPaymentRequest(
            invoice_id=second.invoice.id, payment_id="bank-1", date="2026-09-02", amount="50.00"
        ),
        metadata=calling(secret, "day-4b"),
    )
    reporting = rpb_grpc.ReportingServiceStub(client.channel)
    sale = rpb.B2cTransaction(
        key=f"{company}-1",
        day="2026-09-02",
        category=rpb.B2C_CATEGORY_TLB1,
        vat_rate="20",
        taxable_amount="100.00",
        vat_amount="20.00",
    )
    await reporting.RecordB2cTransactions(
        rpb.RecordB2cTransactionsRequest(transactions=[sale]), metadata=calling(secret, "day-5")
    )
    september = rpb.PeriodSelector(
        regime=rpb.VAT_REGIME_SIMPLIFIED, kind=rpb.REPORT_KIND_TRANSACTIONS, day="2026-09-15"
    )
    await reporting.PreviewDeclaration(
        rpb.PreviewDeclarationRequest(period=september), metadata=calling(secret, "day-6")
    )
    submitted = await reporting.SubmitDeclaration(
        rpb.SubmitDeclarationRequest(period=september), metadata=calling(secret, "day-7")
    )
    archive = apb_grpc.ArchiveServiceStub(client.channel)
    await archive.GetArchivedDocument(
        apb.GetArchivedDocumentRequest(sha256=submitted.declaration.archive_sha256),
        metadata=calling(secret, "day-8"),
    )
    await archive.VerifyArchive(apb.VerifyArchiveRequest(), metadata=calling(secret, "day-9"))
    with acting_as(Actor.cli("alice")):
        await keys.revoke(company, erp["id"])
    return company, {"billing": billing["id"], "erp": erp["id"], "secret": secret}, datetime.now(UTC).date()


async def exported_log(client: GatewayClient, secret: str, day: date) -> list[dict[str, Any]]:
    archive = apb_grpc.ArchiveServiceStub(client.channel)
    request = apb.ExportArchiveRequest(date_from=day.isoformat(), date_to=day.isoformat())
    chunks = [c async for c in archive.ExportArchive(request, metadata=calling(secret, "day-export"))]
    with zipfile.ZipFile(io.BytesIO(b"".join(c.data for c in chunks))) as zf:
        text = zf.read("audit/audit_log.jsonl").decode("utf-8")
    return [json.loads(line) for line in text.splitlines()]


async def test_a_day_of_mixed_actions_is_in_the_chain_with_its_actors_and_request_ids(
    container: Any, client: GatewayClient
) -> None:
    company, keys, day = await a_day_of_actions(container, client)
    log = await exported_log(client, keys["secret"], day)
    billing = (f"api_key:{keys['billing']}", "billing")
    seen = [(e["action"], e["actor"], e.get("actor_name", ""), e.get("request_id", "")) for e in log]
    assert seen == [
        ("api_key.created", "cli:alice", "pdp-gateway CLI", ""),
        ("api_key.created", "cli:alice", "pdp-gateway CLI", ""),
        ("invoice.submitted", *billing, "day-1"),
        ("invoice.submitted", *billing, "day-2"),
        ("invoice.cancelled", *billing, "day-3"),
        ("invoice.submitted", *billing, "day-4"),
        ("invoice.payment_held", *billing, "day-4b"),  # one entry per payment
        ("reporting.b2c_recorded", *billing, "day-5"),
        ("declaration.previewed", *billing, "day-6"),
        ("archive.stored", *billing, "day-7"),
        ("declaration.submitted", *billing, "day-7"),
        ("archive.read", *billing, "day-8"),
        ("archive.verified", *billing, "day-9"),
        ("api_key.revoked", "cli:alice", "pdp-gateway CLI", ""),
    ]
    assert [e["seq"] for e in log] == list(range(1, len(log) + 1))
    assert all(e["company"] == company and e["at"].startswith(day.isoformat()) for e in log)
    held = next(e for e in log if e["action"] == "invoice.payment_held")
    assert (held["details"]["payment_id"], held["details"]["amount"]) == ("bank-1", "50.00")
    cancelled = next(e for e in log if e["action"] == "invoice.cancelled")
    assert cancelled["details"]["detail"] == "wrong price" and cancelled["details"]["state"] == "CANCELLED"
    assert {e["details"]["name"] for e in log if e["subject_type"] == "api_key"} == {"billing", "erp"}

    # The export is a chain on its own: intact as exported, and any edit of any entry is named at that entry.
    chain = [{k: v for k, v in e.items() if k != "prev_hash"} for e in log]
    assert log[0]["prev_hash"] == "0" * 64 and broken_entries(chain) == []
    for i in range(len(chain)):
        edited = [dict(e) for e in chain]
        edited[i]["actor"] = "api_key:someone-else"
        assert broken_entries(edited) == [i], i


async def test_editing_any_entry_in_the_database_is_named_by_verify_archive_at_that_entry(
    container: Any, client: GatewayClient, pg_pool: asyncpg.Pool
) -> None:
    company, keys, _ = await a_day_of_actions(container, client)
    archive = apb_grpc.ArchiveServiceStub(client.channel)
    metadata = (("authorization", f"Bearer {keys['secret']}"),)
    count = await pg_pool.fetchval("SELECT count(*) FROM audit_log WHERE company_siren = $1", company)
    for seq in range(1, count + 1):
        original = await pg_pool.fetchval(
            "SELECT request_id FROM audit_log WHERE company_siren = $1 AND seq = $2", company, seq
        )
        edit = "UPDATE audit_log SET request_id = $3 WHERE company_siren = $1 AND seq = $2"
        await tamper(pg_pool, "audit_log", "audit_log_guard", edit, company, seq, "forged")
        report = await archive.VerifyArchive(apb.VerifyArchiveRequest(), metadata=metadata)
        assert [e.seq for e in report.broken_entries] == [seq] and not report.ok
        await tamper(pg_pool, "audit_log", "audit_log_guard", edit, company, seq, original)
    assert (await archive.VerifyArchive(apb.VerifyArchiveRequest(), metadata=metadata)).ok
