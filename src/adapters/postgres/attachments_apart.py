"""A received invoice's attachments (BG-24) stored apart from its content (migrations 0900, 0901): their description as
JSON in `attachments`, their bytes as they are in `attachment_contents` (one element each, NULL for one that only
points elsewhere, BT-124).

In the content, each was base64 text in the JSON value: a reader that needed none of them had PostgreSQL unpack the
whole value to drop them, and storing one carried it as base64 text, then as JSON bytes, then as that text again,
then in the statement's buffer; read back, the same the other way. As bytes, they go into the statement's buffer
once and come back once."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from domain.invoice import Attachment, Invoice
from domain.serialization import from_json_value, invoice_to_dict, to_json_value

# Their columns, as a read that wants them selects them.
COLUMNS = "attachments, attachment_contents"


def stored(invoice: Invoice) -> tuple[dict[str, Any], list[Any] | None, list[bytes | None] | None]:
    """`invoice` as stored: its content without its attachments, their descriptions, their bytes (None, None: it
    has none)."""
    content = invoice_to_dict(replace(invoice, attachments=()))
    if not invoice.attachments:
        return content, None, None
    described = [to_json_value(replace(a, content=None)) for a in invoice.attachments]
    return content, described, [a.content for a in invoice.attachments]


def with_attachments(
    invoice: Invoice, described: list[Any] | None, contents: list[bytes | None] | None
) -> Invoice:
    """`invoice` read from its content, given back the attachments stored apart. A description that still holds its
    content (stored between 0900 and 0901, or by a process of that release) carries it itself."""
    if not described:
        return invoice
    data = contents or []
    attachments = []
    for position, description in enumerate(described):
        attachment: Attachment = from_json_value(Attachment, description)
        stored = data[position] if position < len(data) else None
        if stored is not None:
            attachment = replace(attachment, content=bytes(stored))
        attachments.append(attachment)
    return replace(invoice, attachments=tuple(attachments))
