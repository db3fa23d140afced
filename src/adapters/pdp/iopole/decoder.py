"""IOPOLE deliveries → domain values: the multipart invoice callback (or a polled invoice), the JSON status callback
(or a polled status in the same shape), and events. The recipient's address comes from X-Target-Electronic-Address.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import replace

from adapters.declared_charset import declared_codec, json_in
from adapters.multipart import MalformedMultipart, parse_form
from adapters.pdp.answers import obj
from adapters.pdp.exchange import MAX_DOCUMENT_ANSWER_BYTES
from adapters.pdp.iopole.catch_up import POLL_METADATA_HEADER
from adapters.pdp.iopole.payloads import status_from_entry
from adapters.pdp.iopole.signing import TARGET_ADDRESS_HEADER
from domain.platform_inbound import Decoded, InboundInvoice, InboundStatus, PlatformNotice, UnreadableDelivery
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


def _invoice(delivery: StoredDelivery, target: str) -> InboundInvoice:
    if delivery.source == "poll":
        meta = json.loads(delivery.headers.get(POLL_METADATA_HEADER, "{}"))
        return InboundInvoice(
            meta["invoiceId"],
            delivery.body,
            filename=meta.get("filename", ""),
            sender_accept_status=meta.get("senderAcceptStatus", ""),
            target_address=target,
        )
    form = parse_form(delivery.body, delivery.content_type, keep_bytes=MAX_DOCUMENT_ANSWER_BYTES)
    file = form.file()
    if file is None:
        raise MalformedMultipart("no file part")
    invoice_id = form.fields.get("invoiceId", "")
    _within_limit(invoice_id or "without an invoiceId", file.size)
    content = file.data
    platform_id = invoice_id or "sha256:" + hashlib.sha256(content).hexdigest()
    return InboundInvoice(
        platform_id,
        content,
        filename=file.filename,
        sender_accept_status=form.fields.get("senderAcceptStatus", ""),
        target_address=target,
    )


def _status(delivery: StoredDelivery, target: str) -> InboundStatus:
    entry = obj(json_in(delivery.body, declared_codec(delivery.content_type)), "a status callback object")
    platform_id = str(entry.get("invoiceId") or "")
    status = status_from_entry(entry)
    if not platform_id or not status.raw_code:
        raise ValueError("a status callback needs invoiceId and status.code")
    if not status.status_id:
        natural = f"{platform_id}|{status.raw_code}|{status.at.isoformat()}"
        status = replace(status, status_id="natural:" + hashlib.sha256(natural.encode()).hexdigest())
    return InboundStatus(status, platform_id=platform_id, target_address=target)


class IopoleDeliveryDecoder:
    async def decode(self, delivery: StoredDelivery) -> Sequence[Decoded]:
        target = delivery.headers.get(TARGET_ADDRESS_HEADER, "")
        try:
            if delivery.kind is DeliveryKind.INVOICE:
                return [_invoice(delivery, target)]
            if delivery.kind is DeliveryKind.STATUS:
                return [_status(delivery, target)]
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
            return [PlatformNotice("platform event recorded in the inbox", target_address=target)]
        raise UnreadableDelivery(delivery.note or "unknown payload")
