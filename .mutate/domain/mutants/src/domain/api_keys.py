"""API key secrets: generated with the OS's CSPRNG, shown once, stored only as a SHA-256 digest.

A digest without salt is enough here: the secret carries 256 random bits, so there is nothing to guess by
brute force, and a plain digest lets authentication find the key with one indexed lookup.
"""

from __future__ import annotations

import hashlib
import secrets

SECRET_PREFIX = "pdpg_"
_DISPLAY_LENGTH = len(SECRET_PREFIX) + 6


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_new_secret__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_new_secret__mutmut)
def new_secret() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def x_new_secret__mutmut_orig() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def x_new_secret__mutmut_1() -> str:
    return SECRET_PREFIX - secrets.token_urlsafe(32)


def x_new_secret__mutmut_2() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(None)


def x_new_secret__mutmut_3() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(33)

mutants_x_new_secret__mutmut['_mutmut_orig'] = x_new_secret__mutmut_orig # type: ignore # mutmut generated
mutants_x_new_secret__mutmut['x_new_secret__mutmut_1'] = x_new_secret__mutmut_1 # type: ignore # mutmut generated
mutants_x_new_secret__mutmut['x_new_secret__mutmut_2'] = x_new_secret__mutmut_2 # type: ignore # mutmut generated
mutants_x_new_secret__mutmut['x_new_secret__mutmut_3'] = x_new_secret__mutmut_3 # type: ignore # mutmut generated
mutants_x_hash_secret__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_hash_secret__mutmut)
def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def x_hash_secret__mutmut_orig(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def x_hash_secret__mutmut_1(secret: str) -> str:
    return hashlib.sha256(None).hexdigest()


def x_hash_secret__mutmut_2(secret: str) -> str:
    return hashlib.sha256(secret.encode(None)).hexdigest()


def x_hash_secret__mutmut_3(secret: str) -> str:
    return hashlib.sha256(secret.encode("XXutf-8XX")).hexdigest()


def x_hash_secret__mutmut_4(secret: str) -> str:
    return hashlib.sha256(secret.encode("UTF-8")).hexdigest()

mutants_x_hash_secret__mutmut['_mutmut_orig'] = x_hash_secret__mutmut_orig # type: ignore # mutmut generated
mutants_x_hash_secret__mutmut['x_hash_secret__mutmut_1'] = x_hash_secret__mutmut_1 # type: ignore # mutmut generated
mutants_x_hash_secret__mutmut['x_hash_secret__mutmut_2'] = x_hash_secret__mutmut_2 # type: ignore # mutmut generated
mutants_x_hash_secret__mutmut['x_hash_secret__mutmut_3'] = x_hash_secret__mutmut_3 # type: ignore # mutmut generated
mutants_x_hash_secret__mutmut['x_hash_secret__mutmut_4'] = x_hash_secret__mutmut_4 # type: ignore # mutmut generated


def secret_prefix(secret: str) -> str:
    """The first characters, enough to tell keys apart in a listing, far too few to guess the rest."""
    return secret[:_DISPLAY_LENGTH]
mutants_x_looks_like_secret__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_looks_like_secret__mutmut)
def looks_like_secret(secret: str) -> bool:
    return secret.startswith(SECRET_PREFIX) and 40 <= len(secret) <= 128


def x_looks_like_secret__mutmut_orig(secret: str) -> bool:
    return secret.startswith(SECRET_PREFIX) and 40 <= len(secret) <= 128


def x_looks_like_secret__mutmut_1(secret: str) -> bool:
    return secret.startswith(SECRET_PREFIX) or 40 <= len(secret) <= 128


def x_looks_like_secret__mutmut_2(secret: str) -> bool:
    return secret.startswith(None) and 40 <= len(secret) <= 128


def x_looks_like_secret__mutmut_3(secret: str) -> bool:
    return secret.startswith(SECRET_PREFIX) and 41 <= len(secret) <= 128


def x_looks_like_secret__mutmut_4(secret: str) -> bool:
    return secret.startswith(SECRET_PREFIX) and 40 < len(secret) <= 128


def x_looks_like_secret__mutmut_5(secret: str) -> bool:
    return secret.startswith(SECRET_PREFIX) and 40 <= len(secret) < 128


def x_looks_like_secret__mutmut_6(secret: str) -> bool:
    return secret.startswith(SECRET_PREFIX) and 40 <= len(secret) <= 129

mutants_x_looks_like_secret__mutmut['_mutmut_orig'] = x_looks_like_secret__mutmut_orig # type: ignore # mutmut generated
mutants_x_looks_like_secret__mutmut['x_looks_like_secret__mutmut_1'] = x_looks_like_secret__mutmut_1 # type: ignore # mutmut generated
mutants_x_looks_like_secret__mutmut['x_looks_like_secret__mutmut_2'] = x_looks_like_secret__mutmut_2 # type: ignore # mutmut generated
mutants_x_looks_like_secret__mutmut['x_looks_like_secret__mutmut_3'] = x_looks_like_secret__mutmut_3 # type: ignore # mutmut generated
mutants_x_looks_like_secret__mutmut['x_looks_like_secret__mutmut_4'] = x_looks_like_secret__mutmut_4 # type: ignore # mutmut generated
mutants_x_looks_like_secret__mutmut['x_looks_like_secret__mutmut_5'] = x_looks_like_secret__mutmut_5 # type: ignore # mutmut generated
mutants_x_looks_like_secret__mutmut['x_looks_like_secret__mutmut_6'] = x_looks_like_secret__mutmut_6 # type: ignore # mutmut generated
