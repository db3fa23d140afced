"""Turning the gateway's string ids into PostgreSQL uuid keys."""

from __future__ import annotations

import uuid


def uuid_or_none(value: str) -> uuid.UUID | None:
    """The uuid key for `value`, or None when it is not one (no row can match it)."""
    try:
        return uuid.UUID(value)
    except ValueError:
        return None
