"""The one rule both catch-ups (IOPOLE's notSeen lists, AFNOR's flow search) keep for an item of the platform's
answer that the gateway cannot read.

The item is skipped, counted and warned with its position and reason; the rest of the round is delivered. The
platform offers it again next round (IOPOLE keeps it not seen; AFNOR's search window still holds it), so it comes
back: after GIVE_UP_ROUNDS rounds unreadable it is given up, logged once at ERROR with its position and reason and
counted, and from then on passed over in silence. An item is known again by the digest of its content
(`answers.Skipped.digest`), of which at most REMEMBERED are kept: memory stays bounded whatever the platform sends.
A given-up item stays on the platform's side (not marked seen): an operator can look at it there. Forgotten digests
(past REMEMBERED, or a restart) start their count again.
"""

from __future__ import annotations

import logging
from collections import OrderedDict

from adapters.pdp.answers import Skipped
from adapters.pdp.remembered import remember
from domain.platform_inbound import CatchUpTally

log = logging.getLogger(__name__)

GIVE_UP_ROUNDS = (
    5  # with RECEPTION_POLL_INTERVAL_S at 60 s: five minutes of a platform answer that does not change
)
REMEMBERED = 10_000  # digests of items skipped or given up (about 1 MB)


class UnreadableItems:
    def __init__(self, platform: str) -> None:
        self._platform = platform  # the profile's name, in the log lines
        # digest -> rounds it was unreadable (-1: given up), the most recent last
        self._rounds: OrderedDict[str, int] = OrderedDict()
        self.skipped = 0
        self.given_up = 0

    def skip(self, kind: str, item: Skipped) -> None:
        """`item`, a `kind` ("invoice", "status", "flow") the gateway could not read this round."""
        rounds = self._rounds.pop(item.digest, 0)
        if rounds < 0:  # given up already: not counted, not logged again
            remember(self._rounds, item.digest, rounds, REMEMBERED)
            return
        rounds += 1
        if rounds < GIVE_UP_ROUNDS:
            self.skipped += 1
            remember(self._rounds, item.digest, rounds, REMEMBERED)
            log.warning(
                "%s: a %s the gateway cannot read is skipped (%s); it stays for a later round",
                self._platform,
                kind,
                item,
            )
            return
        self.given_up += 1
        remember(self._rounds, item.digest, -1, REMEMBERED)
        log.error(
            "%s: a %s the gateway cannot read is given up after %d rounds (%s); it stays on the platform's side",
            self._platform,
            kind,
            GIVE_UP_ROUNDS,
            item,
        )

    @property
    def remembered(self) -> int:
        return len(self._rounds)

    def tally(self, also_skipped: int = 0) -> CatchUpTally:
        """The counts, with `also_skipped` items the source skipped for another reason (a failed download)."""
        return CatchUpTally(self.skipped + also_skipped, self.given_up)
