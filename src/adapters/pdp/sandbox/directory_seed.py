"""A small directory of test companies shared by the IOPOLE simulator and the in-process sandbox."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass
class Company:
    siren: str
    name: str
    registered: bool = True
    valid_from: date | None = None
    valid_to: date | None = None
    scheme: str = "0225"

    @property
    def address(self) -> str:
        return f"{self.scheme}:{self.siren}"


def seed_directory(today: date) -> list[Company]:
    """Luhn-valid SIRENs: reachable, registered from a future date, declared but unregistered, registration ended."""
    return [
        Company("732829320", "ACHETEUR JOIGNABLE SA", valid_from=today - timedelta(days=60)),
        Company("356000000", "LA POSTE (TEST) SA", valid_from=today - timedelta(days=400)),
        # The buyer of every invoice under examples/: `make run` sends them through the sandbox.
        Company("552100554", "CLIENT INDUSTRIES SA", valid_from=today - timedelta(days=400)),
        Company("552081317", "ENREGISTREMENT FUTUR SAS", valid_from=today + timedelta(days=30)),
        Company("542107651", "NON INSCRIT SARL", registered=False),
        Company(
            "443061841",
            "SORTIE DE L'ANNUAIRE SA",
            valid_from=today - timedelta(days=400),
            valid_to=today - timedelta(days=1),
        ),
    ]
