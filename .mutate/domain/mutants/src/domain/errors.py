"""Domain errors, named in the business's words; the gRPC edge maps each to one status code."""

from __future__ import annotations

from domain.findings import Finding


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class DomainError(Exception):
    pass
mutants_xǁInvoiceRejectedǁ__init____mutmut: MutantDict = {}  # type: ignore


class InvoiceRejected(DomainError):
    """The invoice breaks at least one fatal rule; `findings` lists all of them."""

    @_mutmut_mutated(mutants_xǁInvoiceRejectedǁ__init____mutmut)
    def __init__(self, findings: tuple[Finding, ...] | list[Finding]) -> None:
        self.findings = tuple(findings)
        ids = ", ".join(sorted({f.rule_id for f in self.findings if f.is_fatal}))
        super().__init__(f"invoice rejected: {ids}")

    def xǁInvoiceRejectedǁ__init____mutmut_orig(self, findings: tuple[Finding, ...] | list[Finding]) -> None:
        self.findings = tuple(findings)
        ids = ", ".join(sorted({f.rule_id for f in self.findings if f.is_fatal}))
        super().__init__(f"invoice rejected: {ids}")

    def xǁInvoiceRejectedǁ__init____mutmut_1(self, findings: tuple[Finding, ...] | list[Finding]) -> None:
        self.findings = None
        ids = ", ".join(sorted({f.rule_id for f in self.findings if f.is_fatal}))
        super().__init__(f"invoice rejected: {ids}")

    def xǁInvoiceRejectedǁ__init____mutmut_2(self, findings: tuple[Finding, ...] | list[Finding]) -> None:
        self.findings = tuple(None)
        ids = ", ".join(sorted({f.rule_id for f in self.findings if f.is_fatal}))
        super().__init__(f"invoice rejected: {ids}")

    def xǁInvoiceRejectedǁ__init____mutmut_3(self, findings: tuple[Finding, ...] | list[Finding]) -> None:
        self.findings = tuple(findings)
        ids = None
        super().__init__(f"invoice rejected: {ids}")

    def xǁInvoiceRejectedǁ__init____mutmut_4(self, findings: tuple[Finding, ...] | list[Finding]) -> None:
        self.findings = tuple(findings)
        ids = ", ".join(None)
        super().__init__(f"invoice rejected: {ids}")

    def xǁInvoiceRejectedǁ__init____mutmut_5(self, findings: tuple[Finding, ...] | list[Finding]) -> None:
        self.findings = tuple(findings)
        ids = "XX, XX".join(sorted({f.rule_id for f in self.findings if f.is_fatal}))
        super().__init__(f"invoice rejected: {ids}")

    def xǁInvoiceRejectedǁ__init____mutmut_6(self, findings: tuple[Finding, ...] | list[Finding]) -> None:
        self.findings = tuple(findings)
        ids = ", ".join(sorted(None))
        super().__init__(f"invoice rejected: {ids}")

    def xǁInvoiceRejectedǁ__init____mutmut_7(self, findings: tuple[Finding, ...] | list[Finding]) -> None:
        self.findings = tuple(findings)
        ids = ", ".join(sorted({f.rule_id for f in self.findings if f.is_fatal}))
        super().__init__(None)

mutants_xǁInvoiceRejectedǁ__init____mutmut['_mutmut_orig'] = InvoiceRejected.xǁInvoiceRejectedǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁInvoiceRejectedǁ__init____mutmut['xǁInvoiceRejectedǁ__init____mutmut_1'] = InvoiceRejected.xǁInvoiceRejectedǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁInvoiceRejectedǁ__init____mutmut['xǁInvoiceRejectedǁ__init____mutmut_2'] = InvoiceRejected.xǁInvoiceRejectedǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁInvoiceRejectedǁ__init____mutmut['xǁInvoiceRejectedǁ__init____mutmut_3'] = InvoiceRejected.xǁInvoiceRejectedǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁInvoiceRejectedǁ__init____mutmut['xǁInvoiceRejectedǁ__init____mutmut_4'] = InvoiceRejected.xǁInvoiceRejectedǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁInvoiceRejectedǁ__init____mutmut['xǁInvoiceRejectedǁ__init____mutmut_5'] = InvoiceRejected.xǁInvoiceRejectedǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁInvoiceRejectedǁ__init____mutmut['xǁInvoiceRejectedǁ__init____mutmut_6'] = InvoiceRejected.xǁInvoiceRejectedǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁInvoiceRejectedǁ__init____mutmut['xǁInvoiceRejectedǁ__init____mutmut_7'] = InvoiceRejected.xǁInvoiceRejectedǁ__init____mutmut_7 # type: ignore # mutmut generated


class InvoiceNotFound(DomainError):
    pass


class DuplicateInvoiceNumber(DomainError):
    """BR-FR / CGI: an invoice number is unique per seller."""


class RequestConflict(DomainError):
    """The same request id was already used with other content."""


class ConcurrencyConflict(DomainError):
    pass
mutants_xǁIllegalTransitionǁ__init____mutmut: MutantDict = {}  # type: ignore


class IllegalTransition(DomainError):
    """A lifecycle status that cannot follow the current one, or that we may not send."""

    @_mutmut_mutated(mutants_xǁIllegalTransitionǁ__init____mutmut)
    def __init__(self, message: str, findings: tuple[Finding, ...] = ()) -> None:
        super().__init__(message)
        self.findings = findings

    def xǁIllegalTransitionǁ__init____mutmut_orig(self, message: str, findings: tuple[Finding, ...] = ()) -> None:
        super().__init__(message)
        self.findings = findings

    def xǁIllegalTransitionǁ__init____mutmut_1(self, message: str, findings: tuple[Finding, ...] = ()) -> None:
        super().__init__(None)
        self.findings = findings

    def xǁIllegalTransitionǁ__init____mutmut_2(self, message: str, findings: tuple[Finding, ...] = ()) -> None:
        super().__init__(message)
        self.findings = None

mutants_xǁIllegalTransitionǁ__init____mutmut['_mutmut_orig'] = IllegalTransition.xǁIllegalTransitionǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁIllegalTransitionǁ__init____mutmut['xǁIllegalTransitionǁ__init____mutmut_1'] = IllegalTransition.xǁIllegalTransitionǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁIllegalTransitionǁ__init____mutmut['xǁIllegalTransitionǁ__init____mutmut_2'] = IllegalTransition.xǁIllegalTransitionǁ__init____mutmut_2 # type: ignore # mutmut generated


class InvoiceLocked(DomainError):
    """Once sent, an invoice does not change: corrections go through credit notes or corrective invoices."""


class Unauthenticated(DomainError):
    pass
