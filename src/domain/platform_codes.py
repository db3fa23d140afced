"""Lifecycle status codes (CDAR, XP Z12-012 Annex A) and the IOPOLE label mapping, as plain data.

Received codes are an open set: anything not listed here is kept verbatim by the adapters, never dropped.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

# CDAR code -> French name (reform.md §2). Codes 250-601 other than 501 have no verified meaning, so they are absent.
CDAR_NAMES: Final = MappingProxyType(
    {
        "200": "Déposée",
        "201": "Émise par la plateforme",
        "202": "Reçue par la plateforme",
        "203": "Mise à disposition",
        "204": "Prise en charge",
        "205": "Approuvée",
        "206": "Approuvée partiellement",
        "207": "En litige",
        "208": "Suspendue",
        "209": "Complétée",
        "210": "Refusée",
        "211": "Paiement transmis",
        "212": "Encaissée",
        "213": "Rejetée",
        "214": "Visée",
        "220": "Annulée",
        "221": "Erreur de routage",
        "224": "Demande de paiement direct",
        "225": "Affacturée",
        "226": "Affacturée confidentielle",
        "227": "Changement de compte à payer",
        "228": "Non affacturée",
        "501": "Irrecevable",
    }
)

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
SENDABLE_BY_RECIPIENT: Final = frozenset({"204", "205", "206", "207", "208", "209", "210", "211", "212"})

# BR-FR-CDV-15: these codes need a reason; BR-FR-CDV-14: 212 needs an amount.
REASON_REQUIRED: Final = frozenset({"206", "207", "208", "210", "213", "501"})
AMOUNT_REQUIRED: Final = frozenset({"212"})

# Terminal outcomes of the transmission phase.
TERMINAL_REJECTIONS: Final = frozenset({"213", "221", "501"})


def cdar_name(code: str) -> str:
    """French name of a CDAR code, or the code itself when it is not a known one."""
    return CDAR_NAMES.get(code, code)


def is_known_cdar(code: str) -> bool:
    return code in CDAR_NAMES
