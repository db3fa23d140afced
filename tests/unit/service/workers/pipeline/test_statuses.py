from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from domain.audit import Actor, acting_as
from domain.emission import ProcessingState
from domain.errors import ConcurrencyConflict, IllegalTransition
from domain.findings import Finding, Severity
from domain.invoice import Attachment
from domain.platform import (
    UNDATED,
    OutgoingStatus,
    PlatformOutcomeUnknown,
    PlatformStatus,
    PlatformUnavailable,
)
from service.observability.business_metrics import PAYMENT_REPORTS
from service.usecases.emission.invoice_status import queue_outgoing_status
from service.workers.pipeline.statuses import StatusReceipt, receive_platform_status
from service.workers.pipeline.steps import StepContext
from tests.builders import an_invoice
from tests.fakes import FakeUnitOfWork
from tests.unit.service.workers.pipeline.fakes import Crash
from tests.unit.service.workers.pipeline.harness import Pipeline

PLATFORM = "fake"  # the harness's platform: its submissions are its, and so are the statuses it brings


async def queue_status(ctx: StepContext, **status: Any) -> None:
    """A status we send, queued and committed as the use cases queue it (service.usecases.emission.invoice_status)."""
    async with ctx.uow() as uow:
        await queue_outgoing_status(uow, ctx.clock.now(), **status)
        await uow.commit()


def status(
    p: Pipeline, code: str, label: str, offset_s: int, status_id: str = "", **kw: object
) -> PlatformStatus:
    return PlatformStatus(
        code=code,
        label=label,
        raw_code=label,
        at=p.clock.now() + timedelta(seconds=offset_s),
        status_id=status_id,
        **kw,
    )  # type: ignore[arg-type]


async def sent_invoice(p: Pipeline) -> str:
    invoice_id = p.submit()
    await p.settle()
    assert p.invoice(invoice_id).state is ProcessingState.SENT
    return invoice_id


async def test_statuses_are_kept_once_and_the_current_one_follows_the_lifecycle_not_arrival() -> None:
    p = Pipeline()
    invoice_id = await sent_invoice(p)
    platform_id = p.invoice(invoice_id).platform_id
    later = status(p, "203", "MADE_AVAILABLE", 30, "s3")
    earlier = status(p, "200", "SUBMITTED", 10, "s1")
    assert (await receive_platform_status(p.ctx, later, platform=PLATFORM, platform_id=platform_id)).new
    assert (await receive_platform_status(p.ctx, earlier, platform=PLATFORM, platform_id=platform_id)).new
    assert not (
        await receive_platform_status(p.ctx, earlier, platform=PLATFORM, platform_id=platform_id)
    ).new  # a webhook retry
    invoice = p.invoice(invoice_id)
    assert invoice.lifecycle_code == "203"
    assert [r.status.code for r in p.store.statuses[invoice_id]] == ["203", "200"]
    assert [e.status_code for e in invoice.events if e.kind == "STATUS"] == ["203", "200"]


async def test_a_rejection_becomes_findings_with_rule_ids() -> None:
    p = Pipeline()
    invoice_id = await sent_invoice(p)
    finding = Finding("BR-FR-10", Severity.FATAL, "unknown SIREN", layer="platform")
    rejected = status(p, "213", "REJECTED", 5, "s9", reason="BUSINESS", findings=(finding,))
    await receive_platform_status(
        p.ctx, rejected, platform=PLATFORM, platform_id=p.invoice(invoice_id).platform_id
    )
    invoice = p.invoice(invoice_id)
    assert invoice.lifecycle_code == "213" and finding in invoice.findings


async def test_a_status_arriving_before_our_commit_is_applied_when_sent_is_recorded() -> None:
    p = Pipeline()
    # A fast platform calls back with its id (the fake numbers uploads P-1, P-2...) before SENT is committed.
    assert not (
        await receive_platform_status(
            p.ctx, status(p, "200", "SUBMITTED", 1, "fast"), platform=PLATFORM, platform_id="P-1"
        )
    ).new
    invoice_id = p.submit()
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.platform_id == "P-1" and invoice.lifecycle_code == "200"
    assert p.store.parked == {}


