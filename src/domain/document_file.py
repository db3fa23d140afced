"""A document as bytes: what every record that carries a document's content shares.

The rendered invoice, the platform document (stored, processed), the client's submitted original, the document an
invoice's API answers with, and the flux 10 report filed with the administration are each a `DocumentFile`, plus
what they say about it (syntax, profile, report...); a received invoice holds one (domain.reception).

Not one of them, on purpose: the platform's deposit (domain.platform.OutboundDocument: no media type, each platform
derives it from the syntax), an archived item (domain.archive_ports.ArchivedItem: the store names the bytes by
their hash, and a listing reads no bytes), an invoice's attachment (BG-24: bytes or a link, no hash) and a
platform delivery before it is read (domain.platform_inbound.InboundInvoice: its media type is not known yet).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class DocumentFile:
    """`sha256` is the hex digest of `content`, as written when the bytes were made or received. It is not checked
    on each construction (a repository reading a 50 MB document back would hash it again): `of` computes it, and
    the edge where it matters checks it (domain.platform.OutboundDocument refuses a mismatch before a deposit). A
    summary read of a received invoice leaves `content` empty and keeps the other three."""

    media_type: str
    filename: str
    sha256: str
    content: bytes = field(repr=False)

    @classmethod
    def of(cls, content: bytes, media_type: str, filename: str) -> DocumentFile:
        return cls(media_type, filename, hashlib.sha256(content).hexdigest(), content)

    def file_fields(self) -> dict[str, Any]:
        """The fields a `DocumentFile` has, by name: a record that is this file plus more is built from them
        (`InvoiceDocument(**doc.file_fields(), format=...)`), whatever record `self` is."""
        return {f.name: getattr(self, f.name) for f in fields(DocumentFile)}
