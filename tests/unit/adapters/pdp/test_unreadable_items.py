"""The catch-ups' one rule for an item they cannot read: counted, warned, given up after its rounds, in bounded
memory."""

from __future__ import annotations

from adapters.pdp.answers import skipped
from adapters.pdp.unreadable_items import GIVE_UP_ROUNDS, REMEMBERED, UnreadableItems
from domain.platform_inbound import CatchUpTally


def item(n: int):
    return skipped(f"item {n}", ValueError("unreadable"), {"n": n})


def test_an_item_is_given_up_once_then_passed_over() -> None:
    rule = UnreadableItems("p")
    for _ in range(GIVE_UP_ROUNDS + 3):
        rule.skip("thing", item(1))
    assert rule.tally() == CatchUpTally(skipped=GIVE_UP_ROUNDS - 1, given_up=1)


def test_memory_stays_bounded_whatever_the_platform_sends() -> None:
    rule = UnreadableItems("p")
    for n in range(REMEMBERED + 500):
        rule.skip("thing", item(n))
    assert rule.remembered == REMEMBERED
    # the oldest was forgotten: it starts its rounds again (a warning, not silence)
    rule.skip("thing", item(0))
    assert rule.tally() == CatchUpTally(skipped=REMEMBERED + 501)


def test_the_same_content_at_another_position_is_the_same_item() -> None:
    rule = UnreadableItems("p")
    for position in range(GIVE_UP_ROUNDS):
        rule.skip("thing", skipped(f"item {position}", ValueError("x"), {"same": True}))
    assert rule.tally().given_up == 1
