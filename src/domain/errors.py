"""Domain errors, named in the business's words; the gRPC edge maps each to one status code."""

from __future__ import annotations

from typing import ClassVar

from domain.findings import Finding, Severity


class DomainError(Exception):
    pass


class Refusal(DomainError):
    """A request the current state refuses (FAILED_PRECONDITION at the edge), naming its rule as every refusal does:
    the message begins with the rule id, and `findings` holds the rule broken (the PreconditionFailure's violation).
    A subclass names its rule (`rule_id`); a raise with another cause names its own."""

    rule_id: ClassVar[str]

    def __init__(self, message: str, *, rule: str = "", path: str = "", layer: str = "gateway") -> None:
        rule = rule or self.rule_id
        super().__init__(f"{rule}: {message}")
        self.findings: tuple[Finding, ...] = (Finding(rule, Severity.FATAL, message, path, layer=layer),)


class InvoiceRejected(DomainError):
    """The invoice breaks at least one fatal rule; `findings` lists all of them."""

    def __init__(self, findings: tuple[Finding, ...] | list[Finding]) -> None:
        self.findings = tuple(findings)
        ids = ", ".join(sorted({f.rule_id for f in self.findings if f.is_fatal}))
        super().__init__(f"invoice rejected: {ids}")


class RequestRejected(DomainError):
    """A request (other than an invoice) holds malformed or out-of-bounds values; `findings` names each
    (PDP-DECIMAL, PDP-DATE, PDP-TEXT-CHARS...)."""

    def __init__(self, findings: tuple[Finding, ...] | list[Finding]) -> None:
        self.findings = tuple(findings)
        super().__init__("; ".join(f.described for f in self.findings))


class InvoiceNotFound(DomainError):
    pass


class DuplicateInvoiceNumber(DomainError):
    """BR-FR / CGI: an invoice number is unique per seller."""


class RequestConflict(DomainError):
    """The same request id was already used with other content."""


class PaymentIdReused(RequestConflict):
    """A payment id (RecordPayment, RecordPaymentSent) already names another payment: the caller's key is its
    payment id, not a request id, so the refusal names that."""


class ConcurrencyConflict(DomainError):
    pass


class IllegalTransition(DomainError):
    """A lifecycle status that cannot follow the current one, or that we may not send."""

    def __init__(self, message: str, findings: tuple[Finding, ...] = ()) -> None:
        super().__init__(message)
        self.findings = findings


class InvoiceLocked(DomainError):
    """Once sent, an invoice does not change: corrections go through credit notes or corrective invoices."""

    def __init__(self, message: str, findings: tuple[Finding, ...] = ()) -> None:
        super().__init__(message)
        self.findings = findings


class ReadableViewUnavailable(Refusal):
    """No readable view of a received invoice: the platform has none when only its copy will do, or the document
    could not be read, so the gateway could draw none."""

    rule_id = "PDP-NO-READABLE-VIEW"


class Unauthenticated(DomainError):
    pass


class KeyLookupsBusy(DomainError):
    """Every API-key lookup the process allows at once is in flight (a flood of unknown keys): the key was not
    checked; worth retrying after `retry_after` seconds."""

    retry_after = 1.0
