"""API key secrets: their shape, their digest and the prefix shown in listings."""

from __future__ import annotations

import hashlib

import pytest

from domain.api_keys import SECRET_PREFIX, hash_secret, looks_like_secret, new_secret, secret_prefix


def test_a_new_secret_carries_the_prefix_and_256_random_bits() -> None:
    first, second = new_secret(), new_secret()

    assert first.startswith("pdpg_") and SECRET_PREFIX == "pdpg_"
    assert len(first) == len("pdpg_") + 43  # token_urlsafe(32): 43 characters of base64url
    assert first != second
    assert looks_like_secret(first)


def test_the_stored_digest_is_the_hex_sha256_of_the_utf8_secret() -> None:
    assert hash_secret("pdpg_é") == hashlib.sha256("pdpg_é".encode()).hexdigest()
    assert hash_secret("pdpg_a") != hash_secret("pdpg_b")


def test_the_listed_prefix_is_the_first_eleven_characters() -> None:
    assert secret_prefix("pdpg_Xb3k9Qrest-of-the-secret") == "pdpg_Xb3k9Q"


@pytest.mark.parametrize(
    ("secret", "looks"),
    [
        ("pdpg_" + "a" * 35, True),  # 40 characters: the shortest accepted
        ("pdpg_" + "a" * 34, False),
        ("pdpg_" + "a" * 123, True),  # 128: the longest accepted
        ("pdpg_" + "a" * 124, False),
        ("pdpx_" + "a" * 43, False),
        ("a" * 48, False),
    ],
)
def test_only_a_prefixed_secret_of_40_to_128_characters_looks_like_one(secret: str, looks: bool) -> None:
    assert looks_like_secret(secret) is looks
