"""The outbound invoice aggregate: an invoice we issue, from submission until the platform's last status.

`Invoice` (domain.invoice) is the EN 16931 content; `OutboundInvoice` wraps it with what the gateway knows:
the owning company, the client's request id, where it is in our processing pipeline, and the platform
lifecycle. The aggregate records events (for the outbox and the event stream) and bumps `version` on every
change so that concurrent writers are detected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from domain.findings import Finding
from domain.invoice import Invoice


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class ProcessingState(str, Enum):
    """Where the invoice is in our own pipeline (not the platform's lifecycle)."""

    ACCEPTED = "ACCEPTED"  # domain-valid and stored; rendering and official validation pending
    INVALID = "INVALID"  # an official validation layer failed: never sent
    READY = "READY"  # rendered and officially valid; waiting for the dispatcher
    SENDING = "SENDING"  # a dispatcher holds the lease and is calling the platform
    OUTCOME_UNKNOWN = "OUTCOME_UNKNOWN"  # timeout or crash during the upload: reconcile before any resend
    SENT = "SENT"  # the platform accepted the upload (it has an id); lifecycle statuses follow
    FAILED = (
        "FAILED"  # retries exhausted or permanent refusal; visible with its last error, retryable by a call
    )
    NOT_TRANSMITTED = (
        "NOT_TRANSMITTED"  # processing rule keeps it off the platform (B2C, B2BINT, ARCHIVEONLY...)
    )

    @property
    def locked(self) -> bool:
        """Once the platform may have it, the content never changes: corrections are new documents."""
        return self in (ProcessingState.SENDING, ProcessingState.OUTCOME_UNKNOWN, ProcessingState.SENT)


@dataclass(frozen=True, slots=True)
class InvoiceEvent:
    """Something that happened to an invoice: kept in its history and streamed to watchers."""

    kind: str  # e.g. "SUBMITTED", "VALIDATED", "INVALID", "SENT", "STATUS", "FAILED", "OUTCOME_UNKNOWN"
    at: datetime
    state: ProcessingState
    status_code: str = ""  # CDAR lifecycle code for STATUS events ("200", "213", ...)
    detail: str = ""
    findings: tuple[Finding, ...] = ()
mutants_xǁOutboundInvoiceǁrecord__mutmut: MutantDict = {}  # type: ignore


@dataclass(slots=True)
class OutboundInvoice:
    """An invoice issued by `company_siren`, submitted under the client's `request_id`."""

    id: str
    company_siren: str
    request_id: str
    request_hash: str  # SHA-256 of the submitted content: same id + other content is refused
    invoice: Invoice
    created_at: datetime
    state: ProcessingState = ProcessingState.ACCEPTED
    findings: tuple[Finding, ...] = ()  # warnings kept from the domain check, then the official report
    lifecycle_code: str = (
        ""  # current platform status (CDAR code), following the lifecycle, not arrival order
    )
    platform_id: str = ""
    document_sha256: str = ""
    last_error: str = ""
    version: int = 0
    events: list[InvoiceEvent] = field(default_factory=list)

    @property
    def number(self) -> str:
        return self.invoice.number

    @_mutmut_mutated(mutants_xǁOutboundInvoiceǁrecord__mutmut)
    def record(self, event: InvoiceEvent) -> None:
        self.state = event.state
        self.version += 1
        self.events.append(event)

    def xǁOutboundInvoiceǁrecord__mutmut_orig(self, event: InvoiceEvent) -> None:
        self.state = event.state
        self.version += 1
        self.events.append(event)

    def xǁOutboundInvoiceǁrecord__mutmut_1(self, event: InvoiceEvent) -> None:
        self.state = None
        self.version += 1
        self.events.append(event)

    def xǁOutboundInvoiceǁrecord__mutmut_2(self, event: InvoiceEvent) -> None:
        self.state = event.state
        self.version = 1
        self.events.append(event)

    def xǁOutboundInvoiceǁrecord__mutmut_3(self, event: InvoiceEvent) -> None:
        self.state = event.state
        self.version -= 1
        self.events.append(event)

    def xǁOutboundInvoiceǁrecord__mutmut_4(self, event: InvoiceEvent) -> None:
        self.state = event.state
        self.version += 2
        self.events.append(event)

    def xǁOutboundInvoiceǁrecord__mutmut_5(self, event: InvoiceEvent) -> None:
        self.state = event.state
        self.version += 1
        self.events.append(None)

mutants_xǁOutboundInvoiceǁrecord__mutmut['_mutmut_orig'] = OutboundInvoice.xǁOutboundInvoiceǁrecord__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOutboundInvoiceǁrecord__mutmut['xǁOutboundInvoiceǁrecord__mutmut_1'] = OutboundInvoice.xǁOutboundInvoiceǁrecord__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOutboundInvoiceǁrecord__mutmut['xǁOutboundInvoiceǁrecord__mutmut_2'] = OutboundInvoice.xǁOutboundInvoiceǁrecord__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOutboundInvoiceǁrecord__mutmut['xǁOutboundInvoiceǁrecord__mutmut_3'] = OutboundInvoice.xǁOutboundInvoiceǁrecord__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOutboundInvoiceǁrecord__mutmut['xǁOutboundInvoiceǁrecord__mutmut_4'] = OutboundInvoice.xǁOutboundInvoiceǁrecord__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOutboundInvoiceǁrecord__mutmut['xǁOutboundInvoiceǁrecord__mutmut_5'] = OutboundInvoice.xǁOutboundInvoiceǁrecord__mutmut_5 # type: ignore # mutmut generated
