"""Step `send`: deposit a READY invoice on the platform exactly once.

The platform takes no idempotency key, so exactly-once rests on three rules:
1. the `submissions` row (sha256 + number, outcome PENDING) and the state SENDING are committed BEFORE the call;
   the optimistic version of the invoice lets only one worker make that move;
2. a PENDING/UNKNOWN outcome (timeout, reset, or a worker that died between the platform's 201 and our commit)
   is reconciled by searching the platform; only a search that still finds nothing after a grace delay leads to
   a new upload; never a blind resend. An upload that ended unknown counts as an attempt (a platform that keeps
   answering 500 to this document ends FAILED after `max_attempts` uploads), unless the platform answered as one
   that is down (502/503/504, no answer): that is its outage, like a refused connection;
3. 409 duplicate counts as success.

A platform outage (the port's PlatformUnavailable, or an unknown outcome marked `unavailable`) spends no attempt while
the invoice has waited on it less than the patience (steps.retry_or_fail, domain.outage); it ends FAILED past it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import KW_ONLY, dataclass, replace
from datetime import timedelta

from domain.b2g import directory_refusal
from domain.emission import OutboundInvoice, ProcessingState
from domain.findings import Finding, Severity
from domain.invoice import ProcessingRule as BarRule
from domain.leased_queue import RetryLater
from domain.outage import counted
from domain.pipeline_ports import (
    NextAttempt,
    OutboxMessage,
    PipelineUnitOfWork,
    PlatformIdTaken,
    StoredDocument,
    SubmissionOutcome,
    SubmissionRecord,
    outage_of,
)
from domain.platform import (
    REFUSED_CREDENTIALS,
    OutboundDocument,
    PdpGateway,
    PlatformError,
    PlatformOutcomeUnknown,
    PlatformRejected,
    PlatformUnavailable,
    SubmissionQuery,
)
from domain.platform import ProcessingRule as FlowRule
from domain.platform import SubmissionRecord as PlatformRecord
from service.observability.business_metrics import count_payment_reports, observe_sent
from service.workers.pipeline.directory import (
    ReachabilityCheck,
    directory_query,
    recipient,
    recipient_address,
)
from service.workers.pipeline.statuses import apply_parked_statuses
from service.workers.pipeline.steps import (
    Route,
    StepContext,
    commit_work,
    complete,
    fail,
    retry_or_fail,
)
from service.workers.relay import alive

log = logging.getLogger(__name__)

_FLOW_RULES = {
    BarRule.B2B: FlowRule.B2B,
    BarRule.B2B_INT: FlowRule.B2B_INT,
    BarRule.B2C: FlowRule.B2C,
    BarRule.OUT_OF_SCOPE: FlowRule.OUT_OF_SCOPE,
    BarRule.ARCHIVE_ONLY: FlowRule.ARCHIVE_ONLY,
    BarRule.B2G: FlowRule.B2G,  # no BAR note in its document: the deposit says it (domain.b2g)
}
_SENDABLE = (ProcessingState.READY, ProcessingState.SENDING, ProcessingState.OUTCOME_UNKNOWN)


def outbound_document(invoice: OutboundInvoice, stored: StoredDocument) -> OutboundDocument:
    return OutboundDocument(
        content=stored.content,
        filename=stored.filename,
        syntax=stored.syntax,
        profile=stored.profile,
        processing_rule=_FLOW_RULES[invoice.invoice.processing_rule],
        sha256=stored.sha256,
        tracking_id=invoice.number,  # platforms search by invoice number (IOPOLE has no hash search)
        recipient=recipient_address(invoice.invoice),
    )


def refusal(exc: PlatformError) -> str:
    """What an attempt refused for our credentials or configuration left as the invoice's error."""
    return f"PDP-{type(exc).__name__}: {exc} (the platform refused our credentials or configuration; nothing was sent)"


