from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from domain.emission import ProcessingState
from domain.findings import Finding, Severity
from domain.pipeline_ports import OutboxKind, SubmissionOutcome
from domain.platform import (
    DirectoryEntry,
    OutboundDocument,
    PlatformAuthError,
    PlatformConfigError,
    PlatformOutcomeUnknown,
    PlatformRejected,
    PlatformUnavailable,
)
from service.usecases.emission.retry import retry_invoice
from tests.builders import BUYER_SIREN
from tests.unit.service.workers.pipeline.fakes import Crash
from tests.unit.service.workers.pipeline.harness import Pipeline

BUYER = f"0225:{BUYER_SIREN}"


@pytest.fixture(autouse=True, params=["unit of work", "journal"])
def send_writes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every scenario twice: SENDING/SENT in the step's own units of work, and through the send journal's unit of work."""
    monkeypatch.setattr(Pipeline, "with_journal", request.param == "journal")
    return str(request.param)


async def sent_once(p: Pipeline, invoice_id: str) -> None:
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.SENT, invoice.last_error
    assert p.platform.uploads_of(invoice.document_sha256) == 1
    assert invoice.platform_id == next(
        u.platform_id for u in p.platform.uploads if u.sha256 == invoice.document_sha256
    )
    assert p.store.submissions[invoice_id].outcome is SubmissionOutcome.ACCEPTED


async def test_the_submission_row_and_state_sending_are_committed_before_the_platform_call() -> None:
    p = Pipeline()
    seen = []

    def spy(document: OutboundDocument) -> None:
        invoice = next(i for i in p.store.invoices.values() if i.document_sha256 == document.sha256)
        submission = p.store.submissions[invoice.id]
        seen.append((invoice.state, submission.outcome, submission.sha256, submission.invoice_number))

    p.platform.on_submit = spy
    invoice_id = p.submit()
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert seen == [
        (ProcessingState.SENDING, SubmissionOutcome.PENDING, invoice.document_sha256, invoice.number)
    ]
    await sent_once(p, invoice_id)
    assert invoice.events[-1].kind == "SENT"


async def test_an_unreachable_buyer_fails_with_pdp_unreachable_and_nothing_is_sent() -> None:
    p = Pipeline()
    p.platform.directory[BUYER] = DirectoryEntry.unknown(BUYER)
    invoice_id = p.submit()
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.FAILED
    assert invoice.last_error.startswith("PDP-UNREACHABLE") and BUYER in invoice.last_error
    assert p.platform.uploads == []


async def test_directory_answers_are_cached() -> None:
    p = Pipeline()
    ids = [p.submit() for _ in range(3)]
    await p.settle()
    assert p.platform.lookups[BUYER] == 1
    for invoice_id in ids:
        await sent_once(p, invoice_id)


async def test_rate_limited_upload_goes_back_to_ready_after_retry_after_then_is_sent_once() -> None:
    p = Pipeline()
    p.platform.submit_script = [PlatformUnavailable("429", retry_after=42)]
    invoice_id = p.submit()
    start = p.clock.now()
    await p.run_due()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.READY and "PDP-UNAVAILABLE" in invoice.last_error
    row = p.store.rows(invoice_id, OutboxKind.SEND)[0]
    assert row.attempts == 0  # the platform's outage, not the invoice's failure (test_outage.py)
    assert (row.next_attempt_at - start).total_seconds() == 42
    assert p.store.submissions[invoice_id].outcome is SubmissionOutcome.UNAVAILABLE
    await p.settle()
    await sent_once(p, invoice_id)


async def test_after_max_attempts_the_invoice_fails_visibly_and_retry_invoice_sends_it() -> None:
    p = Pipeline()
    # a 500 on this document (not an outage): each upload counts, each followed by a search that finds nothing
    p.platform.submit_script = [PlatformOutcomeUnknown("500")] * p.config.max_attempts
    invoice_id = p.submit()
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.FAILED
    assert "500" in invoice.last_error and "gave up after 4 uploads" in invoice.last_error
    assert p.platform.uploads == []
    await retry_invoice(invoice.company_siren, invoice_id, uow=p.ctx.uow(), clock=p.ctx.clock)
    assert p.invoice(invoice_id).state is ProcessingState.READY
    await p.settle()
    await sent_once(p, invoice_id)
    assert p.processor.calls == 1  # the validated document is reused, not rendered again


async def test_a_platform_rejection_fails_the_invoice_with_the_platform_findings() -> None:
    p = Pipeline()
    finding = Finding("BR-FR-08", Severity.FATAL, "BT-23 missing", layer="platform")
    p.platform.submit_script = [PlatformRejected("400", findings=(finding,))]
    invoice_id = p.submit()
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.FAILED and finding in invoice.findings
    assert invoice.last_error.startswith("PDP-REJECTED")
    assert p.store.submissions[invoice_id].outcome is SubmissionOutcome.REJECTED


async def test_an_upload_refused_for_our_token_is_retried_with_backoff_then_sent_once() -> None:
    p = Pipeline()
    p.platform.submit_script = [PlatformAuthError("401 again after a token refresh")] * 3
    invoice_id = p.submit()
    start = p.clock.now()
    await p.run_due()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.READY and "PlatformAuthError: 401 again" in invoice.last_error
    row = p.store.rows(invoice_id, OutboxKind.SEND)[0]
    assert row.attempts == 1 and row.next_attempt_at > start  # counted, with the relay's backoff
    assert p.store.submissions[invoice_id].outcome is SubmissionOutcome.UNAVAILABLE  # nothing to reconcile
    await p.settle()
    await sent_once(p, invoice_id)
    assert p.platform.searches == 0  # a 401 uploaded nothing: never reconciled
    assert "FAILED" not in [e.kind for e in p.invoice(invoice_id).events]


@pytest.mark.parametrize("refused", [PlatformAuthError("401 again"), PlatformConfigError("403 customer-id")])
async def test_an_upload_refused_for_ever_fails_after_max_attempts_naming_the_refusal(
    refused: Exception,
) -> None:
    p = Pipeline()
    p.platform.submit_script = [refused] * 100
    invoice_id = p.submit()
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.FAILED
    assert f"PDP-{type(refused).__name__}: {refused}" in invoice.last_error
    assert "refused our credentials" in invoice.last_error
    assert (
        len(p.platform.submit_script) == 100 - p.config.max_attempts
    )  # one upload attempt per counted attempt
    assert p.platform.uploads == []


async def test_a_directory_lookup_refused_for_our_token_is_retried_then_sent_once() -> None:
    p = Pipeline()
    p.platform.lookup_script = [PlatformAuthError("401 again")] * 2
    invoice_id = p.submit()
    await p.settle()
    await sent_once(p, invoice_id)


UNREAD = "directory lookup: iopole's answer not read (AnswerTooLarge: an answer larger than 8388608 bytes)"


async def test_a_directory_answer_not_read_is_counted_and_retried_as_a_search_s_is_then_sent_once() -> None:
    # It failed the invoice at once, while the same answer to a reconciliation's search or an inbox fetch is a
    # counted attempt: one policy for an answer the gateway would not read.
    p = Pipeline()
    p.platform.lookup_script = [PlatformRejected(UNREAD)] * 2
    invoice_id = p.submit()
    await p.run_due()
    waiting = p.invoice(invoice_id)
    assert waiting.state is ProcessingState.READY and waiting.last_error == f"PDP-DIRECTORY: {UNREAD}"
    assert p.store.rows(invoice_id, OutboxKind.SEND)[0].attempts == 1
    await p.settle()
    await sent_once(p, invoice_id)


async def test_a_directory_answer_never_read_fails_the_invoice_after_its_attempts() -> None:
    p = Pipeline()
    p.platform.lookup_script = [PlatformRejected(UNREAD)] * 100
    invoice_id = p.submit()
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.FAILED
    assert invoice.last_error == f"gave up after {p.config.max_attempts} attempts: PDP-DIRECTORY: {UNREAD}"
    assert p.platform.uploads == []


async def test_a_timeout_after_the_platform_kept_the_upload_is_reconciled_without_resending() -> None:
    p = Pipeline()
    p.platform.submit_script = [("accept_then", PlatformOutcomeUnknown("read timeout"))]
    invoice_id = p.submit()
    await p.settle()
    await sent_once(p, invoice_id)
    invoice = p.invoice(invoice_id)
    assert "OUTCOME_UNKNOWN" in [e.kind for e in invoice.events]
    assert p.store.submissions[invoice_id].reconciled_at is not None


async def test_an_unknown_outcome_not_found_is_resent_only_after_the_grace_delay(
    caplog: pytest.LogCaptureFixture,
) -> None:
    p = Pipeline()
    p.platform.submit_script = [PlatformOutcomeUnknown("connection reset")]
    invoice_id = p.submit()
    start = p.clock.now()
    caplog.set_level("WARNING", logger="service.workers.pipeline.send")
    await p.run_due()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.OUTCOME_UNKNOWN
    # said at WARNING (a platform answering 500 to every upload left only httpx's INFO lines)
    assert [r.getMessage() for r in caplog.records] == [
        f"invoice {invoice_id}: upload outcome unknown (PlatformOutcomeUnknown: connection reset); searched on the"
        " platform before any new upload"
    ]
    row = p.store.rows(invoice_id, OutboxKind.SEND)[0]
    assert (row.next_attempt_at - start).total_seconds() == p.config.reconcile_grace_s
    assert p.platform.uploads == []
    await p.settle()
    await sent_once(p, invoice_id)
    assert p.store.submissions[invoice_id].uploads == 2


async def test_a_platform_answering_unknown_outcomes_forever_ends_failed_after_max_attempts_uploads() -> None:
    p = Pipeline()
    p.platform.submit_script = [PlatformOutcomeUnknown("IOPOLE answered 503")] * (p.config.max_attempts + 5)
    invoice_id = p.submit()
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.FAILED
    assert "503" in invoice.last_error and "gave up" in invoice.last_error
    assert p.store.submissions[invoice_id].uploads == p.config.max_attempts
    assert p.platform.uploads == []


async def test_a_search_that_fails_is_retried_and_never_leads_to_a_blind_resend() -> None:
    p = Pipeline()
    p.platform.submit_script = [("accept_then", PlatformOutcomeUnknown("timeout"))]
    p.platform.search_script = [PlatformUnavailable("search 503"), PlatformUnavailable("search 503")]
    invoice_id = p.submit()
    await p.settle()
    await sent_once(p, invoice_id)


async def test_a_crash_between_the_platforms_201_and_our_commit_is_reconciled_after_the_lease_expires(
    caplog: pytest.LogCaptureFixture,
) -> None:
    p = Pipeline()
    p.platform.submit_script = [("accept_then", Crash())]
    invoice_id = p.submit()
    with pytest.raises(Crash):
        await p.run_due(owner="dying-worker")
    assert p.invoice(invoice_id).state is ProcessingState.SENDING
    assert len(p.platform.uploads) == 1
    assert await p.source.claim("other", 10, 60) == []  # the dead worker's lease still holds the row
    await p.settle()  # the clock passes the lease; another worker claims the row
    await sent_once(p, invoice_id)
    kinds = [e.kind for e in p.invoice(invoice_id).events]
    assert kinds[-2:] == ["OUTCOME_UNKNOWN", "SENT"]
    # The replica that took it over said nothing (two replicas, one killed mid-send: 16 rows taken over in silence)
    [line] = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert line == (
        f"invoice {invoice_id}: taken over mid-upload, its holder's lease having run out (a process killed or"
        " frozen); searched on the platform before any new upload"
    )


async def test_a_crash_before_the_upload_reached_the_platform_is_resent_once_after_the_grace() -> None:
    p = Pipeline()
    p.platform.submit_script = [Crash()]
    invoice_id = p.submit()
    with pytest.raises(Crash):
        await p.run_due(owner="dying-worker")
    await p.settle()
    await sent_once(p, invoice_id)


async def test_a_duplicate_answer_counts_as_success() -> None:
    p = Pipeline()
    p.platform.submit_script = [("accept_then", PlatformUnavailable("lost answer")), "duplicate"]
    invoice_id = p.submit()
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.SENT
    assert "duplicate" in invoice.events[-1].detail


async def test_retry_of_a_failed_uncertain_upload_reconciles_first() -> None:
    p = Pipeline()
    p.platform.submit_script = [("accept_then", PlatformOutcomeUnknown("timeout"))]
    # the search refused each time (not an outage: that one is waited out, test_outage.py)
    p.platform.search_script = [PlatformAuthError("401 again")] * p.config.max_attempts
    invoice_id = p.submit()
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.FAILED and "RECONCILE-UNAVAILABLE" in invoice.last_error
    await retry_invoice(invoice.company_siren, invoice_id, uow=p.ctx.uow(), clock=p.ctx.clock)
    await p.settle()
    await sent_once(p, invoice_id)


async def test_with_a_journal_sending_and_sent_are_its_writes(send_writes: str) -> None:
    p = Pipeline()
    invoice_id = p.submit()
    await p.settle()
    await sent_once(p, invoice_id)
    assert (p.journal.written if p.journal else []) == (
        [] if send_writes == "unit of work" else ["SENDING", "SENT"]
    )
    assert [e.kind for e in p.invoice(invoice_id).events][-2:] == ["SENDING", "SENT"]


async def test_moves_the_journal_does_not_write_are_made_in_a_unit_of_work(send_writes: str) -> None:
    p = Pipeline()
    if p.journal is None:
        pytest.skip("journal only")
    p.journal.refuse = True  # e.g. its batch failed
    invoice_id = p.submit()
    await p.settle()
    await sent_once(p, invoice_id)
    assert p.journal.written == []
    assert [e.kind for e in p.invoice(invoice_id).events].count("SENT") == 1


async def test_a_self_billed_invoice_goes_to_the_seller_and_the_directory_is_asked_about_the_seller() -> None:
    from domain.invoice import DocumentType
    from tests.builders import SELLER_SIREN, an_invoice

    seller_address = f"0225:{SELLER_SIREN}"
    p = Pipeline()
    p.platform.directory[seller_address] = DirectoryEntry.unknown(seller_address)
    invoice_id = p.submit(an_invoice(type_code=DocumentType.SELF_BILLED_INVOICE))
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.FAILED
    assert (
        "seller's electronic address (BT-34)" in invoice.last_error and seller_address in invoice.last_error
    )
    assert BUYER not in p.platform.lookups


GLN = "0088:5790000435975"  # a GS1 GLN: its first nine digits are another company's SIREN, not the buyer's


async def test_a_buyer_addressed_by_a_gln_is_looked_up_by_its_siren_from_bt47() -> None:
    from domain.invoice import Identifier
    from tests.builders import a_buyer, an_invoice

    p = Pipeline()
    p.platform.default_reachable = False
    p.platform.directory[BUYER_SIREN] = DirectoryEntry(BUYER_SIREN, reachable=True, registered=True)
    buyer = replace(a_buyer(), electronic_address=Identifier("5790000435975", "0088"))
    invoice_id = p.submit(an_invoice(buyer=buyer))
    await p.settle()
    await sent_once(p, invoice_id)
    assert dict(p.platform.lookups) == {BUYER_SIREN: 1}


async def test_a_recipient_without_any_siren_is_refused_naming_the_terms_and_nothing_is_looked_up() -> None:
    from domain.invoice import Identifier
    from tests.builders import a_buyer, an_invoice

    p = Pipeline()
    buyer = replace(
        a_buyer(), electronic_address=Identifier("5790000435975", "0088"), legal_registration=None
    )
    invoice_id = p.submit(an_invoice(buyer=buyer))
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.FAILED
    assert invoice.last_error.startswith("PDP-UNREACHABLE"), invoice.last_error
    assert "(BT-49)" in invoice.last_error and GLN in invoice.last_error and "(BT-47)" in invoice.last_error
    assert p.platform.lookups == {} and p.platform.uploads == []


async def test_an_upload_answered_with_another_invoice_s_id_is_reconciled_by_search_and_sent_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A platform answering the id it gave another of our invoices: the submission cannot take it (one id, one
    invoice); the outcome is unknown, settled by search, never an error of ours retried blind. The operator's log
    names the other invoice (not the invoice's own history: it may be another company's)."""
    caplog.set_level("WARNING", logger="service.workers.pipeline.send")
    p = Pipeline()
    first = p.submit()
    await p.settle()
    taken = p.invoice(first).platform_id
    p.platform.submit_script = [("answer_id", taken)]
    second = p.submit()
    await p.settle()
    await sent_once(p, second)
    invoice = p.invoice(second)
    assert invoice.platform_id != taken and p.invoice(first).platform_id == taken
    unknown = next(e for e in invoice.events if e.kind == "OUTCOME_UNKNOWN")
    assert "PDP-DUPLICATE-ID:" in unknown.detail and taken in unknown.detail and first not in unknown.detail
    said = f"PDP-DUPLICATE-ID: fake gave this invoice the id {taken}, already another invoice's"
    assert f"invoice {second}: {said} (invoice {first} of company {invoice.company_siren})" in [
        r.getMessage() for r in caplog.records
    ]


