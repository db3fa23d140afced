"""AFNOR deliveries → domain values, and the flows/search catch-up, over in-memory fakes of the flow service."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from adapters.pdp.afnor import catch_up
from adapters.pdp.afnor.catch_up import AfnorCatchUp, flow_delivery, flow_key
from adapters.pdp.afnor.cdar import CdarSubject, write_status
from adapters.pdp.afnor.client import FlowPage, flow_page
from adapters.pdp.afnor.decoder import AfnorDeliveryDecoder
from adapters.pdp.unreadable_items import GIVE_UP_ROUNDS
from adapters.webhook.receiver import storable_key
from domain.platform import OutgoingStatus, PlatformRejected, SubmissionQuery, SubmissionRecord
from domain.platform_inbound import (
    CatchUpTally,
    InboundInvoice,
    InboundStatus,
    KeptPosition,
    PlatformNotice,
    ReportAcknowledgement,
    UnreadableDelivery,
)
from domain.reception import DeliveryKind, DeliveryState, StoredDelivery

AT = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)


class FakeFlows:
    def __init__(self, files: dict[str, bytes], ours: dict[str, str] | None = None) -> None:
        self.files = files
        self.ours = ours or {}  # trackingId -> flowId of our deposit
        self.searched: list[str] = []  # the trackingIds searched, in turn

    async def download(self, flow_id: str, *, doc_type: str = "Original") -> bytes:
        return self.files[flow_id]

    async def find_submissions(self, query: SubmissionQuery) -> list[SubmissionRecord]:
        self.searched.append(query.tracking_id)
        if len(query.tracking_id) > 64:  # XP Z12-013: a trackingId holds at most 64 characters
            raise PlatformRejected("AFNOR answered 400: trackingId longer than 64 characters")
        found = self.ours.get(query.tracking_id)
        return [SubmissionRecord(found, AT, query.tracking_id)] if found else []


def delivery(flow: dict[str, Any]) -> StoredDelivery:
    return StoredDelivery(
        "afnor",
        "webhook",
        DeliveryKind.FLOW,
        flow_key(flow),
        json.dumps(flow).encode(),
        "application/json",
        id=1,
        state=DeliveryState.PENDING,
        attempts=1,
        received_at=AT,
    )


def flow(flow_id: str, flow_type: str, direction: str = "In", **extra: Any) -> dict[str, Any]:
    return {
        "flowId": flow_id,
        "flowType": flow_type,
        "flowDirection": direction,
        "flowSyntax": extra.pop("flowSyntax", "CII"),
        "name": f"{flow_id}.xml",
        "updatedAt": "2026-12-06T02:00:00.000001Z",
        "acknowledgement": {"status": extra.pop("ack", "Ok")},
        **extra,
    }


def buyer_status(number: str, code: str = "205") -> bytes:
    """A CDAR from the buyer of our invoice `number` (seller 356000000)."""
    return write_status(
        CdarSubject(number, seller_siren="356000000"),
        OutgoingStatus(code=code),
        message_id="M",
        issued_at=AT,
        issuer_role="BY",
    )


async def test_a_supplier_invoice_flow_is_downloaded_as_an_inbound_invoice() -> None:
    decoded = await AfnorDeliveryDecoder(FakeFlows({"F1": b"<invoice/>"})).decode(
        delivery(flow("F1", "SupplierInvoice"))
    )

    assert decoded == [InboundInvoice("F1", b"<invoice/>", filename="F1.xml")]


async def test_a_lifecycle_flow_on_our_invoice_is_tied_to_our_deposit_by_tracking_id() -> None:
    cdar = buyer_status("INV-9")
    flows = FakeFlows({"L1": cdar}, ours={"INV-9": "OUR-FLOW"})

    [status] = await AfnorDeliveryDecoder(flows).decode(
        delivery(flow("L1", "CustomerInvoiceLC", flowSyntax="CDAR"))
    )

    assert isinstance(status, InboundStatus)
    assert (status.platform_id, status.invoice_number, status.seller_siren) == (
        "OUR-FLOW",
        "INV-9",
        "356000000",
    )
    assert (status.status.code, status.status.status_id) == ("205", "afnor:L1:0")


@pytest.mark.parametrize(
    "number",
    ["N" * 65, "N" * 10_000, "INV-\u202e9"],
    ids=["65-characters", "10000-characters", "bidi-override"],
)
async def test_a_lifecycle_flow_naming_a_number_none_of_our_deposits_can_have_is_not_searched(
    number: str,
) -> None:
    """Our deposits' trackingIds are our invoice numbers, 1 to 64 storable characters: a CDAR naming another is
    about no deposit of ours, so the platform is not asked (it would refuse a longer trackingId, and the delivery
    fail as its refusal); the status goes on without a platform id, judged by what can be stored."""
    cdar = buyer_status(number)
    flows = FakeFlows({"L1": cdar}, ours={number: "OUR-FLOW"})

    [status] = await AfnorDeliveryDecoder(flows).decode(
        delivery(flow("L1", "CustomerInvoiceLC", flowSyntax="CDAR"))
    )

    assert flows.searched == []
    assert isinstance(status, InboundStatus)
    assert (status.platform_id, status.invoice_number) == ("", number)


class UnfilteredFlows(FakeFlows):
    """A platform whose search ignores the trackingId asked: every deposit of ours comes back, oldest first."""

    async def find_submissions(self, query: SubmissionQuery) -> list[SubmissionRecord]:
        self.searched.append(query.tracking_id)
        return [SubmissionRecord(flow_id, AT, number) for number, flow_id in self.ours.items()]


async def test_a_lifecycle_flow_is_tied_only_to_a_deposit_of_its_own_number() -> None:
    """The search's first row was taken as the deposit: a platform answering rows of other numbers (a filter it
    ignores) had the buyer's status applied to another invoice of ours."""
    cdar = buyer_status("INV-9", "204")
    decoder = AfnorDeliveryDecoder(UnfilteredFlows({"L1": cdar}, ours={"INV-1": "FLOW-OF-INV-1"}))
    [status] = await decoder.decode(delivery(flow("L1", "CustomerInvoiceLC", flowSyntax="CDAR")))
    assert isinstance(status, InboundStatus) and status.platform_id == ""

    flows = UnfilteredFlows({"L1": cdar}, ours={"INV-1": "FLOW-OF-INV-1", "INV-9": "FLOW-OF-INV-9"})
    [status] = await AfnorDeliveryDecoder(flows).decode(
        delivery(flow("L1", "CustomerInvoiceLC", flowSyntax="CDAR"))
    )
    assert isinstance(status, InboundStatus) and status.platform_id == "FLOW-OF-INV-9"


