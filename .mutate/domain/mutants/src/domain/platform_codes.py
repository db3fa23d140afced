"""Lifecycle status codes (CDAR, XP Z12-012 Annex A) and the IOPOLE label mapping, as plain data.

Received codes are an open set: anything not listed here is kept verbatim by the adapters, never dropped.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from domain.lifecycle import SENDABLE, STATUSES

# CDAR code -> French name (reform.md §2), from the lifecycle's table. Codes 250-601 other than 501 have no verified
# meaning, so they are absent.
CDAR_NAMES: Final = MappingProxyType({code: info.name_fr for code, info in STATUSES.items()})

# IOPOLE status label -> CDAR code (pdp-apis.md §1.4; cnfilms/iopole-api constants, labels of the IOPOLE spec enum).
IOPOLE_LABEL_TO_CDAR: Final = MappingProxyType(
    {
        "SUBMITTED": "200",
        "ISSUED": "201",
        "RECEIVED": "202",
        "MADE_AVAILABLE": "203",
        "IN_HAND": "204",
        "APPROVED": "205",
        "PARTIALLY_APPROVED": "206",
        "DISPUTED": "207",
        "SUSPENDED": "208",
        "COMPLETED": "209",
        "REFUSED": "210",
        "PAYMENT_SENT": "211",
        "PAYMENT_RECEIVED": "212",
        "REJECTED": "213",
    }
)

CDAR_TO_IOPOLE_LABEL: Final = MappingProxyType({code: label for label, code in IOPOLE_LABEL_TO_CDAR.items()})

# Statuses a recipient (buyer side) may send through the platform; the others are emitted by the platforms themselves.
# The rules on statuses we send live in domain.lifecycle (check_sendable, check_outgoing).
SENDABLE_BY_RECIPIENT: Final = SENDABLE


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_cdar_name__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_cdar_name__mutmut)
def cdar_name(code: str) -> str:
    """French name of a CDAR code, or the code itself when it is not a known one."""
    return CDAR_NAMES.get(code, code)


def x_cdar_name__mutmut_orig(code: str) -> str:
    """French name of a CDAR code, or the code itself when it is not a known one."""
    return CDAR_NAMES.get(code, code)


def x_cdar_name__mutmut_1(code: str) -> str:
    """French name of a CDAR code, or the code itself when it is not a known one."""
    return CDAR_NAMES.get(None, code)


def x_cdar_name__mutmut_2(code: str) -> str:
    """French name of a CDAR code, or the code itself when it is not a known one."""
    return CDAR_NAMES.get(code, None)


def x_cdar_name__mutmut_3(code: str) -> str:
    """French name of a CDAR code, or the code itself when it is not a known one."""
    return CDAR_NAMES.get(code)


def x_cdar_name__mutmut_4(code: str) -> str:
    """French name of a CDAR code, or the code itself when it is not a known one."""
    return CDAR_NAMES.get(code, )

mutants_x_cdar_name__mutmut['_mutmut_orig'] = x_cdar_name__mutmut_orig # type: ignore # mutmut generated
mutants_x_cdar_name__mutmut['x_cdar_name__mutmut_1'] = x_cdar_name__mutmut_1 # type: ignore # mutmut generated
mutants_x_cdar_name__mutmut['x_cdar_name__mutmut_2'] = x_cdar_name__mutmut_2 # type: ignore # mutmut generated
mutants_x_cdar_name__mutmut['x_cdar_name__mutmut_3'] = x_cdar_name__mutmut_3 # type: ignore # mutmut generated
mutants_x_cdar_name__mutmut['x_cdar_name__mutmut_4'] = x_cdar_name__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_known_cdar__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_known_cdar__mutmut)
def is_known_cdar(code: str) -> bool:
    return code in CDAR_NAMES


def x_is_known_cdar__mutmut_orig(code: str) -> bool:
    return code in CDAR_NAMES


def x_is_known_cdar__mutmut_1(code: str) -> bool:
    return code not in CDAR_NAMES

mutants_x_is_known_cdar__mutmut['_mutmut_orig'] = x_is_known_cdar__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_known_cdar__mutmut['x_is_known_cdar__mutmut_1'] = x_is_known_cdar__mutmut_1 # type: ignore # mutmut generated
