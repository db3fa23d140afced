"""Document formats, profiles and the values that travel with a parsed or checked document (a rendered one is a
domain.document_file.DocumentFile).

The BT-24 specification identifiers are the ones the FNFE-MPE validation package and the `factur-x` package
(7.8, `generate_xml.LEVEL2BT_24`) use. The EXTENDED-CTC-FR schematron itself only asserts that BT-24 is present
(BR-01), so its URN comes from the `factur-x` package, which FNFE's own examples follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from domain.findings import Finding, Severity, ValidationReport
from domain.invoice import EN16931_SPECIFICATION, Invoice


class DocumentFormat(str, Enum):
    CII = "CII"
    UBL = "UBL"
    FACTURX = "FACTURX"


class Profile(str, Enum):
    """What BT-24 announces: which schematron a receiver runs."""

    EN16931 = "EN16931"
    EXTENDED_CTC_FR = "EXTENDED-CTC-FR"  # CII and UBL only, never a Factur-X level
    BASIC_WL = "BASICWL"  # Factur-X only: no lines, allowed during the first year
    EXTENDED = "EXTENDED"  # Factur-X only

    @property
    def urn(self) -> str:
        return PROFILE_URNS[self]

    @property
    def facturx_level(self) -> str:
        """The `fx:ConformanceLevel` of the Factur-X XMP extension schema."""
        return _FACTURX_LEVELS[self]

    @property
    def has_lines(self) -> bool:
        return self is not Profile.BASIC_WL


PROFILE_URNS: dict[Profile, str] = {
    Profile.EN16931: EN16931_SPECIFICATION,
    Profile.EXTENDED_CTC_FR: "urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr",
    Profile.BASIC_WL: "urn:factur-x.eu:1p0:basicwl",
    Profile.EXTENDED: "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended",
}
_FACTURX_LEVELS = {
    Profile.EN16931: "EN 16931",
    Profile.EXTENDED_CTC_FR: "",
    Profile.BASIC_WL: "BASIC WL",
    Profile.EXTENDED: "EXTENDED",
}
PROFILES_BY_FORMAT: dict[DocumentFormat, tuple[Profile, ...]] = {
    DocumentFormat.CII: (Profile.EN16931, Profile.EXTENDED_CTC_FR),
    DocumentFormat.UBL: (Profile.EN16931, Profile.EXTENDED_CTC_FR),
    DocumentFormat.FACTURX: (Profile.BASIC_WL, Profile.EN16931, Profile.EXTENDED),
}


def profile_from_urn(urn: str) -> Profile | None:
    """The profile a BT-24 value announces; None for anything we do not produce (MINIMUM, BASIC, XRechnung…)."""
    stripped = urn.strip()
    return next((p for p, u in PROFILE_URNS.items() if u == stripped), None)


class UnsupportedProfile(ValueError):
    """The requested profile does not exist for that format (e.g. EXTENDED-CTC-FR is not a Factur-X level)."""


class IncompleteInvoice(ValueError):
    """An invoice to render that gives its totals but lacks a term they hold (a line's BT-131, as a document made
    elsewhere may be read): no document can carry it as it is. `rule_id` is the EN 16931 rule it breaks."""

    rule_id = "BR-24"


class NotCarried(ValueError):
    """An invoice holding a term its document's syntax cannot carry (adapters.documents.carrying): refused, never
    written with the term lost. `path` names the term (BG-16/BT-83)."""

    rule_id = "PDP-NOT-CARRIED"

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path

    def __reduce__(self) -> tuple[type[NotCarried], tuple[str, str]]:
        return type(self), (str(self), self.path)  # raised in a document worker: it crosses back pickled


def check_profile(fmt: DocumentFormat, profile: Profile) -> None:
    if profile not in PROFILES_BY_FORMAT[fmt]:
        allowed = ", ".join(p.value for p in PROFILES_BY_FORMAT[fmt])
        raise UnsupportedProfile(
            f"BT-24: profile {profile.value} is not allowed for {fmt.value} (allowed: {allowed})"
        )


def check_totals(invoice: Invoice) -> None:
    """Writers render BG-22/BG-23 as computed by the domain, never their own arithmetic."""
    if invoice.totals is None or invoice.vat_breakdown is None:
        raise ValueError("BG-22/BG-23: compute the totals (domain.totals.compute_totals) before rendering")


# A document whose official layers could run but whose invoice the gateway cannot read (a CII date that is no date,
# which CEN's CII rules take as a string): not valid, wherever it is judged
UNREADABLE_RULE = "PDP-UNREADABLE"
# The layer of every finding the gateway makes about a document's bytes (a refusal by its rule, PDP-UNREADABLE,
# PDP-UNMAPPED), whichever door the document came through: ParseDocument, ValidateDocument, SubmitInvoice,
# reception, the CLI. One rule, one layer: a client filing findings by layer finds them in one place.
DOCUMENT_LAYER = "document"


def document_finding(
    rule_id: str, severity: Severity, message: str, path: str = "", location: str = ""
) -> Finding:
    """A finding of the gateway's own about a document, in the one layer of those."""
    return Finding(rule_id, severity, message, path, location=location, layer=DOCUMENT_LAYER)


