"""Random references so that tests share one database without cleaning up."""

from __future__ import annotations

import random
import uuid


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def random_siren() -> str:
    """A random nine-digit SIREN with a valid Luhn key."""
    body = f"{random.randrange(10**7, 10**8):08d}"
    key = next(str(k) for k in range(10) if luhn_valid(body + str(k)))
    return body + key


def random_request_id() -> str:
    return f"req-{uuid.uuid4().hex}"