async def test_a_parked_status_is_audited_as_the_platform_that_delivered_it_not_the_gateway_committing_sent() -> (
    None
):
    p = Pipeline()
    with acting_as(Actor.platform("sandbox"), "webhook:k-1"):  # the delivery's edge
        receipt = await receive_platform_status(
            p.ctx, status(p, "200", "SUBMITTED", 1, "fast"), platform=PLATFORM, platform_id="P-1"
        )
        assert receipt.parked
    invoice_id = p.submit()
    await p.settle()  # the dispatcher, as the gateway, commits SENT and applies the parked status with it
    trail = {e.action: e for e in p.store.audit.entries[p.invoice(invoice_id).company_siren]}
    assert (trail["invoice.sent"].actor, trail["invoice.sent"].request_id) == ("gateway:pdp-gateway", "")
    assert (trail["invoice.status"].actor, trail["invoice.status"].request_id) == (
        "platform:sandbox",
        "webhook:k-1",
    )


async def test_without_parking_a_status_of_no_submission_is_left_to_the_caller() -> None:
    p = Pipeline()
    receipt = await receive_platform_status(
        p.ctx, status(p, "200", "SUBMITTED", 1, "x"), platform=PLATFORM, platform_id="P-9", park=False
    )
    assert receipt == StatusReceipt(False) and p.store.parked == {}
    invoice_id = await sent_invoice(p)
    platform_id = p.invoice(invoice_id).platform_id
    receipt = await receive_platform_status(
        p.ctx,
        status(p, "200", "SUBMITTED", 1, "x"),
        platform=PLATFORM,
        platform_id=platform_id,
        source="webhook",
        park=False,
    )
    assert receipt == StatusReceipt(True, invoice_id, p.invoice(invoice_id).company_siren)
    assert [r.source for r in p.store.statuses[invoice_id]] == ["webhook"]


async def test_outgoing_statuses_are_checked_queued_and_sent_with_retries() -> None:
    p = Pipeline()
    p.platform.status_script = [PlatformUnavailable("429", retry_after=5)]
    refusal = OutgoingStatus(code="210", reason="TX_TVA_ERR", message="taux erroné")
    await queue_status(
        p.ctx, company_siren="552100554", invoice_id="in-1", platform_id="P-in", status=refusal
    )
    await p.settle()
    assert p.platform.sent_statuses == [("P-in", refusal)]
    assert [r.status.code for r in p.store.statuses["in-1"]] == ["210"]
    with pytest.raises(IllegalTransition):
        paid = OutgoingStatus(code="212", amount=Decimal("120.00"))
        await queue_status(
            p.ctx, company_siren="552100554", invoice_id="in-1", platform_id="P-in", status=paid
        )


REFUSAL = OutgoingStatus(code="210", reason="TX_TVA_ERR", message="taux erroné")


async def queue_refusal(p: Pipeline) -> None:
    await queue_status(
        p.ctx, company_siren="552100554", invoice_id="in-1", platform_id="P-in", status=REFUSAL
    )


async def test_a_status_whose_send_had_an_unknown_outcome_is_found_in_the_history_and_not_sent_again() -> (
    None
):
    p = Pipeline()
    p.platform.status_script = [("accept_then", PlatformOutcomeUnknown("read timeout"))]
    await queue_refusal(p)
    await p.settle()
    assert p.platform.sent_statuses == [("P-in", REFUSAL)]
    assert [(r.status.code, r.source) for r in p.store.statuses["in-1"]] == [("210", "sent")]
    assert [(r.done_at is not None, r.last_error) for r in p.store.rows("in-1")] == [(True, "")]


