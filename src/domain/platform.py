"""The e-invoicing platform (PA/PDP) port, in the terms of AFNOR XP Z12-013 so that any platform fits.

Adapters (IOPOLE, AFNOR flow service, the in-process sandbox) translate their payloads into these values and their
failures into the exceptions below; the use cases never see HTTP.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from domain.bounds import shorten
from domain.document_formats import PDF_MEDIA_TYPE, XML_MEDIA_TYPE
from domain.findings import Finding, Severity
from domain.identifiers import SIREN_SCHEME, siren_of, siren_of_address
from domain.lifecycle import check_sendable
from domain.money import EUR, unsigned_zero
from domain.payments import RatePart
from domain.platform_codes import cdar_name

Seconds = float  # a duration; money, quantities and rates are Decimal everywhere in the domain


class DocumentSyntax(StrEnum):
    """XP Z12-013 flowSyntax."""

    CII = "CII"
    UBL = "UBL"
    FACTUR_X = "Factur-X"
    CDAR = "CDAR"
    FRR = "FRR"

    @property
    def media_type(self) -> str:
        """A Factur-X is a PDF; every other flow, CDAR and FRR messages included, is XML."""
        return PDF_MEDIA_TYPE if self is DocumentSyntax.FACTUR_X else XML_MEDIA_TYPE


class DocumentProfile(StrEnum):
    """XP Z12-013 flowProfile."""

    BASIC = "Basic"
    CIUS = "CIUS"
    EXTENDED_CTC_FR = "Extended-CTC-FR"
    UNDEFINED = "Undefined"


# The DOCUMENT_FORMAT setting -> the document the platform receives. Factur-X EN 16931 is the B2B default; CII is the
# fast one.
DOCUMENT_FORMATS = {
    "facturx": (DocumentSyntax.FACTUR_X, DocumentProfile.CIUS),
    "cii": (DocumentSyntax.CII, DocumentProfile.CIUS),
    "ubl": (DocumentSyntax.UBL, DocumentProfile.CIUS),
}


class ProcessingRule(StrEnum):
    """XP Z12-013 processingRule."""

    B2B = "B2B"
    B2B_INT = "B2BInt"
    B2C = "B2C"
    B2G = "B2G"
    B2G_INT = "B2GInt"
    OUT_OF_SCOPE = "OutOfScope"
    B2G_OUT_OF_SCOPE = "B2GOutOfScope"
    ARCHIVE_ONLY = "ArchiveOnly"
    NOT_APPLICABLE = "NotApplicable"
    UNDEFINED = "Undefined"


class InvalidPlatformRequest(ValueError):
    """A request we built breaks a rule before it ever reaches a platform (a bug or bad input, never retried)."""


MAX_TRACKING_ID = 64  # XP Z12-013: a deposit's trackingId (our invoice number) holds at most 64 characters


@dataclass(frozen=True, slots=True)
class OutboundDocument:
    """One document to deposit. tracking_id is our invoice number/id (XP Z12-013 trackingId, at most 64 chars).

    recipient: the buyer's electronic address (BT-49, "scheme:value") when known; platforms route on the document
    itself, this copy only serves checks and simulations.
    """

    content: bytes = field(repr=False)
    filename: str
    syntax: DocumentSyntax
    profile: DocumentProfile
    processing_rule: ProcessingRule
    sha256: str
    tracking_id: str
    recipient: str = ""

    def __post_init__(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > MAX_TRACKING_ID:
            raise InvalidPlatformRequest(f"trackingId must hold 1 to {MAX_TRACKING_ID} characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    @classmethod
    def of(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "",
    ) -> OutboundDocument:
        return cls(
            content=content,
            filename=filename,
            syntax=syntax,
            profile=profile,
            processing_rule=processing_rule,
            sha256=hashlib.sha256(content).hexdigest(),
            tracking_id=tracking_id,
            recipient=recipient,
        )


@dataclass(frozen=True, slots=True)
class Submission:
    """The platform accepted the document for processing (not valid, not delivered: statuses follow).

    duplicate is True when the platform said it already had it (IOPOLE 409 DUPLICATE_RESOURCE, AFNOR AlreadyExistingFlow).
    """

    platform_id: str
    accepted_at: datetime
    duplicate: bool = False


# The date of a status the platform gave none: later than any arrival, so dated on its arrival as a status from a
# clock running ahead is (PlatformStatus.dated_no_later_than). The epoch stood for it, and dated it 1970: older than
# the invoice in its history, and its archived message past its retention at once.
UNDATED = datetime.max.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class PlatformStatus:
    """One lifecycle event as the platform reported it.

    code:     the CDAR code ("200".."501") when the platform's code is known, else the raw code kept verbatim.
    label:    a readable label (the platform's own label, e.g. "SUBMITTED").
    raw_code: exactly what the platform sent.
    at:       when it happened, as the platform dated it (UNDATED: it gave no date).
    amount:   a payment status's amount (MDT-215, summed over its MDG-43 blocks), when the platform gave one.
    """

    code: str
    label: str
    raw_code: str
    at: datetime
    reason: str = ""
    findings: tuple[Finding, ...] = ()
    status_id: str = ""
    amount: Decimal | None = None

    @property
    def name(self) -> str:
        return cdar_name(self.code)

    @property
    def undated(self) -> bool:
        return self.at == UNDATED

    def dated_no_later_than(self, arrival: datetime) -> PlatformStatus:
        """This status as of its `arrival` at the latest. A status cannot have happened after it reached us: a
        later date is the platform's clock running ahead (or its local time written as UTC), and in the lifecycle,
        where the latest processing status is current, it would outrank the statuses that truly came after it (a
        207 En litige kept over the 212 Encaissée of ten minutes later)."""
        return self if self.at <= arrival else replace(self, at=arrival)


@dataclass(frozen=True, slots=True)
class SubmissionQuery:
    """Criteria to find earlier submissions (reconciling an unknown outcome). At least one is required."""

    tracking_id: str = ""
    sha256: str = ""
    invoice_number: str = ""

    def __post_init__(self) -> None:
        if not (self.tracking_id or self.sha256 or self.invoice_number):
            raise InvalidPlatformRequest(
                "a submission search needs a tracking id, a sha256 or an invoice number"
            )


@dataclass(frozen=True, slots=True)
class SubmissionRecord:
    """A submission the platform knows about. sha256 is empty when the platform could not tell."""

    platform_id: str
    submitted_at: datetime | None
    invoice_number: str = ""
    sha256: str = ""
    last_status: PlatformStatus | None = None


@dataclass(frozen=True, slots=True)
class OutgoingStatus:
    """A lifecycle status we send as recipient (buyer side). code is a CDAR code; amounts are Decimal."""

    code: str
    reason: str = ""  # the reason code (MDT-113), required for 206, 207, 208, 210
    message: str = ""
    amount: Decimal | None = None
    currency: str = EUR
    vat_rate: Decimal | None = None  # MDT-224: with the amount of a 212 (BR-FR-CDV-14)
    # A 212 for a payment over several VAT rates: one MDG-43 block (MDT-215 amount, MDT-224 rate) per rate, adding
    # up to `amount`, as the books applied them. Empty: the single block `amount` at `vat_rate`.
    parts: tuple[RatePart, ...] = ()

    def __post_init__(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            # A reversed payment is a 212 with a negative amount (domain.payments keeps the sign rule).
            if self.amount < 0 and self.code != "212":
                raise InvalidPlatformRequest("the status amount cannot be negative")
        if isinstance(self.vat_rate, Decimal):
            # a rate written "-0" is the rate 0: never "-0" in MDT-224 on the wire
            object.__setattr__(self, "vat_rate", unsigned_zero(self.vat_rate))
        if self.parts and (
            self.amount is None or sum((part.amount for part in self.parts), Decimal(0)) != self.amount
        ):
            raise InvalidPlatformRequest("the amounts per VAT rate of a status add up to its amount")


def is_reachable(
    registered: bool, valid_from: date | None, today: date, valid_to: date | None = None
) -> bool:
    """Reachable = registered in the directory and its line is effective: validFrom <= today (<= validTo when set)."""
    if not registered or valid_from is None or valid_from > today:
        return False
    return valid_to is None or today <= valid_to


def directory_identifier(siren: str, address: str = "") -> str:
    """What a directory lookup is about, once checked: `address` when given, else `siren`.

    The French directory is keyed by SIREN (XP Z12-013: its lines are SIREN, SIREN_SIRET, SIREN_ROUTAGE,
    SIREN_SUFFIXE), so a lookup always names one; the address, when given, must be one of that company's
    (0225, 0002, 0009). Anything else would search the directory for digits that are not a SIREN (a GLN's first
    nine digits are another company's), so it is refused here, once, for every platform.
    """
    if not siren_of(siren, SIREN_SCHEME):
        raise InvalidPlatformRequest(f"a directory lookup needs a SIREN (9 digits), got {siren!r}")
    if address and siren_of_address(address) != siren:
        raise InvalidPlatformRequest(
            f"a directory lookup narrows by an address of the company it names: {address!r} is not one of {siren}'s"
        )
    return address or siren


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    """What the directory says about a recipient. Build it with `DirectoryEntry.resolve` so reachable follows validFrom."""

    identifier: str
    reachable: bool
    registered: bool
    siren: str = ""
    name: str = ""
    electronic_address: str = ""
    valid_from: date | None = None
    valid_to: date | None = None
    network: str = ""
    routing_code: str = ""  # XP Z12-013 directory line routing code, when the recipient has one
    # Public buyers (domain.b2g): a public legal unit (XP Z12-013 legalUnit.entityType = Public) or one received
    # through Chorus Pro (platform id 9999), and what its SIRET or routing-code line requires of an invoice
    # (facility.b2gAdditionalData / routingCode.managesLegalCommitment).
    public_entity: bool = False
    platform_id: str = ""
    requires_engagement: bool = False  # BT-13
    requires_service_code: bool = False  # BT-10
    requires_engagement_or_service_code: bool = False

    @classmethod
    def resolve(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
        **public: object,
    ) -> DirectoryEntry:
        """`public`: the public-buyer fields (public_entity, platform_id, requires_…), as the directory says."""
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
            **public,  # type: ignore[arg-type]  # the public-buyer fields, by name
        )

    @classmethod
    def unknown(cls, identifier: str) -> DirectoryEntry:
        return cls(identifier=identifier, reachable=False, registered=False)


@dataclass(frozen=True, slots=True)
class PlatformHealth:
    ok: bool
    detail: str = ""


# --- failures ---------------------------------------------------------------------------------------------------


class PlatformError(Exception):
    """Base of every platform failure the use cases handle."""


class PlatformUnavailable(PlatformError):
    """Transient: the platform could not be reached or asked us to wait. Retry later (after retry_after seconds if set)."""

    def __init__(self, message: str, *, retry_after: Seconds | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PlatformRejected(PlatformError):
    """Permanent: the platform refused the request; sending it again unchanged fails again."""

    def __init__(self, message: str, *, findings: Sequence[Finding] = ()) -> None:
        super().__init__(message)
        self.findings = tuple(findings)


class PlatformOutcomeUnknown(PlatformError):
    """The request may have reached the platform but we got no answer: reconcile (search) before sending again.

    `unavailable`: the answer was one a platform that is down gives (a 502/503/504, no answer at all), so the
    failure is the platform's outage rather than the request's own (a 500 on this one while others go)."""

    def __init__(self, message: str, *, unavailable: bool = False) -> None:
        super().__init__(message)
        self.unavailable = unavailable


class PlatformAuthError(PlatformError):
    """Our credentials were refused (token endpoint, or a 401 that survived one token refresh)."""


class PlatformConfigError(PlatformError):
    """The platform forbids the call (403: customer id, claim, entity): an operator must fix the configuration."""


# Our credentials or configuration refused (a 401 again after a token refresh, a 403, a redirect): refused before the
# platform took anything, so nothing needs reconciling. The callers count the attempt and retry with backoff, never
# fail at once: a token issued then refused (clock skew on its `nbf`) or a credentials rotation would otherwise fail
# every queued invoice, status or declaration within seconds. A refusal of the document itself is PlatformRejected.
REFUSED_CREDENTIALS = (PlatformAuthError, PlatformConfigError)


class SubmissionNotFound(PlatformError):
    """The platform does not know this submission id."""


# What a platform's refusal keeps: its findings go onto the invoice (its events, the audit log, GetInvoice) and are
# the platform's text, anything. A real refusal names a few rules in a line each.
MAX_PLATFORM_FINDINGS = 100
_RULE_CHARS, _MESSAGE_CHARS, _WHERE_CHARS = 100, 2_000, 500


def rejection_finding(rule_id: str, message: str, *, path: str = "", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform"), each text cut to its bound (the cut said)."""
    return Finding(
        rule_id=shorten(rule_id, _RULE_CHARS) or "PLATFORM",
        severity=Severity.FATAL,
        message=shorten(message, _MESSAGE_CHARS),
        path=shorten(path, _WHERE_CHARS),
        location=shorten(location, _WHERE_CHARS),
        layer="platform",
    )


def rejection_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """A platform's findings, the first MAX_PLATFORM_FINDINGS of them (read no further)."""
    return tuple(itertools.islice(findings, MAX_PLATFORM_FINDINGS))


# --- the port ---------------------------------------------------------------------------------------------------

StatusCallback = Callable[[str, PlatformStatus], Awaitable[None]]
"""on_status(platform_id, status): the single event path for statuses, whether from a webhook, a poll or the sandbox."""


class PdpGateway(Protocol):
    async def submit(self, document: OutboundDocument) -> Submission:
        """Deposit a document. Raises PlatformRejected, PlatformUnavailable, PlatformOutcomeUnknown, PlatformAuthError,
        PlatformConfigError."""
        ...

    async def status_history(self, platform_id: str) -> list[PlatformStatus]:
        """Every status of a submission, oldest first. Platforms rate-limit this: use it to reconcile, not to poll."""
        ...

    async def find_submissions(self, query: SubmissionQuery) -> list[SubmissionRecord]:
        """Submissions matching every given criterion (used to resolve PlatformOutcomeUnknown)."""
        ...

    async def send_status(self, platform_id: str, status: OutgoingStatus) -> None:
        """Send a recipient lifecycle status for a received invoice."""
        ...

    async def lookup_directory(self, siren: str, address: str = "") -> DirectoryEntry:
        """What the directory says about company `siren` (9 digits): any of its lines, or with `address` (one of
        its electronic addresses, scheme:value) that address's line. Raises InvalidPlatformRequest for a lookup
        `directory_identifier` refuses; never raises for an unknown company."""
        ...

    async def health(self) -> PlatformHealth: ...