async def test_the_acknowledgement_of_our_deposit_is_a_status_on_it() -> None:
    [status] = await AfnorDeliveryDecoder(FakeFlows({})).decode(
        delivery(flow("D1", "CustomerInvoice", "Out", ack="Error", trackingId="INV-1"))
    )

    assert isinstance(status, InboundStatus) and (status.platform_id, status.status.code) == ("D1", "213")


async def test_our_own_status_flows_and_other_types_are_notices() -> None:
    decoder = AfnorDeliveryDecoder(FakeFlows({}))

    [ours] = await decoder.decode(
        delivery(flow("S1", "CustomerInvoiceLC", "Out", flowSyntax="CDAR", trackingId="lc-1"))
    )
    [other] = await decoder.decode(delivery(flow("R1", "MultiFlowReport")))

    assert isinstance(ours, PlatformNotice) and "lc-1" in ours.note
    assert isinstance(other, PlatformNotice)


@pytest.mark.parametrize("body", [b"not json", b"[]", b'{"flowType": "SupplierInvoice"}'])
async def test_an_unreadable_flow_delivery_is_refused_with_a_reason(body: bytes) -> None:
    bad = StoredDelivery(
        "afnor",
        "webhook",
        DeliveryKind.FLOW,
        "k",
        body,
        id=1,
        state=DeliveryState.PENDING,
        attempts=1,
        received_at=AT,
    )

    with pytest.raises(UnreadableDelivery):
        await AfnorDeliveryDecoder(FakeFlows({})).decode(bad)