@pytest.mark.parametrize(
    "dated",
    [
        pytest.param(timedelta(days=400), id="a-year-ahead"),
        pytest.param(
            datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-14))), id="past-9999"
        ),
        pytest.param(UNDATED, id="undated"),
    ],
)
async def test_a_status_found_in_the_history_is_dated_no_later_than_it_was_found(
    dated: timedelta | datetime, caplog: pytest.LogCaptureFixture
) -> None:
    """As a status the platform delivers (on_arrival): a date after the moment we found it is the platform's clock
    ahead, or no date, or one no database keeps (the year 10000 in UTC); it would outrank every later status."""
    p = Pipeline()
    p.platform.status_script = [("accept_then", PlatformOutcomeUnknown("read timeout"))]
    p.platform.history_date = p.clock.now() + dated if isinstance(dated, timedelta) else dated
    await queue_refusal(p)
    await p.settle()
    assert p.platform.sent_statuses == [("P-in", REFUSAL)]
    [record] = p.store.statuses["in-1"]
    assert (record.status.code, record.source) == ("210", "sent")
    assert record.status.at <= p.clock.now()
    assert p.store.open_rows() == []


async def test_a_status_not_found_after_an_unknown_outcome_is_sent_again_only_after_the_grace() -> None:
    p = Pipeline()
    p.platform.status_script = [
        PlatformOutcomeUnknown("connection reset")
    ]  # lost before the platform took it
    await queue_refusal(p)
    start = p.clock.now()
    await p.run_due()
    row = p.store.rows("in-1")[0]
    assert p.platform.sent_statuses == [] and row.done_at is None and row.attempts == 1
    assert (row.next_attempt_at - start).total_seconds() == p.config.reconcile_grace_s
    await p.settle()
    assert p.platform.sent_statuses == [("P-in", REFUSAL)]
    assert [r.status.code for r in p.store.statuses["in-1"]] == ["210"]


async def test_a_status_history_that_cannot_be_read_never_leads_to_a_blind_resend() -> None:
    p = Pipeline()
    p.platform.status_script = [("accept_then", PlatformOutcomeUnknown("read timeout"))]
    p.platform.history_script = [PlatformUnavailable("503"), PlatformUnavailable("503")]
    await queue_refusal(p)
    await p.settle()
    assert p.platform.sent_statuses == [("P-in", REFUSAL)]
    assert p.store.open_rows() == []


async def test_a_status_sender_that_died_mid_call_is_reconciled_by_the_next_worker() -> None:
    p = Pipeline()
    p.platform.status_script = [("accept_then", Crash())]
    await queue_refusal(p)
    with pytest.raises(Crash):
        await p.run_due(owner="dying-worker")
    await p.settle()  # the lease expires; the next holder finds our status on the platform
    assert p.platform.sent_statuses == [("P-in", REFUSAL)]
    assert [r.status.code for r in p.store.statuses["in-1"]] == ["210"]


async def test_outgoing_statuses_are_checked_against_the_lifecycle_rules() -> None:
    p = Pipeline()
    with pytest.raises(IllegalTransition, match="BR-FR-CDV-CL-09_MDT-113_206"):
        await queue_status(
            p.ctx,
            company_siren="552100554",
            invoice_id="in-2",
            platform_id="P-in2",
            status=OutgoingStatus(code="206", reason="TX_TVA_ERR"),
        )
    with pytest.raises(IllegalTransition, match="BR-FR-CDV-14_MDT-207"):
        await queue_status(
            p.ctx,
            company_siren="552100554",
            invoice_id="in-2",
            platform_id="P-in2",
            status=OutgoingStatus(code="212", amount=Decimal("120.00")),
        )
    paid = OutgoingStatus(code="212", amount=Decimal("120.00"), vat_rate=Decimal("20"))
    await queue_status(p.ctx, company_siren="552100554", invoice_id="in-2", platform_id="P-in2", status=paid)
    await p.settle()
    assert p.platform.sent_statuses == [("P-in2", paid)]


async def test_a_status_parked_by_another_platform_is_not_applied_when_our_upload_gets_that_id() -> None:
    # Another profile's platform names an id ours has not given yet (the fake numbers uploads P-1, P-2...): when
    # our upload is accepted as P-1, that status is not ours to apply; the one our platform parked is.
    p = Pipeline()
    other = await receive_platform_status(
        p.ctx, status(p, "213", "REJECTED", 1, "theirs"), platform="other", platform_id="P-1"
    )
    ours = await receive_platform_status(
        p.ctx, status(p, "200", "SUBMITTED", 2, "ours"), platform=PLATFORM, platform_id="P-1"
    )
    assert other.parked and ours.parked
    invoice_id = p.submit()
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.platform_id == "P-1" and invoice.lifecycle_code == "200"
    assert [r.status.status_id for r in p.store.statuses[invoice_id]] == ["ours"]


