"""Webhook JSON callbacks read in the charset their Content-Type declares, at the route (which names the delivery)
and at the decoder (which reads it from the inbox): a status or flow in ISO-8859-1 was "not JSON" as UTF-8 (stored
unreadable, under its content hash: the same flow by catch-up was a second delivery). A charset no codec knows is
refused 415 before the body is read.

The routes run as serve mounts them, in process over ASGI, with an in-memory inbox.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from starlette.applications import Starlette

from adapters.pdp.afnor.decoder import flow_of
from adapters.pdp.iopole.decoder import IopoleDeliveryDecoder
from domain.platform_inbound import InboundStatus, UnreadableDelivery
from domain.reception import Delivery, DeliveryKind, DeliveryState, StoredDelivery
from tests.fakes import InMemoryDeliveryStore
from tests.support.spooled_callbacks import SlicedBody, afnor, iopole
from tests.support.webhooks import (
    AFNOR_FLOW_PATH,
    IOPOLE_STATUS_PATH,
    PulledBody,
    call_app,
    platform_routes,
    status_body,
)

FLOW = {"flowId": "F-é1", "updatedAt": "2026-12-07T10:00:00Z", "name": "Facture Société Générale.xml"}
STATUS = status_body("inv-é", "REFUSED", status_id="s-1", reason="Quantité erronée")


def afnor_headers(body: bytes, content_type: str) -> dict[str, str]:
    return afnor(body, True) | {"Content-Type": content_type}


def iopole_headers(body: bytes, content_type: str) -> dict[str, str]:
    return iopole(IOPOLE_STATUS_PATH, body, content_type, True)


async def post(path: str, body: bytes, headers: dict[str, str]) -> tuple[int, InMemoryDeliveryStore]:
    store = InMemoryDeliveryStore()
    answered = await call_app(Starlette(routes=platform_routes(store)), path, headers, SlicedBody(body))
    return answered, store


@pytest.mark.parametrize("charset", ["ISO-8859-1", "windows-1252", "utf-16", "UTF-8"])
async def test_an_afnor_flow_is_read_in_the_charset_it_declares(charset: str) -> None:
    body = json.dumps(FLOW, ensure_ascii=False).encode(charset)
    answered, store = await post(
        AFNOR_FLOW_PATH, body, afnor_headers(body, f"application/json; charset={charset}")
    )
    assert answered == 200
    [stored] = store.deliveries
    assert (stored.kind, stored.note, stored.dedup_key) == (
        DeliveryKind.FLOW,
        "",
        "afnor:flow:F-é1@2026-12-07T10:00:00Z",
    )
    assert stored.body == body  # kept as it came, its Content-Type with it
    assert flow_of(stored_as(stored))["name"] == "Facture Société Générale.xml"


@pytest.mark.parametrize("charset", ["ISO-8859-1", "cp1252"])
async def test_an_iopole_status_is_read_in_the_charset_it_declares(charset: str) -> None:
    body = json.dumps(STATUS, ensure_ascii=False).encode(charset)
    content_type = f'application/json;charset="{charset}"'
    answered, store = await post(IOPOLE_STATUS_PATH, body, iopole_headers(body, content_type))
    assert answered == 200
    [stored] = store.deliveries
    assert (stored.kind, stored.note) == (DeliveryKind.STATUS, "")
    [decoded] = await IopoleDeliveryDecoder().decode(stored_as(stored))
    assert isinstance(decoded, InboundStatus) and decoded.platform_id == "inv-é"


@pytest.mark.parametrize(
    ("path", "headers"),
    [
        pytest.param(AFNOR_FLOW_PATH, afnor_headers, id="afnor-flow"),
        pytest.param(IOPOLE_STATUS_PATH, iopole_headers, id="iopole-status"),
    ],
)
async def test_a_charset_no_codec_knows_is_refused_before_the_body_is_read(path, headers) -> None:
    store = InMemoryDeliveryStore()
    body = PulledBody(4, b"x" * 65536)
    content_type = "application/json; charset=x-martian-8"
    answer = await call_app(Starlette(routes=platform_routes(store)), path, headers(b"", content_type), body)
    assert answer == 415
    assert body.pulled == 0
    assert store.deliveries == []


def stored_as(delivery: Delivery) -> StoredDelivery:
    return StoredDelivery(
        delivery.platform,
        delivery.source,
        delivery.kind,
        delivery.dedup_key,
        delivery.body,
        delivery.content_type,
        id=1,
        state=DeliveryState.PENDING,
        attempts=0,
        received_at=datetime(2026, 12, 7, tzinfo=UTC),
    )


async def test_a_stored_status_in_a_charset_no_codec_knows_is_unreadable_not_a_crash() -> None:
    """Stored before the route refused such charsets: kept, visible, replayable."""
    body = json.dumps(STATUS).encode()
    delivery = Delivery(
        "iopole", "webhook", DeliveryKind.STATUS, "k", body, "application/json; charset=x-nope"
    )
    with pytest.raises(UnreadableDelivery, match="is not one the gateway reads"):
        await IopoleDeliveryDecoder().decode(stored_as(delivery))
