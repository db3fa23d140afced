"""IOPOLE's deliveries read: a callback of another shape is unreadable (kept, visible, replayable); a bug of the
decoder's own is not taken for one (it surfaces as the inbox relay's failure, with its traceback)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from adapters.pdp.iopole import decoder as iopole_decoder
from adapters.pdp.iopole.decoder import IopoleDeliveryDecoder
from domain.platform_inbound import InboundStatus, UnreadableDelivery
from domain.reception import DeliveryKind, DeliveryState, StoredDelivery

STATUS = {
    "invoiceId": "p-1",
    "statusId": "s-1",
    "date": "2026-12-07T08:00:00Z",
    "status": {"code": "DEPOSITED"},
}


def status_delivery(body: Any) -> StoredDelivery:
    return StoredDelivery(
        "iopole",
        "webhook",
        DeliveryKind.STATUS,
        "iopole:status:s-1",
        json.dumps(body).encode(),
        "application/json",
        id=1,
        state=DeliveryState.PENDING,
        attempts=0,
        received_at=datetime(2026, 12, 7, tzinfo=UTC),
    )


async def test_a_status_callback_reads() -> None:
    [decoded] = await IopoleDeliveryDecoder().decode(status_delivery(STATUS))
    assert isinstance(decoded, InboundStatus) and decoded.platform_id == "p-1"


@pytest.mark.parametrize(
    "body",
    [[STATUS], "DEPOSITED", {**STATUS, "status": "DEPOSITED"}, {**STATUS, "json": ["x"]}],
    ids=["array", "text", "status-text", "json-array"],
)
async def test_a_status_callback_of_another_shape_is_unreadable(body: Any) -> None:
    with pytest.raises(UnreadableDelivery, match="unreadable status"):
        await IopoleDeliveryDecoder().decode(status_delivery(body))


async def test_a_bug_of_the_decoder_s_own_is_not_taken_for_an_unreadable_delivery(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An AttributeError was read as the platform's unreadable delivery: parked for an operator to replay, when the
    gateway's code needed fixing, and its traceback lost."""

    def renamed_half_way(entry: Any) -> Any:
        return entry.status_code  # an attribute our own value does not have

    monkeypatch.setattr(iopole_decoder, "status_from_entry", renamed_half_way)
    with pytest.raises(AttributeError):
        await IopoleDeliveryDecoder().decode(status_delivery(STATUS))
