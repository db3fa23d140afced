"""Documents between protobuf (document.proto) and the document adapters' values."""

from __future__ import annotations

from typing import Any

from domain.document_formats import DocumentFormat, Profile
from domain.document_ports import InvoiceDocument
from domain.findings import Conclusion, LayerVerdict, ValidationReport
from domain.validation_scope import RuleSelection
from pdpgateway.v1 import document_pb2 as dpb
from pdpgateway.v1 import document_service_pb2 as svc
from pdpgateway.v1 import reception_service_pb2 as rpb
from service.grpc.fields import Fields
from service.grpc.mapping import finding_to_proto
from service.grpc.request_reader import enum_member, enum_to_proto
from service.usecases.emission.documents import rejected

# Formats and origins map by name (service.grpc.request_reader); these two cannot: the proto writes BASICWL where
# the domain writes BASIC_WL, and AUTO is the proto's UNSPECIFIED. Values typed Any: the generated stubs type each
# enum field with its own class, and a number fits them all.
PROFILE_TO_PROTO: dict[Profile, Any] = {
    Profile.EN16931: dpb.DOCUMENT_PROFILE_EN16931,
    Profile.EXTENDED_CTC_FR: dpb.DOCUMENT_PROFILE_EXTENDED_CTC_FR,
    Profile.BASIC_WL: dpb.DOCUMENT_PROFILE_BASICWL,
    Profile.EXTENDED: dpb.DOCUMENT_PROFILE_EXTENDED,
}
RULES_FROM_PROTO: dict[int, RuleSelection] = {
    svc.VALIDATION_RULES_UNSPECIFIED: RuleSelection.AUTO,
    svc.VALIDATION_RULES_EN16931: RuleSelection.EN16931,
    svc.VALIDATION_RULES_FR: RuleSelection.FR,
}
_PROFILES: dict[int, Profile] = {v: k for k, v in PROFILE_TO_PROTO.items()}


def rules_from_proto(number: int) -> RuleSelection:
    if number not in RULES_FROM_PROTO:
        raise rejected(
            "PDP-ENUM", "rules", f"rules must be one of UNSPECIFIED (auto), EN16931, FR (got {number})"
        )
    return RULES_FROM_PROTO[number]


def format_from_proto(number: int, path: str) -> DocumentFormat:
    fmt = enum_member(DocumentFormat, number)
    if fmt is None:
        raise rejected("PDP-ENUM", path, f"{path} must be one of CII, UBL, FACTURX (got {number})")
    return fmt


def optional_format(number: int, path: str) -> DocumentFormat | None:
    """None for UNSPECIFIED; an unknown number is a rejected request."""
    return None if number == dpb.DOCUMENT_FORMAT_UNSPECIFIED else format_from_proto(number, path)


def profile_from_proto(number: int, path: str) -> Profile | None:
    if number == dpb.DOCUMENT_PROFILE_UNSPECIFIED:
        return None
    if number not in _PROFILES:
        raise rejected(
            "PDP-ENUM", path, f"BT-24: {path} must be EN16931, EXTENDED_CTC_FR, BASICWL or EXTENDED"
        )
    return _PROFILES[number]


def profile_to_proto(profile: Profile | None) -> Any:
    return PROFILE_TO_PROTO[profile] if profile else dpb.DOCUMENT_PROFILE_UNSPECIFIED


_DOCUMENT = Fields(InvoiceDocument, dpb.Document, "content", "media_type", "sha256", "filename")


def document_to_proto(doc: InvoiceDocument) -> dpb.Document:
    return _DOCUMENT.to_proto(doc, format=enum_to_proto(doc.format), profile=profile_to_proto(doc.profile))


# A verdict's `passed` is a property: the call writes it.
_LAYER = Fields(LayerVerdict, rpb.LayerVerdict, "layer", "artifact", "ran", "fatal", "warnings")
_CONCLUSION = Fields(Conclusion, rpb.ValidationConclusion, "rules", "applies", "reason", "layers", "passed")


def report_to_proto(report: ValidationReport, *, valid: bool | None = None) -> rpb.ValidationReport:
    """`valid`: a verdict recorded earlier, shown as it was; by default the report's own."""
    return rpb.ValidationReport(
        valid=report.valid if valid is None else valid,
        complete=report.complete,
        findings=[finding_to_proto(f) for f in report.findings],
        errors=list(report.errors),
        artifacts=[rpb.ValidationArtifact(name=n, version=v) for n, v in report.artifacts],
        layers=[_LAYER.to_proto(v, passed=v.passed) for v in report.layers],
        conclusions=[_CONCLUSION.to_proto(c) for c in report.conclusions],
    )
