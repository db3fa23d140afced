"""The send step's first upload, path by path (SendStep._send, _start_upload): the seller's platform by its route,
the directory's answers and refusals word for word, the validated document as the claim read it or read again."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from domain.emission import ProcessingState
from domain.outage import OUTAGE_KEY
from domain.pipeline_ports import OutboxKind, SubmissionOutcome
from domain.platform import (
    DirectoryEntry,
    OutboundDocument,
    PlatformAuthError,
    PlatformError,
    PlatformOutcomeUnknown,
    PlatformUnavailable,
)
from service.workers.pipeline.directory import ReachabilityCheck
from service.workers.pipeline.send import SendStep
from tests.builders import SELLER_SIREN, a_buyer, an_invoice
from tests.unit.service.workers.pipeline.fakes import FakeOutboxSource, FakePlatform
from tests.unit.service.workers.pipeline.harness import Pipeline
from tests.unit.service.workers.pipeline.test_send import (
    BUYER,
    send_writes,  # noqa: F401 - a fixture: every scenario both ways
    sent_once,
)


async def test_each_company_s_invoices_go_through_the_platform_its_route_names() -> None:
    p = Pipeline()
    group = FakePlatform()
    routed: list[str] = []

    def route(siren: str) -> tuple[str, Any]:
        routed.append(siren)
        return ("group", group) if siren == SELLER_SIREN else ("fake", p.platform)

    p.steps[OutboxKind.SEND] = SendStep(
        p.ctx,
        p.platform,
        ReachabilityCheck(p.platform, p.cache, p.clock, p.config.directory_ttl_s),
        p.journal,
        route,
        platform_name="fake",
    )
    group.submit_script = [("accept_then", PlatformOutcomeUnknown("read timeout"))]  # found by its search
    invoice_id = p.submit()
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.SENT, invoice.last_error
    assert p.store.submissions[invoice_id].reconciled_at is not None and p.platform.searches == 0
    assert set(routed) == {SELLER_SIREN}
    assert p.platform.uploads == [] and p.platform.lookups == {}
    assert group.uploads_of(invoice.document_sha256) == 1 and group.lookups[BUYER] == 1
    assert p.store.submissions[invoice_id].platform == "group"


async def test_the_platform_gets_the_validated_document_as_stored() -> None:
    p = Pipeline()
    got: list[OutboundDocument] = []
    p.platform.on_submit = got.append
    invoice_id = p.submit()
    await p.settle()
    await sent_once(p, invoice_id)
    stored = p.store.documents[invoice_id]
    [document] = got
    assert (document.content, document.filename, document.syntax, document.profile, document.sha256) == (
        stored.content,
        stored.filename,
        stored.syntax,
        stored.profile,
        stored.sha256,
    )
    assert document.tracking_id == p.invoice(invoice_id).number
    assert p.invoice(invoice_id).events[-2].detail == f"upload #1 {stored.sha256}"


async def test_a_directory_down_waits_its_retry_after_on_the_outage_spending_no_attempt() -> None:
    p = Pipeline()
    p.platform.lookup_script = [PlatformUnavailable("directory: 503", retry_after=42)]
    invoice_id = p.submit()
    start = p.clock.now()
    await p.run_due()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.READY
    assert invoice.last_error == "PDP-UNAVAILABLE: directory lookup failed: directory: 503"
    [row] = p.store.rows(invoice_id, OutboxKind.SEND)
    assert (row.attempts, row.lease_owner, row.last_error) == (0, "", invoice.last_error)
    assert row.next_attempt_at - start == timedelta(seconds=42)
    assert row.payload[OUTAGE_KEY]["platform"] == "fake"
    await p.settle()
    await sent_once(p, invoice_id)


async def test_a_directory_lookup_refused_for_our_token_says_so() -> None:
    p = Pipeline()
    p.platform.lookup_script = [PlatformAuthError("401 again")]
    invoice_id = p.submit()
    await p.run_due()
    assert p.invoice(invoice_id).last_error == (
        "PDP-DIRECTORY: PDP-PlatformAuthError: 401 again (the platform refused our credentials or configuration;"
        " nothing was sent)"
    )


@pytest.mark.parametrize(
    ("entry", "why"),
    [
        (DirectoryEntry.unknown(BUYER), "not registered"),
        (DirectoryEntry(BUYER, reachable=False, registered=True), "not effective yet (validFrom)"),
    ],
    ids=["unknown", "not-yet"],
)
async def test_an_unreachable_buyer_is_said_why(entry: DirectoryEntry, why: str) -> None:
    p = Pipeline()
    p.platform.directory[BUYER] = entry
    invoice_id = p.submit()
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.FAILED
    assert invoice.last_error.endswith(f", {BUYER}, is {why} in the fake directory; nothing was sent")


async def test_a_recipient_with_no_address_and_no_siren_is_said_absent() -> None:
    p = Pipeline()
    buyer = replace(a_buyer(), electronic_address=None, legal_registration=None)
    invoice_id = p.submit(an_invoice(buyer=buyer))
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.FAILED
    assert ", absent, names no SIREN" in invoice.last_error and p.platform.lookups == {}


def claimed_with(p: Pipeline, monkeypatch: pytest.MonkeyPatch, document: Any) -> None:
    """The send rows claimed with `document` (a function of the stored one) in place of the stored document."""
    claim = FakeOutboxSource.claim

    async def claiming(self: FakeOutboxSource, owner: str, limit: int, lease_s: float) -> Any:
        return [
            replace(m, document=document(m.document)) if m.kind == OutboxKind.SEND else m
            for m in await claim(self, owner, limit, lease_s)
        ]

    monkeypatch.setattr(FakeOutboxSource, "claim", claiming)


@pytest.mark.parametrize(
    "document",
    [lambda stored: None, lambda stored: replace(stored, sha256="0" * 64)],
    ids=["not-read-with-the-claim", "another-read-with-the-claim"],
)
async def test_a_document_the_claim_did_not_read_as_validated_is_read_again(
    monkeypatch: pytest.MonkeyPatch, document: Any
) -> None:
    p = Pipeline()
    claimed_with(p, monkeypatch, document)
    invoice_id = p.submit()
    await p.settle()
    await sent_once(p, invoice_id)


async def test_an_invoice_whose_validated_document_is_gone_fails_closed_and_nothing_is_sent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    p = Pipeline()

    def gone(stored: Any) -> None:
        del p.store.documents[stored.invoice_id]  # lost after the claim read it (the claim's is not the one)
        return None

    claimed_with(p, monkeypatch, gone)
    invoice_id = p.submit()
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.FAILED
    assert invoice.last_error == "DOCUMENT-MISSING: no validated document to send"
    [row] = p.store.rows(invoice_id, OutboxKind.SEND)
    assert row.done_at is not None and row.last_error == invoice.last_error
    assert p.platform.uploads == [] and invoice_id not in p.store.submissions


async def test_an_upload_again_after_a_refused_one_counts_both() -> None:
    p = Pipeline()
    p.platform.submit_script = [PlatformUnavailable("429", retry_after=1)]
    invoice_id = p.submit()
    await p.settle()
    await sent_once(p, invoice_id)
    invoice = p.invoice(invoice_id)
    assert p.store.submissions[invoice_id].uploads == 2
    assert [e.detail.split()[:2] for e in invoice.events if e.kind == "SENDING"] == [
        ["upload", "#1"],
        ["upload", "#2"],
    ]


async def test_an_upload_refused_for_a_reason_not_the_document_s_fails_it_as_nothing_uploaded() -> None:
    p = Pipeline()
    p.platform.submit_script = [PlatformError("the platform's own error")]
    invoice = await p.settled()
    assert invoice.state is ProcessingState.FAILED
    assert invoice.last_error == "PDP-PlatformError: the platform's own error"
    assert p.store.submissions[invoice.id].outcome is SubmissionOutcome.UNAVAILABLE  # nothing to reconcile
    assert p.platform.searches == 0 and p.platform.uploads == []