def unreadable(reason: object) -> Finding:
    """The fatal finding of a document judged by the official layers whose invoice the gateway cannot read."""
    return document_finding(UNREADABLE_RULE, Severity.FATAL, f"the invoice could not be read: {reason}")


class DocumentError(ValueError):
    """A document that cannot be read as an invoice: not XML, unknown root, or a value that breaks its data type.

    `rule_id` names the rule the refusal reports; subclasses name a more precise one (limits.py, pdf_reading.py).
    """

    rule_id = "PDP-DOCUMENT"


class NotAnInvoice(DocumentError):
    """A CDAR message (a lifecycle status, which comes by its own flow), not an invoice."""

    rule_id = "PDP-NOT-AN-INVOICE"
    profile = "CDAR"  # what it is instead, as reception records it

    def __init__(self, message: str = "a CDAR message, not an invoice") -> None:
        super().__init__(message)


class WorkersBusy(Exception):
    """Every document worker of the process is taken, and the calls waiting for one too (the worker pool's bound):
    not the document's fault, worth retrying shortly."""

    retry_after = 1.0


class WorkerCrashed(ConnectionError):
    """The document worker running the call died (its pool is replaced): the call may be retried. A connection
    error for the callers that retry those; at the edge, UNAVAILABLE saying so (as an OSError it read as a database
    outage: "the service's database is unavailable")."""

    retry_after = 1.0


class WorkerLimitExceeded(DocumentError):
    """The document worker went past a limit and was replaced; the call that did it gets this error (the worker
    pool, service.workers.worker_pool, raises it; the readers' own limits are adapters.documents.limits)."""


class WorkerMemoryExceeded(WorkerLimitExceeded):
    rule_id = "PDP-DOC-MEMORY"


class WorkerTimeExceeded(WorkerLimitExceeded):
    rule_id = "PDP-DOC-TIME"


def out_of_memory(exc: BaseException) -> bool:
    """A failed allocation: Python's MemoryError, or a C++ std::bad_alloc that a native binding (qpdf's, in pikepdf)
    turns into an exception of its own. The worker pool reports its memory limit by it and the readers running in
    the pool recognise the same failure: one test for both, stated where both may import it."""
    return isinstance(exc, MemoryError) or "std::bad_alloc" in str(exc)


PDF_MEDIA_TYPE = "application/pdf"
XML_MEDIA_TYPE = "application/xml"
MEDIA_TYPES = {
    DocumentFormat.CII: XML_MEDIA_TYPE,
    DocumentFormat.UBL: XML_MEDIA_TYPE,
    DocumentFormat.FACTURX: PDF_MEDIA_TYPE,
}
_UNSAFE = re.compile(r"[^A-Za-z0-9+_.-]")


def document_filename(number: str, fmt: DocumentFormat) -> str:
    """A safe file name for invoice `number` (BT-1) in `fmt`."""
    stem = _UNSAFE.sub("_", number) or "invoice"
    return f"{stem}.pdf" if fmt is DocumentFormat.FACTURX else f"{stem}_{fmt.value.lower()}.xml"


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """An invoice read from a document; `unmapped` lists every piece of the document the model does not carry."""

    invoice: Invoice
    format: DocumentFormat
    profile: Profile | None
    specification: str
    unmapped: tuple[Finding, ...] = ()


@dataclass(frozen=True, slots=True)
class CheckedDocument:
    """A document's official report, with what it says it is (its syntax and BT-24)."""

    format: DocumentFormat
    profile: Profile | None  # what BT-24 announces; None for a profile the gateway does not produce
    specification: str  # BT-24 as written
    report: ValidationReport
