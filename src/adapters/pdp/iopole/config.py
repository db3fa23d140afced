"""IOPOLE settings from the environment (names kept from the seed note, plus IOPOLE_CUSTOMER_ID and IOPOLE_AUTH_URL)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

from adapters.pdp.http_platform import read_settings
from adapters.pdp.oauth_token import OAuthClient
from adapters.pdp.secret import Secret
from adapters.pdp.timeouts import Timeouts
from adapters.setting_rules import Rule, one_of, text, url

log = logging.getLogger(__name__)

ENVIRONMENTS: Mapping[str, tuple[str, str]] = {
    "sandbox": (
        "https://api.ppd.iopole.fr",
        "https://auth.ppd.iopole.fr/realms/iopole/protocol/openid-connect/token",
    ),
    "production": (
        "https://api.iopole.com",
        "https://auth.iopole.com/realms/iopole/protocol/openid-connect/token",
    ),
}

ID_CHARACTERS = 255
KEY_CHARACTERS = 4096  # a client secret or HMAC key: far longer than any real one, bounded all the same

# The settings a profile reads, with their rules: checked before anything starts for the default profile
# (service.wiring.settings.check), and here when any profile opens.
SETTINGS: Mapping[str, Rule] = {
    "IOPOLE_ENV": one_of(ENVIRONMENTS, fold=str.lower, empty="sandbox"),
    "IOPOLE_API_BASE": url(),  # empty: the environment's
    "IOPOLE_AUTH_URL": url(),  # empty: the environment's
    "IOPOLE_CLIENT_ID": text(ID_CHARACTERS, required=True),
    "IOPOLE_CLIENT_SECRET": text(KEY_CHARACTERS, required=True, secret=True),
    "IOPOLE_CUSTOMER_ID": text(ID_CHARACTERS, required=True),  # sent as the customer-id header
    "IOPOLE_WEBHOOK_SECRET": text(KEY_CHARACTERS, secret=True),  # empty: every callback is refused
}


@dataclass(frozen=True, slots=True)
class IopoleConfig:
    api_base: str
    oauth: OAuthClient  # IOPOLE_AUTH_URL (else the environment's), IOPOLE_CLIENT_ID, IOPOLE_CLIENT_SECRET
    customer_id: str
    webhook_secret: Secret = field(default_factory=lambda: Secret(""))
    environment: str = "sandbox"
    timeouts: Timeouts = field(default_factory=Timeouts)

    @classmethod
    def from_env(cls, env: Mapping[str, str], *, timeouts: Timeouts | None = None) -> IopoleConfig:
        read = read_settings(SETTINGS, env)
        environment = read["IOPOLE_ENV"].lower() or "sandbox"
        default_api, default_auth = ENVIRONMENTS[environment]
        api_base = normalise_api_base(read["IOPOLE_API_BASE"] or default_api)
        return cls(
            api_base=api_base,
            oauth=OAuthClient(
                token_url=read["IOPOLE_AUTH_URL"] or default_auth,
                client_id=env["IOPOLE_CLIENT_ID"],
                client_secret=Secret(env["IOPOLE_CLIENT_SECRET"]),
            ),
            customer_id=read["IOPOLE_CUSTOMER_ID"],
            webhook_secret=Secret(env.get("IOPOLE_WEBHOOK_SECRET", "")),
            environment=environment,
            timeouts=timeouts or Timeouts(),
        )

    def headers(self, token: str) -> dict[str, str]:
        """Every IOPOLE API call's headers: the bearer token and the customer it acts for (`customer-id`)."""
        return {
            "Authorization": f"Bearer {token}",
            "customer-id": self.customer_id,
            "Accept": "application/json",
        }


def normalise_api_base(value: str) -> str:
    """Host only: paths mix /v1 and /v1.1, so a trailing /v1 (seed-note style) is dropped with a warning."""
    base = value.strip().rstrip("/")
    if base.endswith("/v1"):
        log.warning("IOPOLE_API_BASE should hold the host only; dropping the trailing /v1 from %s", base)
        base = base[: -len("/v1")]
    return base
