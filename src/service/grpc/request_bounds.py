"""Every request of every service, bounded before its method runs: the texts (XML 1.0 characters, length) and
the list sizes of `domain.bounds`, with the proto field paths ("states[3]", "filter.counterparty").

A NUL in an invoice id must not reach PostgreSQL (which refuses it: INTERNAL), nor an XML-illegal character a
document; a million-entry list must not reach a use case. The `Invoice` message is left to its mapping
(`mapping.invoice_from_proto`), which applies the same bounds with the invoice's own limits; bytes (documents)
are bounded by the document readers. The gateway's messages are not recursive: the walk's depth is the schema's.
"""

from __future__ import annotations

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message

from domain.bounds import (
    LONG_TEXT_FIELDS,
    MAX_LINES,
    MAX_LONG_TEXT,
    MAX_TEXT,
    list_findings,
    text_findings,
    xml_chars_only,
)
from domain.findings import Finding

MAPPED_MESSAGES = frozenset({"pdpgateway.v1.Invoice"})  # bounded by their mapping, with their own limits

_STRING = FieldDescriptor.TYPE_STRING


def request_findings(request: Message) -> list[Finding]:
    """Every text and list bound `request` breaks; empty (and cheap: no path built) for a request within them."""
    texts: list[str] = []
    if _within(request, texts) and xml_chars_only("".join(texts)):
        return []
    found: list[Finding] = []
    _collect(request, "", found)
    return found


def _limit(field: FieldDescriptor) -> int:
    return MAX_LONG_TEXT if field.name in LONG_TEXT_FIELDS else MAX_TEXT


def _within(msg: Message, texts: list[str]) -> bool:
    for field, value in msg.ListFields():
        repeated = field.is_repeated
        if field.type == _STRING:
            values = value if repeated else (value,)
            if repeated and len(values) > MAX_LINES:
                return False
            limit = _limit(field)
            for text in values:
                if len(text) > limit:
                    return False
                texts.append(text)
        elif (message := field.message_type) is not None and message.full_name not in MAPPED_MESSAGES:
            if message.GetOptions().map_entry:
                continue  # no map fields in the gateway's requests
            values = value if repeated else (value,)
            if repeated and len(values) > MAX_LINES:
                return False
            for item in values:
                if not _within(item, texts):
                    return False
    return True


def _collect(msg: Message, path: str, found: list[Finding]) -> None:
    for field, value in msg.ListFields():
        name = f"{path}.{field.name}" if path else field.name
        repeated = field.is_repeated
        if field.type == _STRING:
            if repeated:
                found.extend(list_findings(len(value), name, MAX_LINES))
                for i, text in enumerate(value[:MAX_LINES]):
                    found.extend(text_findings(text, f"{name}[{i}]", _limit(field)))
            else:
                found.extend(text_findings(value, name, _limit(field)))
        elif (message := field.message_type) is not None and message.full_name not in MAPPED_MESSAGES:
            if message.GetOptions().map_entry:
                continue
            if repeated:
                found.extend(list_findings(len(value), name, MAX_LINES))
                for i, item in enumerate(value[:MAX_LINES]):
                    _collect(item, f"{name}[{i}]", found)
            else:
                _collect(value, name, found)
