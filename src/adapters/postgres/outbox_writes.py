"""The writes a relay makes on an outbox row it leases, the same for every relay (the pipeline's steps, the
e-reporting relay): each matches the row only while the lease is still ours, and `check_lease` turns a miss into
LeaseLost (a row whose worker died is claimed again when its lease expires)."""

from __future__ import annotations

from domain.leased_queue import LeaseLost

# $1 row id, $2 owner, $3 last error ("" when done well), $4 attempts to add (1 for a failed attempt, else 0).
COMPLETE = """UPDATE outbox SET done_at = now(), last_error = $3, attempts = attempts + $4,
                                lease_owner = NULL, lease_until = NULL
               WHERE id = $1 AND lease_owner = $2 AND done_at IS NULL"""

# $1 row id, $2 owner, $3 next attempt at, $4 last error, $5 attempts to add, $6 keys merged into the payload.
RESCHEDULE = """UPDATE outbox SET next_attempt_at = $3, last_error = $4, attempts = attempts + $5,
                                  payload = payload || $6::jsonb, lease_owner = NULL, lease_until = NULL
                 WHERE id = $1 AND lease_owner = $2 AND done_at IS NULL"""


def check_lease(status: str, row_id: int, owner: str, *, written: str = "UPDATE 1") -> None:
    """`status`: the statement's command tag, `written` when it wrote under our lease."""
    if status != written:
        raise LeaseLost(f"outbox row {row_id} is no longer leased by {owner}")
