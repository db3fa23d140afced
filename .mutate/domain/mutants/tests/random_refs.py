"""Random references so that tests share one database without cleaning up."""

from __future__ import annotations

import random
import uuid

from domain.identifiers import french_vat_key, luhn_ok

__all__ = ["french_vat_key", "random_request_id", "random_siren"]


def random_siren() -> str:
    """A random nine-digit SIREN with a valid Luhn key."""
    body = f"{random.randrange(10**7, 10**8):08d}"
    return next(body + str(k) for k in range(10) if luhn_ok(body + str(k)))


def random_request_id() -> str:
    return f"req-{uuid.uuid4().hex}"
