from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from adapters.pdp.sandbox.client import DELIVERY_TRIES, SandboxPdpGateway, SandboxSettings, buyer_address
from domain.platform import (
    DocumentSyntax,
    InvalidPlatformRequest,
    OutboundDocument,
    OutgoingStatus,
    PlatformStatus,
    PlatformUnavailable,
    SubmissionNotFound,
    SubmissionQuery,
)

START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
REACHABLE = "0225:732829320"


class FakeTime:
    """A clock that only moves when the sandbox sleeps."""

    def __init__(self) -> None:
        self.now = START
        self.gate: asyncio.Event | None = None

    def clock(self) -> datetime:
        return self.now

    async def sleep(self, seconds: float) -> None:
        if self.gate is not None:
            await self.gate.wait()
        self.now += timedelta(seconds=seconds)
        await asyncio.sleep(0)


class Recorder:
    def __init__(self, fail_on: str = "") -> None:
        self.events: list[tuple[str, PlatformStatus]] = []
        self.fail_on = fail_on

    async def __call__(self, platform_id: str, status: PlatformStatus) -> None:
        self.events.append((platform_id, status))
        if status.code == self.fail_on:
            raise RuntimeError("receiver down")

    def codes(self, platform_id: str) -> list[str]:
        return [s.code for pid, s in self.events if pid == platform_id]


def document(number: str, recipient: str = REACHABLE, content: bytes | None = None) -> OutboundDocument:
    return OutboundDocument.of(
        content or f"<Invoice><ID>{number}</ID></Invoice>".encode(),
        filename=f"{number}.xml",
        syntax=DocumentSyntax.CII,
        tracking_id=number,
        recipient=recipient,
    )


def sandbox(recorder: Recorder, time: FakeTime, **settings: object) -> SandboxPdpGateway:
    return SandboxPdpGateway(
        recorder, settings=SandboxSettings(**settings), clock=time.clock, sleep=time.sleep
    )  # type: ignore[arg-type]


async def test_an_accepted_invoice_plays_the_transmission_lifecycle_then_in_hand() -> None:
    recorder, time = Recorder(), FakeTime()
    platform = sandbox(recorder, time, step_delay=2.0)

    submission = await platform.submit(document("F-1"))
    await platform.drain()

    assert recorder.codes(submission.platform_id) == ["200", "201", "202", "203", "204"]
    history = await platform.status_history(submission.platform_id)
    assert [s.label for s in history] == ["SUBMITTED", "ISSUED", "RECEIVED", "MADE_AVAILABLE", "IN_HAND"]
    assert [s.at for s in history] == [START + timedelta(seconds=2 * i) for i in range(1, 6)]


async def test_an_unreachable_recipient_ends_in_a_routing_error() -> None:
    recorder = Recorder()
    platform = sandbox(recorder, FakeTime())

    submission = await platform.submit(document("F-2", recipient="0225:552081317"))  # validFrom in the future
    await platform.drain()

    assert recorder.codes(submission.platform_id) == ["200", "201", "221"]
    last = recorder.events[-1][1]
    assert last.findings[0].rule_id == "ROUTAGE_ERR" and "552081317" in last.reason


def test_the_buyer_address_is_read_from_cii_and_ubl() -> None:
    cii = (
        b"<ram:BuyerTradeParty><ram:Name>B</ram:Name><ram:URIUniversalCommunication>"
        b'<ram:URIID schemeID="0225">542107651</ram:URIID></ram:URIUniversalCommunication></ram:BuyerTradeParty>'
    )
    ubl = (
        b'<cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID="0225">732829320</cbc:EndpointID>'
    )

    assert buyer_address(cii) == "0225:542107651"
    assert buyer_address(ubl) == "0225:732829320"
    assert buyer_address(b"%PDF-1.7") == ""


async def test_a_recipient_found_in_the_document_is_checked_too() -> None:
    recorder = Recorder()
    platform = sandbox(recorder, FakeTime())
    content = (
        b'<x><ram:BuyerTradeParty><ram:URIID schemeID="0225">542107651</ram:URIID></ram:BuyerTradeParty></x>'
    )

    submission = await platform.submit(document("F-3", recipient="", content=content))
    await platform.drain()

    assert recorder.codes(submission.platform_id)[-1] == "221"


async def test_a_rejection_carries_a_br_fr_finding() -> None:
    recorder = Recorder()
    platform = sandbox(recorder, FakeTime(), rejection_rate=1.0)

    submission = await platform.submit(document("F-4"))
    await platform.drain()

    assert recorder.codes(submission.platform_id) == ["200", "213"]
    assert recorder.events[-1][1].findings[0].rule_id in {"BR-FR-05", "BR-FR-08", "BR-FR-10"}


