"""Official validation layers (XSD, CEN EN 16931, EXTENDED-CTC-FR, Factur-X, BR-FR, BR-FR-CDV) on document bytes."""

from adapters.documents.validation.artifacts import ArtifactCatalog, ArtifactUnavailable
from adapters.documents.validation.detect import DocumentKind, UnrecognisedDocument, detect_document
from adapters.documents.validation.validator import OfficialValidator, default_validator, validate_document

__all__ = [
    "ArtifactCatalog",
    "ArtifactUnavailable",
    "DocumentKind",
    "OfficialValidator",
    "UnrecognisedDocument",
    "default_validator",
    "detect_document",
    "validate_document",
]
