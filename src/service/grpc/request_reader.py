"""Reading request values into domain values, for every service: decimal strings, dates and proto enums. Every
malformed value of one request is collected (a finding naming the rule and the field) and reported at once.

Proto enum value name = prefix + domain member name (DOCUMENT_TYPE_CREDIT_NOTE ↔ DocumentType.CREDIT_NOTE)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from google.protobuf.internal.enum_type_wrapper import EnumTypeWrapper

from domain.bounds import RULE_DECIMAL_DIGITS, NotADate, parse_date, shorten
from domain.document_formats import DocumentFormat
from domain.document_ports import DocumentOrigin
from domain.document_types import DocumentType
from domain.emission import ProcessingState
from domain.errors import RequestRejected
from domain.findings import Finding, Severity
from domain.invoice import ProcessingRule, Territory, VatCategory
from domain.money import ZERO, DecimalOutOfBounds, NotADecimal, parse_decimal
from domain.records_ports import RecordKind
from domain.reporting.b2c import B2cCategory, TaxDueDateType
from domain.reporting.calendar import ReportKind, VatRegime
from domain.reporting.declaration import DeclarationStatus, ReportType
from pdpgateway.v1 import document_pb2 as dpb
from pdpgateway.v1 import invoice_pb2 as pb
from pdpgateway.v1 import reporting_service_pb2 as rpb

REQUEST_LAYER = "request"
RULE_DECIMAL = "PDP-DECIMAL"
RULE_DATE = "PDP-DATE"
RULE_ENUM = "PDP-ENUM"
RULE_VALUE = "PDP-VALUE"
ECHO_LENGTH = 60  # a bad value is quoted in its finding up to about this many characters

E = TypeVar("E", bound=Enum)
T = TypeVar("T")

_ENUMS: dict[type[Enum], tuple[EnumTypeWrapper, str]] = {
    DocumentType: (pb.DocumentType, "DOCUMENT_TYPE_"),
    ProcessingRule: (pb.ProcessingRule, "PROCESSING_RULE_"),
    VatCategory: (pb.VatCategory, "VAT_CATEGORY_"),
    Territory: (pb.Territory, "TERRITORY_"),
    ProcessingState: (pb.ProcessingState, "PROCESSING_STATE_"),
    Severity: (pb.Severity, "SEVERITY_"),
    VatRegime: (rpb.VatRegime, "VAT_REGIME_"),
    ReportKind: (rpb.ReportKind, "REPORT_KIND_"),
    RecordKind: (rpb.RecordKind, "RECORD_KIND_"),
    B2cCategory: (rpb.B2cCategory, "B2C_CATEGORY_"),
    TaxDueDateType: (rpb.TaxDueDateType, "TAX_DUE_DATE_TYPE_"),
    DeclarationStatus: (rpb.DeclarationStatus, "DECLARATION_STATUS_"),
    ReportType: (rpb.ReportType, "REPORT_TYPE_"),
    DocumentFormat: (dpb.DocumentFormat, "DOCUMENT_FORMAT_"),
    DocumentOrigin: (dpb.DocumentOrigin, "DOCUMENT_ORIGIN_"),
}

# (enum, member) → proto number, filled on first use; keyed by type too: str-valued members of two enums are equal.
_NUMBERS: dict[tuple[type[Enum], Enum], int] = {}
_MEMBERS: dict[type[Enum], dict[int, Any]] = {}


def enum_to_proto(value: Enum | None) -> Any:
    """The proto number of a domain member (0: unspecified). Typed Any because the generated stubs type each enum
    field with its own enum class, and one number fits them all."""
    if value is None:
        return 0
    key = (type(value), value)
    number = _NUMBERS.get(key)
    if number is None:
        wrapper, prefix = _ENUMS[type(value)]
        if isinstance(value, DocumentType) and not value.is_french:
            # proto DocumentType numbers are the UNTDID 1001 codes: a foreign code travels as its number (open enum)
            number = _NUMBERS[key] = int(value.value)
        else:
            number = _NUMBERS[key] = wrapper.Value(prefix + value.name)
    return number


def enum_from_name(domain_enum: type[E], name: str) -> E:
    """A domain member from its proto name with or without prefix ("SENT", "PROCESSING_STATE_SENT")."""
    _, prefix = _ENUMS[domain_enum]
    return domain_enum[name.upper().removeprefix(prefix)]


def enum_member(domain_enum: type[E], number: int) -> E | None:
    """The domain member of a proto number; None for 0 (unspecified) or a number the domain lacks."""
    return _members(domain_enum).get(number)


def _members(domain_enum: type[E]) -> dict[int, E]:
    """Proto number → domain member, built once per enum (a proto value the domain lacks is absent)."""
    members = _MEMBERS.get(domain_enum)
    if members is None:
        wrapper, prefix = _ENUMS[domain_enum]
        names = {m.name: m for m in domain_enum}
        members = {
            number: names[name.removeprefix(prefix)]
            for name, number in wrapper.items()
            if name.removeprefix(prefix) in names
        }
        _MEMBERS[domain_enum] = members
    return members


class RequestReader:
    """Collects every malformed value of one request instead of failing on the first. `bt` names the business
    term of an invoice field in its finding; `required_by` is the rule an absent value breaks (none: optional)."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []

    def fail(self, rule_id: str, path: str, bt: str, message: str) -> None:
        where = f"{path} ({bt})" if bt else path
        self.findings.append(Finding(rule_id, Severity.FATAL, message, where, layer=REQUEST_LAYER))

    def missing(self, path: str, bt: str, required_by: str) -> None:
        """An absent value: a finding only when `required_by` names the rule that wants it."""
        if required_by:
            self.fail(required_by, path, bt, "is mandatory")

    def decimal(self, text: str, path: str, bt: str = "", required_by: str = "") -> Decimal | None:
        """None when empty (absent); when `required_by` names a rule, absence breaks it."""
        if not text.strip():
            self.missing(path, bt, required_by)
            return None
        try:
            return parse_decimal(text)
        except DecimalOutOfBounds as exc:
            self.fail(RULE_DECIMAL_DIGITS, path, bt, str(exc).removeprefix("value: "))
            return None
        except NotADecimal:
            self.fail(
                RULE_DECIMAL,
                path,
                bt,
                f'{shorten(text, ECHO_LENGTH)!r} is not a decimal number such as "1234.50"',
            )
            return None

    def amount(self, text: str, path: str, bt: str, required_by: str) -> Decimal:
        """A mandatory decimal: ZERO stands in for a missing or bad one, which is already a finding."""
        value = self.decimal(text, path, bt, required_by)
        return ZERO if value is None else value

    def date(self, text: str, path: str, bt: str = "", required_by: str = "") -> date | None:
        if not text.strip():
            self.missing(path, bt, required_by)
            return None
        try:
            return parse_date(text)
        except NotADate as exc:
            self.fail(RULE_DATE, path, bt, str(exc))
            return None

    def enum(
        self,
        domain_enum: type[E],
        number: int,
        path: str,
        bt: str = "",
        required_by: str = "",
        default: E | None = None,
    ) -> E | None:
        """0 (unspecified) is `default`, else absent; an unknown number is a PDP-ENUM finding."""
        member = _members(domain_enum).get(number) if number else None
        if member is not None:
            return member
        if domain_enum is DocumentType and 0 < number < 1000:
            # another UNTDID 1001 code (a document made elsewhere, read back): the rules judge it (BR-FR-04, BR-CL-01)
            return DocumentType(str(number))  # type: ignore[return-value]  # E is DocumentType here
        if number == 0:
            if default is not None:
                return default
            self.missing(path, bt, required_by)
            return None
        wrapper, _ = _ENUMS[domain_enum]
        self._unknown(wrapper, number, path, bt)
        return None

    def known(
        self, wrapper: EnumTypeWrapper, number: int, path: str, bt: str = "", required_by: str = ""
    ) -> bool:
        """`number` is a value the proto enum `wrapper` defines; else a PDP-ENUM finding. A client on a newer proto,
        or a hostile one, may send any number: it is never read as a default. When `required_by` names a rule, 0
        (unspecified) breaks it."""
        if number == 0 and required_by:
            self.missing(path, bt, required_by)
            return False
        if number in wrapper.values():
            return True
        self._unknown(wrapper, number, path, bt)
        return False

    def _unknown(self, wrapper: EnumTypeWrapper, number: int, path: str, bt: str) -> None:
        self.fail(RULE_ENUM, path, bt, f"{number} is not a known {wrapper.DESCRIPTOR.name} value")

    def build(self, path: str, make: Callable[[], T]) -> T | None:
        """Run a domain constructor once its fields parsed; its refusal becomes a finding on `path`."""
        if any(f.path.startswith(path) for f in self.findings):
            return None
        try:
            return make()
        except (ValueError, TypeError) as exc:
            self.fail(RULE_VALUE, path, "", str(exc))
            return None

    def done(self, error: Callable[[list[Finding]], Exception] = RequestRejected) -> None:
        """Raise every finding at once (RequestRejected, or the error given, e.g. InvoiceRejected)."""
        if self.findings:
            raise error(self.findings)
