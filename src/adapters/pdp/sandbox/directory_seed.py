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
    # A public buyer (domain.b2g): reached through Chorus Pro (platform 9999) at its SIRET, scheme 0009, and what
    # its directory line requires of an invoice.
    siret: str = ""
    public: bool = False
    requires_engagement: bool = False
    requires_service_code: bool = False

    @property
    def address(self) -> str:
        return f"{self.scheme}:{self.siret if self.scheme == '0009' else self.siren}"

    @property
    def public_fields(self) -> dict[str, object]:
        """The public-buyer fields of its DirectoryEntry (none for a company)."""
        if not self.public:
            return {}
        return {
            "public_entity": True,
            "platform_id": "9999",
            "requires_engagement": self.requires_engagement,
            "requires_service_code": self.requires_service_code,
        }


def seed_directory(today: date) -> list[Company]:
    """Luhn-valid SIRENs: reachable, registered from a future date, declared but unregistered, registration ended."""
    return [
        Company("732829320", "ACHETEUR JOIGNABLE SA", valid_from=today - timedelta(days=60)),
        Company("356000000", "LA POSTE (TEST) SA", valid_from=today - timedelta(days=400)),
        # The buyer of every invoice under examples/: `make run` sends them through the sandbox.
        Company("552100554", "CLIENT INDUSTRIES SA", valid_from=today - timedelta(days=400)),
        Company("552081317", "ENREGISTREMENT FUTUR SAS", valid_from=today + timedelta(days=30)),
        Company("542107651", "NON INSCRIT SARL", registered=False),
        # A state buyer on Chorus Pro: addressed by its SIRET, requires an engagement number (BT-13).
        Company(
            "110000007",
            "MINISTERE DE L'EXEMPLE (TEST)",
            valid_from=today - timedelta(days=400),
            scheme="0009",
            siret="11000000700010",
            public=True,
            requires_engagement=True,
        ),
        Company(
            "443061841",
            "SORTIE DE L'ANNUAIRE SA",
            valid_from=today - timedelta(days=400),
            valid_to=today - timedelta(days=1),
        ),
    ]
