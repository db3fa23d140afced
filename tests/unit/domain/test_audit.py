from __future__ import annotations

import asyncio
import contextvars
import os
import time
from datetime import UTC, datetime, timedelta, timezone

from domain.archive import GENESIS_HASH, entry_hash
from domain.archive_ports import AuditEntry, AuditEvent
from domain.audit import GATEWAY, Acting, Actor, ActorKind, acting_as, current_acting, set_acting


def test_the_gateway_acts_unless_an_edge_says_otherwise_and_the_edge_s_actor_ends_with_its_block() -> None:
    assert current_acting() == Acting(GATEWAY)
    with acting_as(Actor.cli("alice"), "r-1") as acting:
        assert current_acting() is acting
        assert AuditEvent("api_key.created", "api_key", "k1").acting == Acting(Actor.cli("alice"), "r-1")
    assert current_acting() == Acting(GATEWAY)


async def test_a_task_keeps_the_actor_it_started_with_and_its_own_never_leaks_out() -> None:
    async def inner() -> Acting:
        with acting_as(Actor.platform("iopole")):
            await asyncio.sleep(0)
            return current_acting()

    with acting_as(Actor.api_key("k1", "billing"), "r-2"):
        started = asyncio.create_task(asyncio.sleep(0, current_acting()))
    assert (await started).actor.label == "api_key:k1"
    assert (await asyncio.create_task(inner())).actor == Actor(ActorKind.PLATFORM, "iopole", "iopole")
    assert current_acting() == Acting(GATEWAY)


def test_an_entry_without_actor_name_or_request_id_hashes_as_before_migration_0081() -> None:
    at = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    old = AuditEntry("732829320", 1, at, "grpc", "archive.read", "document", "ab", {}, GENESIS_HASH, "")
    before = {
        "company": "732829320",
        "seq": 1,
        "at": at.isoformat(),
        "actor": "grpc",
        "action": "archive.read",
        "subject_type": "document",
        "subject_id": "ab",
        "details": {},
    }
    assert entry_hash(GENESIS_HASH, old.chain_entry()) == entry_hash(GENESIS_HASH, before)
    new = AuditEntry(
        "732829320",
        1,
        at,
        "api_key:k1",
        "archive.read",
        "document",
        "ab",
        {},
        GENESIS_HASH,
        "",
        "billing",
        "r-3",
    )
    assert new.chain_entry()["actor_name"] == "billing" and new.chain_entry()["request_id"] == "r-3"
    assert entry_hash(GENESIS_HASH, new.chain_entry()) != entry_hash(
        GENESIS_HASH, {**new.chain_entry(), "request_id": "r-4"}
    )


def test_each_kind_of_actor_in_full() -> None:
    assert [Actor.cli("alice"), Actor.cli(""), Actor.api_key("k1", "billing"), Actor.platform("iopole")] == [
        Actor(ActorKind.CLI, "alice", "pdp-gateway CLI"),
        Actor(ActorKind.CLI, "unknown", "pdp-gateway CLI"),
        Actor(ActorKind.API_KEY, "k1", "billing"),
        Actor(ActorKind.PLATFORM, "iopole", "iopole"),
    ]


def test_an_edge_may_set_who_acts_for_the_rest_of_its_context() -> None:
    def edge() -> Acting:
        set_acting(Acting(Actor.cli("bob"), "r-9"))
        return current_acting()

    assert contextvars.copy_context().run(edge) == Acting(
        Actor(ActorKind.CLI, "bob", "pdp-gateway CLI"), "r-9"
    )
    assert current_acting() == Acting(GATEWAY)  # the edge's context only


def test_an_entry_s_time_is_written_in_utc_whatever_the_host_s_zone() -> None:
    paris = timezone(timedelta(hours=1))
    entry = AuditEntry(
        "732829320",
        1,
        datetime(2026, 11, 2, 10, 0, tzinfo=paris),
        "grpc",
        "a",
        "s",
        "1",
        {},
        GENESIS_HASH,
        "",
    )
    host_zone = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"  # the host's zone, were it used
    time.tzset()
    try:
        assert entry.chain_entry()["at"] == "2026-11-02T09:00:00+00:00"
    finally:
        if host_zone is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = host_zone
        time.tzset()
