"""API key secrets: generated with the OS's CSPRNG, shown once, stored only as a SHA-256 digest.

A digest without salt is enough here: the secret carries 256 random bits, so there is nothing to guess by
brute force, and a plain digest lets authentication find the key with one indexed lookup.
"""

from __future__ import annotations

import hashlib
import secrets

SECRET_PREFIX = "pdpg_"
_DISPLAY_LENGTH = len(SECRET_PREFIX) + 6


def new_secret() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def secret_prefix(secret: str) -> str:
    """The first characters, enough to tell keys apart in a listing, far too few to guess the rest."""
    return secret[:_DISPLAY_LENGTH]


def looks_like_secret(secret: str) -> bool:
    return secret.startswith(SECRET_PREFIX) and 40 <= len(secret) <= 128