async def test_a_document_the_platform_keeps_under_another_invoice_s_id_fails_naming_it_and_is_not_resent() -> (
    None
):
    p = Pipeline()
    first = p.submit()
    await p.settle()
    taken = p.invoice(first).platform_id
    p.platform.submit_script = [("accept_as", taken)]
    second = p.submit()
    await p.settle()
    invoice = p.invoice(second)
    assert invoice.state is ProcessingState.FAILED
    assert invoice.last_error.startswith("PDP-DUPLICATE-ID:") and taken in invoice.last_error
    assert p.platform.uploads_of(invoice.document_sha256) == 1  # deposited once, never again
    assert p.invoice(first).state is ProcessingState.SENT and p.invoice(first).platform_id == taken


async def test_a_document_found_by_search_under_another_invoice_s_id_after_a_takeover_fails_its_outcome_unknown() -> (
    None
):
    """The worker died after the platform kept the upload under the other invoice's id: the one taking over finds it
    by search, and the submission, PENDING as the dead worker left it, is said UNKNOWN (never sent again)."""
    p = Pipeline()
    first = p.submit()
    await p.settle()
    taken = p.invoice(first).platform_id
    p.platform.submit_script = [("accept_as_then", taken, Crash())]
    second = p.submit()
    with pytest.raises(Crash):
        await p.run_due(owner="dying-worker")
    assert p.store.submissions[second].outcome is SubmissionOutcome.PENDING
    await p.settle()
    invoice = p.invoice(second)
    assert invoice.state is ProcessingState.FAILED
    assert invoice.last_error == (
        f"PDP-DUPLICATE-ID: fake gave this invoice the id {taken}, already another invoice's (found so by search:"
        " it has the document, which is not sent again; ask the platform)"
    )
    assert p.store.submissions[second].outcome is SubmissionOutcome.UNKNOWN
    assert p.platform.uploads_of(invoice.document_sha256) == 1


async def test_a_send_row_run_again_for_an_invoice_sent_meanwhile_is_completed_and_nothing_is_uploaded() -> (
    None
):
    p = Pipeline()
    invoice_id = p.submit()
    await p.settle()
    [row] = p.store.rows(invoice_id, OutboxKind.SEND)
    row.done_at, row.next_attempt_at = (
        None,
        p.clock.now(),
    )  # delivered again (a lease run out after the commit)
    assert await p.run_due() == 1
    await sent_once(p, invoice_id)
    assert row.done_at == p.clock.now() and row.last_error == ""
    assert [e.kind for e in p.invoice(invoice_id).events].count("SENT") == 1
