"""Every request of every service, bounded before its method runs: the texts (XML 1.0 characters, length) and
the list sizes of `domain.bounds`, with the proto field paths ("states[3]", "filter.counterparty").

A NUL in an invoice id must not reach PostgreSQL (which refuses it: INTERNAL), nor an XML-illegal character a
document; a million-entry list must not reach a use case. The texts of the `Invoice` message are left to its
mapping (`mapping.invoice_from_proto`), which applies the same bounds with the invoice's own limits; its lists are
counted here, with those limits (MAX_LINES lines, MAX_ITEMS of anything else), because the mapping reads every
entry (a decimal parsed in each) before it counts them: a million lines took it a minute of a worker. The entries
of every list of the request are also counted together (MAX_REQUEST_ENTRIES), however deep. Bytes
(documents) are bounded by the document readers. The gateway's messages are not recursive: the walk's depth is
the schema's.
"""

from __future__ import annotations

from typing import cast

from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

from domain.bounds import (
    LONG_TEXT_FIELDS,
    MAX_LINES,
    MAX_LONG_TEXT,
    MAX_REQUEST_ENTRIES,
    MAX_TEXT,
    list_findings,
    list_limit,
    request_entries_findings,
    text_findings,
    xml_chars_only,
)
from domain.findings import Finding

MAPPED_MESSAGES = frozenset({"pdpgateway.v1.Invoice"})  # bounded by their mapping, with their own limits

_STRING = FieldDescriptor.TYPE_STRING


def request_findings(request: Message) -> list[Finding]:
    """Every text and list bound `request` breaks; empty (and cheap: no path built) for a request within them."""
    texts: list[str] = []
    entries = [0]
    if _within(request, texts, entries) and xml_chars_only("".join(texts)):
        return []
    found: list[Finding] = []
    _collect(request, "", found)
    return found or request_entries_findings(_entries(request))


def _limit(field: FieldDescriptor) -> int:
    return MAX_LONG_TEXT if field.name in LONG_TEXT_FIELDS else MAX_TEXT


def _within(msg: Message, texts: list[str], entries: list[int]) -> bool:
    """Whether `msg`'s texts and lists are within their bounds, its texts gathered into `texts` (their characters
    checked at once by the caller) and its list entries counted into `entries[0]`."""
    for field, value in msg.ListFields():
        repeated = field.is_repeated
        if field.type == _STRING:
            values = value if repeated else (value,)
            if repeated and not _add(entries, len(values), MAX_LINES):
                return False
            limit = _limit(field)
            for text in values:
                if len(text) > limit:
                    return False
                texts.append(text)
        elif (message := field.message_type) is None:
            if repeated and not _add(entries, len(value), MAX_LINES):
                return False  # a list of numbers (ListInvoices' states): a list like any other
        else:
            if message.GetOptions().map_entry:
                continue  # no map fields in the gateway's requests
            values = value if repeated else (value,)
            if repeated and not _add(entries, len(values), MAX_LINES):
                return False
            mapped = message.full_name in MAPPED_MESSAGES
            for item in values:
                if not (_counted(item, entries) if mapped else _within(item, texts, entries)):
                    return False
    return True


def _add(entries: list[int], size: int, limit: int) -> bool:
    """`size` more entries counted, a list of at most `limit`; whether both are within their bounds."""
    entries[0] += size
    return size <= limit and entries[0] <= MAX_REQUEST_ENTRIES


def _entries(msg: Message) -> int:
    """The entries of every list of `msg`, at any depth (past their bound: the request is refused anyway)."""
    total = 0
    for field, value in msg.ListFields():
        if field.message_type is not None and not field.message_type.GetOptions().map_entry:
            values = value if field.is_repeated else (value,)
            total += sum(_entries(item) for item in values)
        if field.is_repeated:
            total += len(value)
    return total


# (field name, its size limit or 0 when not repeated, the plan of its message or None): only the fields that are
# lists or lead to one, so a 10,000-line invoice costs a few attribute reads per line rather than a walk of each.
_Plan = tuple[tuple[str, int, "_Plan | None"], ...]
_PLANS: dict[str, _Plan] = {}


def _plan(message: Descriptor) -> _Plan:
    known = _PLANS.get(message.full_name)
    if known is not None:
        return known
    _PLANS[message.full_name] = ()  # the schema has no cycle; this only guards the recursion below
    steps = []
    for field in message.fields:
        repeated = field.is_repeated
        sub = field.message_type
        inner = _plan(sub) if sub is not None and not sub.GetOptions().map_entry else None
        if repeated or inner:
            steps.append((field.name, list_limit(field.name) if repeated else 0, inner or None))
    _PLANS[message.full_name] = plan = tuple(steps)
    return plan


def _counted(msg: Message, entries: list[int]) -> bool:
    """Every list of a mapped message (an Invoice) within its size, at any depth, its entries counted."""
    for name, limit, inner in _plan(cast(Descriptor, msg.DESCRIPTOR)):
        if limit:
            values = getattr(msg, name)
            if not _add(entries, len(values), limit):
                return False
            if inner is not None and not all(_counted(item, entries) for item in values):
                return False
        elif msg.HasField(name) and not _counted(getattr(msg, name), entries):
            return False
    return True


def _collect_sizes(msg: Message, path: str, found: list[Finding]) -> None:
    for name, limit, inner in _plan(cast(Descriptor, msg.DESCRIPTOR)):
        where = f"{path}.{name}"
        if limit:
            values = getattr(msg, name)
            found.extend(list_findings(len(values), where, limit))
            if inner is not None:
                for i, item in enumerate(values[:limit]):
                    _collect_sizes(item, f"{where}[{i}]", found)
        elif msg.HasField(name):
            _collect_sizes(getattr(msg, name), where, found)


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
        elif (message := field.message_type) is None:
            if repeated:
                found.extend(list_findings(len(value), name, MAX_LINES))
        else:
            if message.GetOptions().map_entry:
                continue
            # a mapped message (an Invoice): its lists only, its texts are its mapping's
            walk = _collect_sizes if message.full_name in MAPPED_MESSAGES else _collect
            if repeated:
                found.extend(list_findings(len(value), name, MAX_LINES))
                for i, item in enumerate(value[:MAX_LINES]):
                    walk(item, f"{name}[{i}]", found)
            else:
                walk(value, name, found)
