"""IOPOLE deliveries → domain values: the multipart invoice callback (or a polled invoice), the JSON status callback
(or a polled status in the same shape), and events.

What IOPOLE signs decides (adapters.pdp.iopole.webhook): an invoice callback's document (its file part) and a JSON
callback's whole body. An invoice callback's invoiceId is a form field nobody signs, so it is a claim the platform
confirms: the invoice IOPOLE gives under that id (`GET /v1/invoice/{id}/download`) must be the very file the callback
carried. Each id the delivery's copies named that IOPOLE confirms is a received invoice of that document (two: the
same file deposited twice, the second a copy), and with none the delivery is UnconfirmedDelivery (routed nowhere). A polled invoice's id and target address come from our own authenticated
calls. X-Target-Electronic-Address, unsigned, is never taken from a webhook: a received invoice goes to the buyer its
document names (service.workers.reception.processing), a status to the invoice it names.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from adapters.declared_charset import declared_codec, json_in
from adapters.multipart import MalformedMultipart, parse_form
from adapters.pdp.answers import obj
from adapters.pdp.exchange import MAX_DOCUMENT_ANSWER_BYTES
from adapters.pdp.iopole.catch_up import POLL_METADATA_HEADER
from adapters.pdp.iopole.payloads import status_from_entry
from adapters.pdp.iopole.signing import TARGET_ADDRESS_HEADER
from domain.platform import PlatformRejected, SubmissionNotFound
from domain.platform_inbound import (
    Decoded,
    InboundInvoice,
    InboundStatus,
    PlatformNotice,
    UnconfirmedDelivery,
    UnreadableDelivery,
)
from domain.reception import DeliveryKind, StoredDelivery


def _within_limit(platform_id: str, size: int) -> None:
    """A received document holds MAX_DOCUMENT_ANSWER_BYTES, one limit whatever the platform (an AFNOR flow's download
    stops there): IOPOLE's webhook bodies reach 100 MiB, so a larger document arrives whole, stored at the door so that
    the platform stops sending it, and is refused here, named, before anything reads it (nor copies it out of its
    delivery: split whole, a 98 MiB one cost the inbox worker 3 times its size)."""
    if size > MAX_DOCUMENT_ANSWER_BYTES:
        raise UnreadableDelivery(
            f"IOPOLE invoice {platform_id}: its document is {size} bytes, over the "
            f"{MAX_DOCUMENT_ANSWER_BYTES} bytes a received document may hold; not read: ask its sender for it by "
            "another way"
        )


# An id we may put in a path of IOPOLE's API (`/v1/invoice/{id}/download`): one segment, never `..`
_PATH_SEGMENT = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}")


class InvoiceFiles(Protocol):
    async def download(self, platform_id: str, *, readable: bool = False) -> bytes: ...


def _polled(delivery: StoredDelivery) -> InboundInvoice:
    meta = json.loads(delivery.headers.get(POLL_METADATA_HEADER, "{}"))
    return InboundInvoice(
        meta["invoiceId"],
        delivery.body,
        filename=meta.get("filename", ""),
        sender_accept_status=meta.get("senderAcceptStatus", ""),
        target_address=delivery.headers.get(TARGET_ADDRESS_HEADER, ""),
    )


@dataclass(frozen=True, slots=True)
class _Callback:
    """An invoice callback's form: its document and the ids its copies named (the first its own)."""

    content: bytes
    filename: str
    sender_accept_status: str
    claimed: tuple[str, ...]


def _callback(delivery: StoredDelivery) -> _Callback:
    form = parse_form(delivery.body, delivery.content_type, keep_bytes=MAX_DOCUMENT_ANSWER_BYTES)
    file = form.file()
    if file is None:
        raise MalformedMultipart("no file part")
    named = form.fields.get("invoiceId", "")
    _within_limit(named or "without an invoiceId", file.size)
    claimed = tuple(dict.fromkeys(i for i in (*delivery.claimed_ids, named) if i))
    return _Callback(file.data, file.filename, form.fields.get("senderAcceptStatus", ""), claimed)


async def _confirmed(files: InvoiceFiles, callback: _Callback) -> list[str]:
    """The ids IOPOLE gives this very file under, in the order they came; UnconfirmedDelivery when none
    (PlatformUnavailable and the other failures of the call propagate: processing waits the platform out, or
    retries)."""
    confirmed = []
    for platform_id in callback.claimed:
        if not _PATH_SEGMENT.fullmatch(platform_id):
            continue
        try:
            if await files.download(platform_id) == callback.content:
                confirmed.append(platform_id)
        except (SubmissionNotFound, PlatformRejected):
            continue  # no such invoice, or one IOPOLE refuses to give us
    if confirmed:
        return confirmed
    sha256 = hashlib.sha256(callback.content).hexdigest()
    raise UnconfirmedDelivery(
        f"IOPOLE invoice callback (document sha256 {sha256}): no invoiceId it was sent with is confirmed by IOPOLE "
        f"({', '.join(callback.claimed) or 'none given'}; the invoice IOPOLE gives under each is not this document): "
        "a copy changed in transit, or IOPOLE cannot tell yet; the copy with the genuine id queues it again"
    )


def _status(delivery: StoredDelivery) -> InboundStatus:
    entry = obj(json_in(delivery.body, declared_codec(delivery.content_type)), "a status callback object")
    platform_id = str(entry.get("invoiceId") or "")
    status = status_from_entry(entry)
    if not platform_id or not status.raw_code:
        raise ValueError("a status callback needs invoiceId and status.code")
    if not status.status_id:
        natural = f"{platform_id}|{status.raw_code}|{status.at.isoformat()}"
        status = replace(status, status_id="natural:" + hashlib.sha256(natural.encode()).hexdigest())
    return InboundStatus(status, platform_id=platform_id)


class IopoleDeliveryDecoder:
    def __init__(self, files: InvoiceFiles | None = None) -> None:
        """`files`: the profile's client, which confirms an invoice callback's invoiceId; None (the standalone
        decoder, for a profile that is not open): the first id named is taken as it came."""
        self._files = files

    async def decode(self, delivery: StoredDelivery) -> Sequence[Decoded]:
        try:
            if delivery.kind is DeliveryKind.INVOICE:
                return await self._invoices(delivery)
            if delivery.kind is DeliveryKind.STATUS:
                return [_status(delivery)]
        except (
            MalformedMultipart,
            ValueError,
            KeyError,
            TypeError,  # what a shape check raises (adapters.pdp.answers): an AttributeError is a bug of ours
            RecursionError,
            OverflowError,
        ) as exc:
            what = "invoice delivery" if delivery.kind is DeliveryKind.INVOICE else "status"
            raise UnreadableDelivery(f"unreadable {what}: {exc}") from None
        if delivery.kind is DeliveryKind.EVENT:
            return [PlatformNotice("platform event recorded in the inbox")]
        raise UnreadableDelivery(delivery.note or "unknown payload")

    async def _invoices(self, delivery: StoredDelivery) -> list[InboundInvoice]:
        if delivery.source == "poll":
            return [_polled(delivery)]
        callback = _callback(delivery)
        if self._files is not None:
            ids = await _confirmed(self._files, callback)
        else:  # the first copy's own, as it came
            ids = [next(iter(callback.claimed), "sha256:" + hashlib.sha256(callback.content).hexdigest())]
        return [
            InboundInvoice(
                platform_id,
                callback.content,
                filename=callback.filename,
                sender_accept_status=callback.sender_accept_status,
            )
            for platform_id in ids
        ]