async def test_a_lifecycle_flow_that_is_not_cdar_is_unreadable() -> None:
    with pytest.raises(UnreadableDelivery):
        await AfnorDeliveryDecoder(FakeFlows({"L": b"<x/>"})).decode(delivery(flow("L", "SupplierInvoiceLC")))


class FakeSearch:
    """updatedAfter strictly greater, cursor = index, like the standard; flows may share an updatedAt."""

    def __init__(self) -> None:
        self.flows: list[dict[str, Any]] = []
        self.queries: list[dict[str, Any]] = []
        self.newest_first = False  # the standard says no order: a platform may list the newest first
        # a platform answering the first page to every cursor, with a next one each time
        self.ignores_cursor = False

    async def search_flows(self, where: dict[str, Any], *, cursor: str = "", limit: int = 100) -> FlowPage:
        self.queries.append(dict(where))
        after = datetime.fromisoformat(where["updatedAfter"].replace("Z", "+00:00"))
        hits = sorted(
            (f for f in self.flows if datetime.fromisoformat(f["updatedAt"].replace("Z", "+00:00")) > after),
            key=lambda f: (f["updatedAt"], f["flowId"]),
            reverse=self.newest_first,
        )
        start = 0 if self.ignores_cursor else int(cursor or 0)
        page = hits[start : start + 2]
        return FlowPage(page, str(start + 2) if start + 2 < len(hits) else "")


def at(seconds: float) -> str:
    return (AT + timedelta(seconds=seconds)).isoformat().replace("+00:00", "Z")


async def test_catch_up_pages_hands_each_flow_once_and_moves_its_checkpoint() -> None:
    search = FakeSearch()
    search.flows = [{"flowId": f"F{k}", "updatedAt": at(k)} for k in range(5)]
    source = AfnorCatchUp(search, lookback=timedelta(seconds=70), now=lambda: AT + timedelta(minutes=1))

    first = await source.fetch(100)
    for item in first:
        await source.stored(item)
    search.flows.append({"flowId": "F9", "updatedAt": at(4)})  # same updatedAt as the last one handed over
    second = await source.fetch(100)

    assert [i.delivery.dedup_key for i in first] == [f"afnor:flow:F{k}@{at(k)}" for k in range(5)]
    assert all(i.delivery.kind is DeliveryKind.FLOW and i.delivery.source == "poll" for i in first)
    assert [i.delivery.dedup_key for i in second] == [f"afnor:flow:F9@{at(4)}"]
    assert source.checkpoint == AT + timedelta(seconds=4)


