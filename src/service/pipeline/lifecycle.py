"""Bridge to the domain lifecycle rules (domain.lifecycle, branch `rules`): the pipeline only needs two answers.

Interim until domain.lifecycle is merged: statuses ranked by their place in the CDAR flow, so the current status
follows the lifecycle rather than the arrival order.
"""

from __future__ import annotations

from collections.abc import Sequence

from domain.errors import IllegalTransition
from domain.platform import OutgoingStatus, PlatformStatus

_ORDER = ("200", "201", "202", "203", "204", "205", "206", "207", "208", "209", "210", "211", "212", "213")


def _rank(status: PlatformStatus) -> tuple[int, object]:
    code = status.code
    rank = _ORDER.index(code) if code in _ORDER else -1
    if code in ("210", "213"):
        rank = len(_ORDER)  # terminal refusals/rejections win over anything else
    return rank, status.at


def current_code(history: Sequence[PlatformStatus]) -> str:
    if not history:
        return ""
    return max(history, key=_rank).code


def check_outgoing(history: Sequence[PlatformStatus], status: OutgoingStatus) -> None:
    current = current_code(history)
    if current in ("210", "213"):
        raise IllegalTransition(f"status {status.code} cannot follow the terminal status {current}")
