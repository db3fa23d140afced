"""A platform outage an item of a leased queue waits through: which platform profile did not answer, and since when.

A platform that cannot be reached or asks us to wait (the port's PlatformUnavailable, whatever adapter raised it) is
not the item's failure: the relay gives the item back without spending one of its attempts, for as long as it has
waited on that platform less than the patience (service.workers.relay.Retries.wait_out). What it waits through is
kept with the item between its attempts (an outbox row keeps it in its payload, under OUTAGE_KEY; a webhook delivery
in the inbox's `outage` column), so the patience
is counted from the first time the item found the platform away, and an operator sees the outage (metrics, doctor).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain.bounds import printable, shorten

OUTAGE_KEY = "outage"  # the payload key of an outbox row waiting on a platform outage (null or absent: none)
PLATFORM_CHARS = 100  # a profile name; bounded when read back from a row


def duration_text(duration_s: float) -> str:
    """A duration as an operator reads it: seconds, minutes or hours."""
    if duration_s < 120:
        return f"{duration_s:.0f} s"
    if duration_s < 7200:
        return f"{duration_s / 60:.0f} min"
    return f"{duration_s / 3600:.1f} h"


@dataclass(frozen=True, slots=True)
class Outage:
    platform: str  # the platform profile that did not answer
    since: datetime  # when the item first found it away (aware)

    def waited_s(self, now: datetime) -> float:
        return max(0.0, (now - self.since).total_seconds())

    def describe(self, now: datetime) -> str:
        return (
            f"{waited_on(self.platform)}unavailable since {self.since.isoformat(timespec='seconds')} "
            f"({duration_text(self.waited_s(now))})"
        )

    def to_payload(self) -> dict[str, str]:
        return {"platform": self.platform, "since": self.since.isoformat()}

    @classmethod
    def of_payload(cls, payload: Mapping[str, Any]) -> Outage | None:
        """The outage a row's payload keeps, or None (none kept, or not one this code wrote: read as none, so the
        item is at worst given a whole patience again, never given up on early)."""
        return cls.of_kept(payload.get(OUTAGE_KEY))

    @classmethod
    def of_kept(cls, kept: object) -> Outage | None:
        """The outage as `to_payload` kept it (a row's payload key, or the inbox's own column), or None, read
        leniently as `of_payload` says."""
        if not isinstance(kept, Mapping):
            return None
        platform, since = kept.get("platform"), kept.get("since")
        if not isinstance(platform, str) or not isinstance(since, str):
            return None
        try:
            when = datetime.fromisoformat(since)
        except ValueError:
            return None
        if when.tzinfo is None:
            return None
        return cls(shorten(printable(platform), PLATFORM_CHARS), when)


def counted(n: int, noun: str) -> str:
    """`n` of a (regular) noun, as an operator reads it: 1 attempt, 3 attempts."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def waited_on(platform: str) -> str:
    """How an outage's description begins: the platform it names."""
    return f"platform {platform}, "


def gave_up_waiting_on(platform: str) -> str:
    """How the text of an item given up on `platform`'s outage begins (`gave_up`, whose outage's description
    begins with `waited_on`): what finds them again."""
    return f"gave up waiting on {waited_on(platform)}"


def gave_up(error: str, attempts: int, outage: Outage | None, now: datetime) -> str:
    """The one text of an item given up on, every queue's, whoever gives up (the relay, or a step deciding in its
    unit of work): one clause saying why, then the item's last error. Past the patience on `outage` it names the
    outage and how long it lasted (the attempts it spent are not why); otherwise the `attempts` it spent."""
    if outage is not None:
        return f"gave up waiting on {outage.describe(now)}: {error}"  # begins with gave_up_waiting_on
    return f"gave up after {counted(attempts, 'attempt')}: {error}"


def outage_payload(before: Outage | None, after: Outage | None) -> dict[str, Any]:
    """The payload keys that keep `after` with a row in place of `before`: nothing when neither is set, null to
    clear one that ended (the platform answered)."""
    if after is not None:
        return {OUTAGE_KEY: after.to_payload()}
    return {OUTAGE_KEY: None} if before is not None else {}