async def test_a_search_whose_cursor_gives_the_same_page_again_is_caught_up_round_by_round(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A listing that never ends (every cursor answered with the first page): each round handed the same two flows
    ten times over (one page each), read them as out of date order, and never moved its checkpoint, so no flow past
    the first page was ever reached, with a WARNING blaming the order. A page giving again what the round was given
    ends the round's paging, named; the flows it gave are in date order, so the checkpoint moves past them."""
    search = FakeSearch()
    search.ignores_cursor = True
    search.flows = [
        {"flowId": f"F{k}", "updatedAt": at(10 * k)} for k in range(5)
    ]  # apart by more than OVERLAP
    source = AfnorCatchUp(search, lookback=timedelta(minutes=2), now=lambda: AT + timedelta(minutes=1))
    caplog.set_level(logging.WARNING)

    handed: list[str] = []
    for _ in range(5):
        found = await source.fetch(100)
        for item in found:
            await source.stored(item)
        handed += [i.delivery.dedup_key.split("@")[0] for i in found]

    assert handed == [f"afnor:flow:F{k}" for k in range(5)]
    assert "gives again flows it gave" in caplog.text and "out of date order" not in caplog.text


async def test_catch_up_stops_at_max_items_and_resumes() -> None:
    search = FakeSearch()
    search.flows = [{"flowId": f"F{k}", "updatedAt": at(k)} for k in range(5)]
    source = AfnorCatchUp(search, lookback=timedelta(seconds=10), now=lambda: AT)

    first = await source.fetch(3)
    for item in first:
        await source.stored(item)
    rest = await source.fetch(3)

    assert len(first) == 3 and [i.delivery.dedup_key.split("@")[0] for i in rest] == [
        "afnor:flow:F3",
        "afnor:flow:F4",
    ]


async def test_catch_up_keeps_iopoles_rule_for_a_flow_it_cannot_read(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """One rule for both catch-ups (adapters.pdp.unreadable_items): a flow without flowId, or a row that is not an
    object, is skipped, counted and warned, the rest delivered; still there after GIVE_UP_ROUNDS rounds (it is the
    newest: the checkpoint never passes it), it is given up, logged once. Before, a flow without flowId was passed
    over in silence, and a row that was not an object made every round's whole search unavailable."""
    search = FakeSearch()
    search.flows = [{"flowId": "F1", "updatedAt": at(1)}, {"flowId": "", "updatedAt": at(2)}]
    source = AfnorCatchUp(search, lookback=timedelta(seconds=10), now=lambda: AT)
    caplog.set_level(logging.WARNING)

    first = await source.fetch(100)
    for item in first:
        await source.stored(item)
    for _ in range(GIVE_UP_ROUNDS + 1):
        assert await source.fetch(100) == []

    assert [i.delivery.dedup_key for i in first] == [f"afnor:flow:F1@{at(1)}"]
    assert source.tally() == CatchUpTally(skipped=GIVE_UP_ROUNDS - 1, given_up=1)
    (given_up,) = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert "flow" in given_up and "result 1" in given_up and "flowId" in given_up


async def test_a_flow_search_row_that_is_not_an_object_is_skipped_by_catch_up_refused_by_reconciliation() -> (
    None
):
    body = {"results": [{"flowId": "F1", "updatedAt": at(1)}, 7], "nextCursor": ""}
    page = flow_page(body)
    assert page.flows == [{"flowId": "F1", "updatedAt": at(1)}]
    assert [s.where for s in page.skipped] == ["result 1"]


DECLARATION = "0b7c9a1e-2f3d-4c5b-8a69-123456789abc"


async def test_the_acknowledgement_of_our_frr_flow_names_its_declaration_and_part() -> None:
    refused = flow(
        "R1",
        "AggregatedCustomerTransactionReport",
        "Out",
        flowSyntax="FRR",
        trackingId=f"{DECLARATION}-T103",
        ack="Error",
    )
    refused["acknowledgement"]["details"] = [
        {"level": "Error", "item": "flow", "reasonCode": "InvalidSchema", "reasonMessage": "TT-81 unknown"}
    ]
    accepted = flow(
        "R2", "UnitaryCustomerPaymentReport", "Out", flowSyntax="FRR", trackingId=f"{DECLARATION}-P102"
    )
    decoder = AfnorDeliveryDecoder(FakeFlows({}))

    [no] = await decoder.decode(delivery(refused))
    [yes] = await decoder.decode(delivery(accepted))

    assert isinstance(no, ReportAcknowledgement) and isinstance(yes, ReportAcknowledgement)
    assert (no.declaration_id, no.transmission, no.platform_id, no.accepted) == (
        DECLARATION,
        "T10.3",
        "R1",
        False,
    )
    assert [(f.rule_id, f.message) for f in no.findings] == [("InvalidSchema", "TT-81 unknown")]
    assert (yes.declaration_id, yes.transmission, yes.accepted) == (DECLARATION, "P10.2", True)


@pytest.mark.parametrize(
    ("tracking", "ack"),
    [(f"{DECLARATION}-T103", "Pending"), ("someone-else", "Error"), (f"{DECLARATION}-X9", "Ok")],
)
async def test_a_pending_or_foreign_frr_acknowledgement_is_only_recorded(tracking: str, ack: str) -> None:
    [decoded] = await AfnorDeliveryDecoder(FakeFlows({})).decode(
        delivery(flow("R3", "MultiFlowReport", "Out", flowSyntax="FRR", trackingId=tracking, ack=ack))
    )

    assert isinstance(decoded, PlatformNotice)


def test_positions_sort_as_text_in_the_order_they_were_reached() -> None:
    """The checkpoint store keeps the greatest position as text (two replicas may save out of order): a whole
    second must sort before the same second and a half, and resume must read back what position wrote."""
    source = AfnorCatchUp(FakeSearch(), lookback=timedelta(days=1), now=lambda: AT + timedelta(days=1))
    whole = source.position()
    source.resume(KeptPosition((AT + timedelta(milliseconds=500)).isoformat()))
    later = source.position()

    assert whole < later
    assert len(whole) == len(later)
    resumed = AfnorCatchUp(FakeSearch(), now=lambda: AT + timedelta(days=1))
    resumed.resume(KeptPosition(later))
    assert resumed.checkpoint == AT + timedelta(milliseconds=500)


@pytest.mark.parametrize(
    "acknowledgement",
    ["Ok", ["Ok"], {"status": "Error", "details": 5}, {"status": "Error", "details": {"reasonCode": 7}}],
)
async def test_an_acknowledgement_of_another_shape_is_an_unreadable_delivery(acknowledgement: Any) -> None:
    # The platform's flow of a shape the XP Z12-013 API never gives: parked as unreadable (an operator replays
    # it), never the inbox relay's failure as if the gateway had a bug.
    odd = {**flow("D1", "CustomerInvoice", "Out", trackingId="INV-1"), "acknowledgement": acknowledgement}

    with pytest.raises(UnreadableDelivery, match="AFNOR flow D1"):
        await AfnorDeliveryDecoder(FakeFlows({})).decode(delivery(odd))


async def test_a_bug_of_the_decoder_s_own_is_no_unreadable_delivery(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_flow: Any) -> None:
        raise AttributeError("'NoneType' object has no attribute 'code'")

    monkeypatch.setattr("adapters.pdp.afnor.payloads.ack_status", broken)

    with pytest.raises(
        AttributeError
    ):  # the relay's failure, with its traceback: not parked as the platform's
        await AfnorDeliveryDecoder(FakeFlows({})).decode(delivery(flow("D1", "CustomerInvoice", "Out")))


NOT_FLOW_IDS = ["../x", "a" * 65, "a\x00b", "F?docType=Original", 7, {"id": "F1"}]


@pytest.mark.parametrize("flow_id", NOT_FLOW_IDS, ids=repr)
async def test_a_delivered_flow_whose_id_is_none_is_unreadable_before_any_download(flow_id: Any) -> None:
    # The client refuses to put such an id in a URL (InvalidPlatformRequest, a ValueError): raised from the
    # decoder, the inbox relay took the platform's delivery for a bug of ours, retried it and gave up.
    odd = {**flow("F1", "SupplierInvoice"), "flowId": flow_id}

    with pytest.raises(UnreadableDelivery, match="flowId"):
        await AfnorDeliveryDecoder(FakeFlows({})).decode(delivery(odd))


async def test_catch_up_skips_a_flow_whose_id_is_none_and_hands_the_others() -> None:
    # Kept, such an id made an inbox key PostgreSQL refuses (a NUL) or cannot index (a long one): the round
    # crashed at it, every round, and no flow after it was caught up.
    search = FakeSearch()
    search.flows = [{"flowId": bad, "updatedAt": at(1 + n)} for n, bad in enumerate(NOT_FLOW_IDS)]
    search.flows.append({"flowId": "F9", "updatedAt": at(20)})
    source = AfnorCatchUp(search, lookback=timedelta(seconds=10), now=lambda: AT)

    found = await source.fetch(100)

    assert [i.delivery.dedup_key for i in found] == [f"afnor:flow:F9@{at(20)}"]
    assert source.tally() == CatchUpTally(skipped=len(NOT_FLOW_IDS))


@pytest.mark.parametrize(
    "updated_at", ["2026-12-06T02:00:00Z" + "0" * 300, "2026-12-06\x00"], ids=["long", "NUL"]
)
def test_a_caught_up_flow_whose_key_cannot_be_stored_is_keyed_by_its_content_as_the_webhook_does(
    updated_at: str,
) -> None:
    kept = flow_delivery({"flowId": "F1", "updatedAt": updated_at})

    assert kept.dedup_key.startswith("afnor:sha256:") and storable_key(kept.dedup_key)


@pytest.mark.parametrize("future", ["9999-12-31T23:59:59Z", "9999-12-31T23:59:59-14:00", at(86_400 * 365)])
async def test_a_flow_dated_in_the_future_does_not_carry_the_checkpoint_past_now(future: str) -> None:
    """The checkpoint follows the flows handed over: one flow whose updatedAt a platform dates years ahead (a bad
    clock, a bug) carried it there, and every later round asked only for flows updated after that date, so nothing
    was ever caught up again, restarts included (the checkpoint is kept). It stops at our own clock."""
    now = AT + timedelta(seconds=10)
    search = FakeSearch()
    search.flows = [{"flowId": "F0", "updatedAt": at(1)}, {"flowId": "FUTURE", "updatedAt": future}]
    source = AfnorCatchUp(search, lookback=timedelta(seconds=10), now=lambda: now)
    for item in await source.fetch(100):
        await source.stored(item)

    search.flows.append({"flowId": "F1", "updatedAt": at(20)})  # updated after our clock's now
    later = await source.fetch(100)

    assert source.checkpoint <= now
    assert [i.delivery.dedup_key for i in later] == [f"afnor:flow:F1@{at(20)}"]
    assert source.position() <= now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    restarted = AfnorCatchUp(search, now=lambda: now, lookback=timedelta(minutes=30))
    restarted.resume(KeptPosition(future, kept_at=AT - timedelta(days=3)))  # a position kept before this rule
    # not "now": the flows updated since it was kept were never asked for
    assert restarted.checkpoint == AT - timedelta(days=3, minutes=30)
    assert restarted.position() < future


async def rounds(source: AfnorCatchUp, count: int) -> list[str]:
    """The flows `count` rounds hand over (each stored), by key."""
    handed: list[str] = []
    for _ in range(count):
        for item in await source.fetch(100):
            await source.stored(item)
            handed.append(item.delivery.dedup_key)
    return handed


async def test_a_flow_dated_far_ahead_is_handed_once_however_many_flows_come_after_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every round lists it again until our clock passes its date (updatedAfter cannot exclude it): it is
    remembered apart from the flows of the overlap window, so that the flows handed after it never push it out of
    memory and back into the inbox each time."""
    monkeypatch.setattr(catch_up, "REMEMBERED", 2)
    clock = [AT]
    search = FakeSearch()
    search.flows = [{"flowId": "FUTURE", "updatedAt": "2031-01-01T00:00:00Z"}]
    source = AfnorCatchUp(search, lookback=timedelta(minutes=10), now=lambda: clock[0])
    first = await rounds(source, 1)
    clock[0] = AT + timedelta(hours=1)
    search.flows += [{"flowId": f"F{k}", "updatedAt": at(60 + 10 * k)} for k in range(6)]

    later = await rounds(source, 5)

    assert first == ["afnor:flow:FUTURE@2031-01-01T00:00:00Z"]
    assert sorted(later) == [f"afnor:flow:F{k}@{at(60 + 10 * k)}" for k in range(6)]


async def test_a_flow_dated_far_ahead_leaves_the_checkpoint_at_the_flows_dated_by_the_platform_s_clock() -> (
    None
):
    """Held to our clock, it carried the checkpoint to our "now": a platform whose clock is behind ours dates the
    flows it updates next before that, and updatedAfter then left them out for ever."""
    now = AT + timedelta(minutes=1)
    search = FakeSearch()
    search.flows = [
        {"flowId": "F0", "updatedAt": at(1)},
        {"flowId": "FUTURE", "updatedAt": "9999-12-31T23:59:59Z"},
    ]
    source = AfnorCatchUp(search, lookback=timedelta(seconds=70), now=lambda: now)
    await rounds(source, 1)
    search.flows.append({"flowId": "F1", "updatedAt": at(20)})  # the platform's clock 40 s behind ours

    assert await rounds(source, 1) == [f"afnor:flow:F1@{at(20)}"]
    assert source.checkpoint == AT + timedelta(seconds=20)


async def test_a_platform_listing_the_newest_flows_first_has_every_flow_handed_over_round_after_round() -> (
    None
):
    """The standard orders the search by nothing: a round that stopped at its most (the newest first) moved the
    checkpoint to the newest, and the older flows it had not reached were never asked for again. The checkpoint
    moves only once a round listed every flow after it (or listed them in date order), over flows stored."""
    search = FakeSearch()
    search.newest_first = True
    search.flows = [{"flowId": f"F{k}", "updatedAt": at(k)} for k in range(7)]
    source = AfnorCatchUp(search, lookback=timedelta(seconds=70), now=lambda: AT + timedelta(minutes=1))

    handed: list[str] = []
    for _ in range(5):
        for item in await source.fetch(3):
            await source.stored(item)
            handed.append(item.delivery.dedup_key)

    assert sorted(handed) == [f"afnor:flow:F{k}@{at(k)}" for k in range(7)]
    assert source.checkpoint == AT + timedelta(seconds=6)


async def test_the_checkpoint_never_passes_a_flow_of_its_round_not_stored() -> None:
    """Out of date order within a round, a flow stored before another that failed to be (the inbox away) carried
    the checkpoint past it, and the next round of this process did not list it again."""
    search = FakeSearch()
    search.newest_first = True
    search.flows = [{"flowId": f"F{k}", "updatedAt": at(10 * k)} for k in range(3)]
    source = AfnorCatchUp(search, lookback=timedelta(seconds=70), now=lambda: AT + timedelta(minutes=1))

    first = await source.fetch(10)
    await source.stored(first[0])  # F2, the newest; F1 and F0 never stored (the round failed)
    again = await source.fetch(10)

    assert [i.delivery.dedup_key for i in again] == [f"afnor:flow:F{k}@{at(10 * k)}" for k in (1, 0)]


async def test_a_listing_out_of_order_the_rounds_cannot_get_past_is_warned(
    caplog: pytest.LogCaptureFixture,
) -> None:
    search = FakeSearch()  # pages of 2: a round reads 2 * MAX_PAGES flows at most
    search.newest_first = True
    search.flows = [{"flowId": f"F{k}", "updatedAt": at(k)} for k in range(2 * catch_up.MAX_PAGES + 5)]
    source = AfnorCatchUp(search, lookback=timedelta(seconds=70), now=lambda: AT + timedelta(minutes=1))

    first = await rounds(source, 1)
    with caplog.at_level(logging.WARNING):
        assert await rounds(source, 1) == []

    assert len(first) == 2 * catch_up.MAX_PAGES
    assert source.checkpoint == AT - timedelta(seconds=10)  # never past the 5 oldest, not reached
    assert "the search lists flows out of date order" in caplog.text
