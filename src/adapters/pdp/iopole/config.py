"""IOPOLE settings from the environment (names kept from the seed note, plus IOPOLE_CUSTOMER_ID and IOPOLE_AUTH_URL)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

from adapters.pdp.oauth_token import OAuthClient
from adapters.pdp.secret import Secret
from adapters.pdp.timeouts import Timeouts
from domain.platform import PlatformConfigError

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
        environment = env.get("IOPOLE_ENV", "sandbox").strip().lower() or "sandbox"
        if environment not in ENVIRONMENTS:
            raise PlatformConfigError(
                f"IOPOLE_ENV must be one of {sorted(ENVIRONMENTS)}, got {environment!r}"
            )
        default_api, default_auth = ENVIRONMENTS[environment]
        api_base = normalise_api_base(env.get("IOPOLE_API_BASE", "") or default_api)
        missing = [
            name
            for name in ("IOPOLE_CLIENT_ID", "IOPOLE_CLIENT_SECRET", "IOPOLE_CUSTOMER_ID")
            if not env.get(name)
        ]
        if missing:
            raise PlatformConfigError(f"missing IOPOLE settings: {', '.join(missing)}")
        return cls(
            api_base=api_base,
            oauth=OAuthClient(
                token_url=env.get("IOPOLE_AUTH_URL", "") or default_auth,
                client_id=env["IOPOLE_CLIENT_ID"],
                client_secret=Secret(env["IOPOLE_CLIENT_SECRET"]),
            ),
            customer_id=env["IOPOLE_CUSTOMER_ID"],
            webhook_secret=Secret(env.get("IOPOLE_WEBHOOK_SECRET", "")),
            environment=environment,
            timeouts=timeouts or Timeouts(),
        )


def normalise_api_base(value: str) -> str:
    """Host only: paths mix /v1 and /v1.1, so a trailing /v1 (seed-note style) is dropped with a warning."""
    base = value.strip().rstrip("/")
    if base.endswith("/v1"):
        log.warning("IOPOLE_API_BASE should hold the host only; dropping the trailing /v1 from %s", base)
        base = base[: -len("/v1")]
    return base
