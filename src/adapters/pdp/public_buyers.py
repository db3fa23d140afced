"""What a directory line says a public buyer requires of an invoice (domain.b2g), in XP Z12-013's words
(b2gAdditionalData): AFNOR's directory gives them on a SIRET line's facility, IOPOLE's mirrors the PPF's and gives
them on the entity."""

from __future__ import annotations

from collections.abc import Mapping


def requirements(b2g: object) -> dict[str, bool]:
    """The DirectoryEntry fields a `b2gAdditionalData` object states (anything but an object states none)."""
    b2g = b2g if isinstance(b2g, Mapping) else {}
    return {
        "requires_engagement": bool(b2g.get("managesLegalCommitmentCode")),
        "requires_service_code": bool(b2g.get("serviceCodeStatus")),
        "requires_engagement_or_service_code": bool(b2g.get("managesLegalCommitmentOrServiceCode")),
    }