async def test_a_status_dated_after_it_arrived_is_dated_on_arrival_and_never_outranks_a_later_one() -> None:
    # The platform's clock an hour ahead (or its local time written as UTC): its 207 En litige must not stay
    # current over the 212 Encaissée that truly came ten minutes after it.
    p = Pipeline()
    invoice_id = await sent_invoice(p)
    platform_id = p.invoice(invoice_id).platform_id
    arrived = p.clock.now()
    disputed = status(p, "207", "DISPUTED", 3600, "s7", reason="AUTRE")
    assert (await receive_platform_status(p.ctx, disputed, platform=PLATFORM, platform_id=platform_id)).new
    p.clock.current += timedelta(minutes=10)
    paid = status(p, "212", "PAYMENT_RECEIVED", 0, "s12")
    assert (await receive_platform_status(p.ctx, paid, platform=PLATFORM, platform_id=platform_id)).new
    assert p.invoice(invoice_id).lifecycle_code == "212"
    assert [(r.status.code, r.status.at) for r in p.store.statuses[invoice_id]] == [
        ("207", arrived),
        ("212", paid.at),
    ]


def payment_reports(outcome: str) -> float:
    return PAYMENT_REPORTS.labels(outcome)._value.get()


async def test_a_buyer_s_211_is_counted_once_when_its_transaction_is_retried_after_a_conflict() -> None:
    """review7 (session 15): the metric was incremented inside the status's transaction, so a transaction retried on
    ConcurrencyConflict counted its 211 twice. Counted at commit now: once, by the attempt that committed."""
    p = Pipeline()
    invoice_id = await sent_invoice(p)
    platform_id = p.invoice(invoice_id).platform_id
    conflicts = [ConcurrencyConflict("the dispatcher changed the invoice meanwhile")]

    class ConflictingOnce(FakeUnitOfWork):
        async def commit(self) -> None:
            if conflicts:
                raise conflicts.pop()
            await super().commit()

    ctx = StepContext(uow=lambda: ConflictingOnce(p.store), clock=p.clock, config=p.config)
    before = payment_reports("unmatched")
    paid_211 = status(p, "211", "PAYMENT_SENT", 5, "s211", amount=Decimal("100.00"))
    assert (await receive_platform_status(ctx, paid_211, platform=PLATFORM, platform_id=platform_id)).new
    assert not conflicts  # the first attempt conflicted, the second committed
    assert payment_reports("unmatched") - before == 1


async def test_a_status_sent_or_received_reads_its_invoice_without_its_attachments() -> None:
    # On serve, each RecordPayment on an invoice carrying a 7 MB PDF cost the process 0.55 s of CPU: its 212 sent
    # and the statuses applied read the invoice whole, attachments included, which none of them looks at.
    p = Pipeline()
    pdf = Attachment("PJ1", "LISIBLE", content=b"%PDF-1.4" + bytes(1000), mime_code="application/pdf")
    invoice_id = p.submit(an_invoice(attachments=(pdf,)))
    await p.settle()
    sent = p.invoice(invoice_id)
    assert sent.state is ProcessingState.SENT
    p.store.read_with_attachments.clear()

    paid = OutgoingStatus(code="212", amount=Decimal("1.00"), vat_rate=Decimal("20"))
    await queue_status(
        p.ctx,
        company_siren=sent.company_siren,
        invoice_id=invoice_id,
        platform_id=sent.platform_id,
        status=paid,
    )
    await p.settle()
    approved = status(p, "205", "APPROVED", 5, "s5")
    await receive_platform_status(p.ctx, approved, platform=PLATFORM, platform_id=sent.platform_id)

    assert [r.status.code for r in p.store.statuses[invoice_id]][-2:] == ["212", "205"]
    assert p.store.read_with_attachments == []
    assert p.invoice(invoice_id).invoice.attachments == (pdf,)  # kept