async def outcomes(seed: int) -> list[str]:
    recorder = Recorder()
    platform = sandbox(recorder, FakeTime(), seed=seed, rejection_rate=0.3, routing_error_rate=0.2)
    ids = [(await platform.submit(document(f"F-{i}"))).platform_id for i in range(40)]
    await platform.drain()
    return [recorder.codes(pid)[-1] for pid in ids]


async def test_the_same_seed_tells_the_same_story_with_every_outcome() -> None:
    first, second = await outcomes(7), await outcomes(7)

    assert first == second
    assert {"204", "213", "221"} <= set(first)


async def test_submissions_can_be_found_by_tracking_id_and_hash() -> None:
    platform = sandbox(Recorder(), FakeTime())
    a, b = document("F-A"), document("F-B")
    sub_a = await platform.submit(a)
    await platform.submit(b)
    await platform.drain()

    [by_hash] = await platform.find_submissions(SubmissionQuery(sha256=a.sha256))
    [by_number] = await platform.find_submissions(SubmissionQuery(tracking_id="F-A"))

    assert by_hash.platform_id == by_number.platform_id == sub_a.platform_id
    assert by_hash.last_status is not None and by_hash.last_status.code == "204"


async def test_a_failing_receiver_does_not_stop_the_lifecycle() -> None:
    recorder = Recorder(fail_on="201")  # for good: a bug
    platform = sandbox(recorder, FakeTime())

    submission = await platform.submit(document("F-5"))
    await platform.drain()

    assert recorder.codes(submission.platform_id) == ["200", *["201"] * DELIVERY_TRIES, "202", "203", "204"]


async def test_a_status_the_receiver_failed_is_delivered_again_as_a_platform_retries_its_webhooks() -> None:
    # Before: delivered once; its database away for a moment, the invoice never got past 200 (make run, session 19).
    recorder, time = Recorder(fail_on="201"), FakeTime()
    platform = sandbox(recorder, time)
    calls = 0
    receive = recorder.__call__

    async def back_after_three(platform_id: str, status: PlatformStatus) -> None:
        nonlocal calls
        calls += 1
        if status.code == "201" and calls > 4:
            recorder.fail_on = ""
        await receive(platform_id, status)

    platform._on_status = back_after_three  # type: ignore[method-assign]
    submission = await platform.submit(document("F-5b"))
    await platform.drain()

    assert recorder.codes(submission.platform_id) == ["200", "201", "201", "201", "201", "202", "203", "204"]
    assert time.now - START == timedelta(seconds=1 + 2 + 4)  # waited before each new delivery


async def test_in_flight_lifecycles_are_bounded_and_aclose_cancels_them() -> None:
    time = FakeTime()
    time.gate = asyncio.Event()  # lifecycles wait here until released
    recorder = Recorder()
    platform = sandbox(recorder, time, step_delay=1.0, max_in_flight=2)
    await platform.submit(document("F-6"))
    await platform.submit(document("F-7"))

    with pytest.raises(PlatformUnavailable):
        await platform.submit(document("F-8"))

    await platform.aclose()
    assert recorder.events == []
    assert not (await platform.health()).ok
    with pytest.raises(PlatformUnavailable):
        await platform.submit(document("F-9"))


@pytest.mark.parametrize(
    ("siren", "address", "registered", "reachable"),
    [
        ("732829320", "", True, True),
        ("732829320", REACHABLE, True, True),
        ("552081317", "", True, False),
        ("542107651", "", False, False),
        ("100000009", "0225:100000009", False, False),
    ],
)
async def test_directory_lookups(siren: str, address: str, registered: bool, reachable: bool) -> None:
    entry = await sandbox(Recorder(), FakeTime()).lookup_directory(siren, address)

    assert (entry.registered, entry.reachable) == (registered, reachable)


async def test_statuses_we_send_are_recorded_and_unknown_ids_refused() -> None:
    platform = sandbox(Recorder(), FakeTime())
    submission = await platform.submit(document("F-10"))

    await platform.send_status(submission.platform_id, OutgoingStatus("205"))

    assert [s.code for s in platform.sent_statuses(submission.platform_id)] == ["205"]
    with pytest.raises(SubmissionNotFound):
        await platform.send_status("nope", OutgoingStatus("205"))
    await platform.aclose()


@pytest.mark.parametrize(
    ("siren", "address"),
    [
        ("", ""),
        ("5790000435975", ""),  # a GLN is not a SIREN
        ("732829320", "0088:5790000435975"),  # nor is it an address of the company
        ("552100554", "0225:732829320"),  # another company's address
    ],
)
async def test_a_lookup_naming_no_siren_or_a_foreign_address_is_refused(siren: str, address: str) -> None:
    with pytest.raises(InvalidPlatformRequest):
        await sandbox(Recorder(), FakeTime()).lookup_directory(siren, address)