def matching(records: Sequence[PlatformRecord], sha256: str, number: str) -> PlatformRecord | None:
    """Our upload among the platform's: same bytes, or the same number when the platform cannot tell the hash."""
    for record in records:
        if record.sha256 and record.sha256.lower() == sha256.lower():
            return record
    for record in records:
        if not record.sha256 and number and record.invoice_number == number:
            return record
    return None


@dataclass(eq=False, slots=True)
class SendStep:
    """The outbox's SEND step.

    `batched`: units of work sharing their commit with concurrent sends' (the send journal), for SENDING and SENT
    (see steps.commit_work). With a `route`, each invoice goes out through its seller's platform (profile name,
    gateway); without, through `pdp`, the platform profile `platform_name` (recorded with each submission)."""

    ctx: StepContext
    pdp: PdpGateway
    reachability: ReachabilityCheck
    batched: Callable[[], PipelineUnitOfWork] | None = None
    route: Route | None = None
    _: KW_ONLY
    platform_name: str

    def _platform(self, company_siren: str) -> tuple[str, PdpGateway]:
        if self.route is None:
            return self.platform_name, self.pdp
        return self.route(company_siren)

    async def __call__(self, message: OutboxMessage, owner: str) -> None:
        ctx = self.ctx
        invoice, submission = message.invoice, message.submission  # as claimed; saves check the version
        if invoice is None or invoice.state not in _SENDABLE:
            await complete(ctx, message, owner)  # sent, failed or invalid meanwhile: nothing to do
            return
        uncertain = submission is not None and submission.outcome.may_be_on_platform
        taken_over = invoice.state is ProcessingState.SENDING
        if taken_over or (uncertain and invoice.state is ProcessingState.READY):
            # We hold the row, so whoever recorded SENDING lost its lease: it may have died after the upload.
            async with ctx.uow() as uow:
                uow.invoices.attach(invoice)
                invoice.upload_interrupted(ctx.clock.now())
                await uow.invoices.save(invoice)
                await uow.outbox.renew(message, owner, ctx.config.lease_s)
                alive()  # a sign of life however long the step runs (the relay's stall bound)
                await uow.commit()
            # The one line of a takeover (a replica killed mid-send left its rows to the others in silence).
            if taken_over:
                log.warning(
                    "invoice %s: taken over mid-upload, its holder's lease having run out (a process killed or"
                    " frozen); searched on the platform before any new upload",
                    invoice.id,
                )
        if invoice.state is ProcessingState.OUTCOME_UNKNOWN:
            await self._reconcile(message, owner, invoice, submission)
        else:
            await self._send(message, owner, invoice, submission)

    # --- first upload, or a resend after reconciliation found nothing ------------------------------------------

    async def _send(
        self, message: OutboxMessage, owner: str, invoice: OutboundInvoice, previous: SubmissionRecord | None
    ) -> None:
        address = recipient_address(invoice.invoice)
        to = recipient(invoice.invoice)
        siren, line = directory_query(invoice.invoice)
        if not siren:
            await self._fail(
                message,
                owner,
                invoice,
                f"PDP-UNREACHABLE: {to.address_term}, {address or 'absent'}, names no SIREN and neither does "
                f"{to.siren_term}; the French directory is keyed by SIREN; nothing was sent",
            )
            return
        # the seller's own platform answers (each profile reads the directory through its own PA)
        platform_name, gateway = self._platform(invoice.company_siren)
        if await self._held(message, owner, invoice, platform_name, "upload", ProcessingState.READY):
            return
        try:
            entry = await self.reachability.lookup(siren, line, gateway)
        except PlatformUnavailable as exc:
            await self._retry(
                message,
                owner,
                invoice,
                f"PDP-UNAVAILABLE: directory lookup failed: {exc}",
                exc.retry_after,
                outage=platform_name,
            )
            return
        except PlatformError as exc:
            # Our credentials refused, an answer too large or undecodable after the call's own tries: a counted
            # attempt, retried with backoff and FAILED once the attempts are spent, as a reconciliation's search and
            # an inbox's fetch count it (one policy for a read the platform failed).
            why = refusal(exc) if isinstance(exc, REFUSED_CREDENTIALS) else str(exc)
            await self._retry(message, owner, invoice, f"PDP-DIRECTORY: {why}", None)
            return
        if not entry.reachable:
            why = "not registered" if not entry.registered else "not effective yet (validFrom)"
            await self._fail(
                message,
                owner,
                invoice,
                f"PDP-UNREACHABLE: {to.address_term}, {address}, is "
                f"{why} in the {platform_name} directory; nothing was sent",
            )
            return

        refused = directory_refusal(invoice.invoice, entry)
        if refused is not None:
            rule, why = refused
            await self._fail(
                message,
                owner,
                invoice,
                f"{rule}: {why}, says the {platform_name} directory; nothing was sent",
                (Finding(rule, Severity.FATAL, why, "BG-7", layer="directory"),),
            )
            return

        started = await self._start_upload(message, owner, invoice, previous)
        if started is None:
            return
        invoice, stored, record = started
        document = outbound_document(invoice, stored)
        try:
            accepted = await gateway.submit(document)
        except PlatformUnavailable as exc:  # refused before it took the document (no connection, a 429)
            await self._retry(
                message,
                owner,
                invoice,
                f"PDP-UNAVAILABLE: {exc}",
                exc.retry_after,
                submission=record,
                outcome=SubmissionOutcome.UNAVAILABLE,
                outage=platform_name,
            )
        except REFUSED_CREDENTIALS as exc:
            # Nothing was uploaded (the platform refused the token or the client before reading the document), so
            # nothing needs reconciling: a counted attempt, as statuses and declarations refused the same way.
            await self._retry(
                message,
                owner,
                invoice,
                refusal(exc),
                None,
                submission=record,
                outcome=SubmissionOutcome.UNAVAILABLE,
            )
        except PlatformRejected as exc:
            await self._fail(
                message,
                owner,
                invoice,
                f"PDP-REJECTED: {exc}",
                exc.findings,
                submission=record,
                outcome=SubmissionOutcome.REJECTED,
            )
        except (PlatformOutcomeUnknown, Exception) as exc:  # noqa: B014 - unknown errors are treated as unknown outcomes
            if isinstance(exc, PlatformError) and not isinstance(exc, PlatformOutcomeUnknown):
                # Another refusal of the call itself (SubmissionNotFound, a bare PlatformError): not the document's.
                await self._fail(
                    message,
                    owner,
                    invoice,
                    f"PDP-{type(exc).__name__}: {exc}",
                    submission=record,
                    outcome=SubmissionOutcome.UNAVAILABLE,
                )
                return
            # Answered as a platform that is down answers (a 502/503/504, no answer at all): its outage, not this
            # document's failure. Reconciled all the same: it may have the document.
            down = isinstance(exc, PlatformOutcomeUnknown) and exc.unavailable
            outage = platform_name if down else None
            await self._unknown(message, owner, invoice, record, f"{type(exc).__name__}: {exc}", outage)
        else:
            detail = (
                "the platform already had it (duplicate)" if accepted.duplicate else "accepted for processing"
            )
            await self._sent(message, owner, invoice, record, accepted.platform_id, detail, reconciled=False)

    async def _start_upload(
        self,
        message: OutboxMessage,
        owner: str,
        invoice: OutboundInvoice,
        previous: SubmissionRecord | None,
    ) -> tuple[OutboundInvoice, StoredDocument, SubmissionRecord] | None:
        """SENDING and the submission (sha256 + number, PENDING) committed before the platform call: the invoice as
        saved, the document to send and the submission; None when there is no validated document (FAILED)."""
        ctx = self.ctx
        stored = message.document  # read with the claim, in the snapshot the claimed invoice comes from
        if stored is None or stored.sha256 != invoice.document_sha256:
            async with ctx.uow() as uow:
                stored = await uow.transmissions.document(invoice.id)
        if stored is None or stored.sha256 != invoice.document_sha256:
            # Only the validated bytes may leave: anything else is a fail-closed stop.
            await self._fail(message, owner, invoice, "DOCUMENT-MISSING: no validated document to send")
            return None
        record = self._submission(invoice, stored, previous)

        async def start(uow: PipelineUnitOfWork) -> OutboundInvoice:
            moved = _moved(invoice)
            uow.invoices.attach(moved)
            await uow.transmissions.start_upload(
                record, message, owner, ctx.config.lease_s
            )  # + lease renewed
            moved.start_upload(ctx.clock.now(), upload=record.uploads, sha256=record.sha256)
            # The version check lets one worker only make this move. Saving last lets the PostgreSQL adapter write
            # the invoice and its events in one statement, the company's event lock held only until the commit.
            await uow.invoices.save(moved)
            return moved

        moved = await commit_work(ctx, start, self.batched)  # from here on the platform may have it
        return moved, stored, record

    def _submission(
        self, invoice: OutboundInvoice, stored: StoredDocument, previous: SubmissionRecord | None
    ) -> SubmissionRecord:
        return SubmissionRecord(
            invoice_id=invoice.id,
            company_siren=invoice.company_siren,
            platform=self._platform(invoice.company_siren)[0],
            sha256=stored.sha256,
            invoice_number=invoice.number,
            attempt_started_at=self.ctx.clock.now(),
            uploads=(previous.uploads if previous else 0) + 1,
        )

    # --- uncertain outcome -----------------------------------------------------------------------------------

    async def _reconcile(
        self,
        message: OutboxMessage,
        owner: str,
        invoice: OutboundInvoice,
        submission: SubmissionRecord | None,
        *,
        uploaded: bool = False,
        outage: str | None = None,
    ) -> None:
        """Settle an unknown outcome by search. `uploaded`: this step's own upload just ended unknown, which counts
        as an attempt (but for an `outage`: the platform answered it as a platform that is down); it is never
        followed by another upload within the same step."""
        ctx = self.ctx
        if invoice.state is not ProcessingState.OUTCOME_UNKNOWN or submission is None:
            await complete(ctx, message, owner)
            return
        platform_name, gateway = self._platform(invoice.company_siren)
        if await self._held(message, owner, invoice, platform_name, "search", None):
            return
        try:
            records = await gateway.find_submissions(
                SubmissionQuery(sha256=submission.sha256, invoice_number=submission.invoice_number)
            )
        except PlatformError as exc:
            down = isinstance(exc, PlatformUnavailable)
            await self._retry(
                message,
                owner,
                invoice,
                f"RECONCILE-UNAVAILABLE: {exc}",
                exc.retry_after if isinstance(exc, PlatformUnavailable) else None,
                state=None,
                outage=platform_name if down else None,
            )
            return
        found = matching(records, submission.sha256, submission.invoice_number)
        if found is not None:
            await self._sent(
                message,
                owner,
                invoice,
                submission,
                found.platform_id,
                "found on the platform by reconciliation",
                reconciled=True,
            )
            return
        due = submission.attempt_started_at + timedelta(seconds=ctx.config.reconcile_grace_s)
        now = ctx.clock.now()
        if uploaded and outage is not None:
            # searched again after the grace, as below, but waiting on the outage rather than spending an attempt
            wait = max(0.0, (due - now).total_seconds())
            await self._retry(message, owner, invoice, invoice.last_error, wait, state=None, outage=outage)
            return
        if now < due or uploaded:
            async with ctx.uow() as uow:
                again = NextAttempt(
                    at=max(due, now),
                    count=uploaded,
                    error="reconcile: not on the platform yet; searching again after the grace",
                    decided=now,
                )
                await uow.outbox.reschedule(message, owner, again)
                await uow.commit()
            return
        if ctx.retries.spent(message):
            await self._fail(
                message,
                owner,
                invoice,
                f"gave up after {counted(message.attempts, 'upload')} with an unknown outcome, not on the platform "
                f"after the grace: {invoice.last_error}",
            )
            return
        log.info("invoice %s: not on the platform after the grace delay, uploading again", invoice.id)
        await self._send(message, owner, invoice, submission)

    async def _held(
        self,
        message: OutboxMessage,
        owner: str,
        invoice: OutboundInvoice,
        platform_name: str,
        what: str,
        state: ProcessingState | None,
    ) -> bool:
        """True when the platform's breaker holds the call this pass would make (domain.platform_breaker): nothing
        is recorded of an upload or a search never made (each held pass recorded SENDING "upload #N", a submission
        and RETRY, with their audit entries). The first such pass says the outage on the invoice (as `_retry`);
        the next ones, the row waiting on it already, give the row back alone, as the relay gives back what is not
        ready yet (no attempt spent while the patience lasts)."""
        breaker = self.ctx.breakers.of(platform_name) if self.ctx.breakers is not None else None
        if breaker is None or not breaker.holds():
            return False
        why = f"PDP-UNAVAILABLE: {breaker.not_called(what, platform_name)}"
        kept = outage_of(message)
        if kept is not None and kept.platform == platform_name:
            raise RetryLater(why, outage=platform_name)
        await self._retry(message, owner, invoice, why, None, state=state, outage=platform_name)
        return True

    # --- endings: each one transaction, on the invoice and submission this step holds ------------------------

    async def _sent(
        self,
        message: OutboxMessage,
        owner: str,
        invoice: OutboundInvoice,
        submission: SubmissionRecord,
        platform_id: str,
        detail: str,
        *,
        reconciled: bool,
    ) -> None:
        ctx = self.ctx
        accepted = replace(
            submission,
            outcome=SubmissionOutcome.ACCEPTED,
            platform_id=platform_id,
            reconciled_at=ctx.clock.now() if reconciled else submission.reconciled_at,
        )

        async def sent(uow: PipelineUnitOfWork) -> list[str]:
            moved = _moved(invoice)
            uow.invoices.attach(moved)
            parked = await uow.transmissions.save_accepted_and_complete(accepted, message, owner)
            moved.sent(ctx.clock.now(), platform_id=platform_id, detail=detail)
            reports = await apply_parked_statuses(ctx, uow, moved, parked)
            await uow.invoices.save(moved)  # last, as in _start_upload
            return reports

        try:
            count_payment_reports(await commit_work(ctx, sent, self.batched))  # the attempt that committed
        except PlatformIdTaken as exc:
            await self._id_taken(message, owner, invoice, submission, exc, reconciled=reconciled)
            return
        log.info("invoice %s sent as %s (%s)", invoice.id, platform_id, detail)
        observe_sent(invoice.created_at, ctx.clock.now())

    async def _id_taken(
        self,
        message: OutboxMessage,
        owner: str,
        invoice: OutboundInvoice,
        submission: SubmissionRecord,
        taken: PlatformIdTaken,
        *,
        reconciled: bool,
    ) -> None:
        """The platform gave this document an id another of our invoices has (a platform's bug: one id, one
        invoice). Answering the upload, the outcome is unknown: the search says which id it keeps it under. Found so
        by the search too, the invoice is FAILED naming it: the platform has it (never sent again), under an id
        that cannot tell it from the other invoice's, which someone must settle with the platform."""
        said = f"PDP-DUPLICATE-ID: {taken.platform} gave this invoice the id {taken.platform_id}, already another invoice's"
        async with self.ctx.uow() as uow:
            holder = await uow.transmissions.invoice_of_platform_id(taken.platform, taken.platform_id)
        # The other invoice is named to the operator only: it may be another company's (one profile, several sellers).
        company, other = holder if holder is not None else ("?", "?")
        log.warning("invoice %s: %s (invoice %s of company %s)", invoice.id, said, other, company)
        if reconciled:
            await self._fail(
                message,
                owner,
                invoice,
                f"{said} (found so by search: it has the document, which is not sent again; ask the platform)",
                submission=submission,
                outcome=SubmissionOutcome.UNKNOWN,
            )
            return
        await self._unknown(message, owner, invoice, submission, f"{said}; reconciling by search")

    async def _unknown(
        self,
        message: OutboxMessage,
        owner: str,
        invoice: OutboundInvoice,
        submission: SubmissionRecord,
        error: str,
        outage: str | None = None,
    ) -> None:
        """This step's own upload ended with its outcome unknown: recorded so (OUTCOME_UNKNOWN), then reconciled
        by search (`_reconcile`: an attempt, but for the platform's `outage`)."""
        ctx = self.ctx
        async with ctx.uow() as uow:
            uow.invoices.attach(invoice)
            submission.outcome = SubmissionOutcome.UNKNOWN
            await uow.transmissions.save_submission(submission)
            invoice.upload_unknown(ctx.clock.now(), error)
            await uow.outbox.renew(message, owner, ctx.config.lease_s)
            alive()  # a sign of life however long the step runs (the relay's stall bound)
            await uow.invoices.save(invoice)
            await uow.commit()
        # The one line a platform failing its uploads (500s, timeouts) leaves at WARNING: httpx's are INFO.
        log.warning(
            "invoice %s: upload outcome unknown (%s); searched on the platform before any new upload",
            invoice.id,
            error,
        )
        await self._reconcile(message, owner, invoice, submission, uploaded=True, outage=outage)

    async def _retry(
        self,
        message: OutboxMessage,
        owner: str,
        invoice: OutboundInvoice,
        error: str,
        wait: float | None,
        *,
        submission: SubmissionRecord | None = None,
        outcome: SubmissionOutcome | None = None,
        state: ProcessingState | None = ProcessingState.READY,
        outage: str | None = None,
    ) -> None:
        """Released for a later attempt (failed after the last one); `outcome` is recorded on the `submission`
        this attempt made, if it made one; `wait`: the platform's Retry-After; `outage`: the platform profile found
        away (steps.retry_or_fail)."""
        async with self.ctx.uow() as uow:
            uow.invoices.attach(invoice)
            await self._set_outcome(uow, submission, outcome)
            await retry_or_fail(
                self.ctx, uow, message, owner, invoice, error, retry_after_s=wait, state=state, outage=outage
            )
            await uow.commit()

    async def _fail(
        self,
        message: OutboxMessage,
        owner: str,
        invoice: OutboundInvoice,
        error: str,
        findings: tuple = (),
        *,
        submission: SubmissionRecord | None = None,
        outcome: SubmissionOutcome | None = None,
    ) -> None:
        async with self.ctx.uow() as uow:
            uow.invoices.attach(invoice)
            await self._set_outcome(uow, submission, outcome)
            await self._fail_in(uow, message, owner, invoice, error, findings)
            await uow.commit()

    async def _fail_in(
        self,
        uow: PipelineUnitOfWork,
        message: OutboxMessage,
        owner: str,
        invoice: OutboundInvoice,
        error: str,
        findings: tuple = (),
    ) -> None:
        fail(self.ctx, invoice, error, tuple(findings))
        await uow.invoices.save(invoice)
        await uow.outbox.complete(message, owner, error=error)

    @staticmethod
    async def _set_outcome(
        uow: PipelineUnitOfWork, submission: SubmissionRecord | None, outcome: SubmissionOutcome | None
    ) -> None:
        if outcome is None or submission is None:
            return
        submission.outcome = outcome
        await uow.transmissions.save_submission(submission)


def _moved(invoice: OutboundInvoice) -> OutboundInvoice:
    """A copy to make a move on: the claimed invoice stays as read, for the unit of work of its own if the batched
    one does not commit the move (steps.commit_work runs the work again)."""
    return replace(invoice, events=list(invoice.events))
