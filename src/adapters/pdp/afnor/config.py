"""AFNOR XP Z12-013 settings from the environment (AFNOR_*): the two service bases, OAuth2 client credentials, the
webhook signing key and its digest reading, the optional Organization-Id (delegation), and for e-reporting the
PA's matricule and name (AFNOR_PLATFORM_ID / AFNOR_PLATFORM_NAME: the sender block of a flux 10 document)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from adapters.pdp.afnor.signing import DigestForm, digest_form
from adapters.pdp.oauth_token import OAuthClient
from adapters.pdp.secret import Secret
from adapters.pdp.timeouts import Timeouts
from domain.platform import PlatformConfigError

REQUIRED = (
    "AFNOR_FLOW_URL",
    "AFNOR_DIRECTORY_URL",
    "AFNOR_TOKEN_URL",
    "AFNOR_CLIENT_ID",
    "AFNOR_CLIENT_SECRET",
)


def _base(name: str, value: str) -> str:
    """A service base such as https://pa.example/flow-service: absolute http(s), no query, no trailing slash; the
    /v1/... paths of the OpenAPI files are appended to it."""
    base = value.strip().rstrip("/")
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise PlatformConfigError(f"{name} must be an absolute http(s) URL without query, got {value!r}")
    if base.endswith("/v1"):
        raise PlatformConfigError(
            f"{name} is the service base (…/flow-service), without the /v1 of the paths"
        )
    return base


@dataclass(frozen=True, slots=True)
class AfnorConfig:
    flow_url: str
    directory_url: str
    oauth: OAuthClient  # AFNOR_TOKEN_URL, AFNOR_CLIENT_ID, AFNOR_CLIENT_SECRET
    organization_id: str = ""
    webhook_signing_key: Secret = field(default_factory=lambda: Secret(""))
    digest_form: DigestForm = DigestForm.RAW
    platform_id: str = ""  # the PA's matricule (scheme 0238, 4 characters); "" = no e-reporting
    platform_name: str = ""
    timeouts: Timeouts = field(default_factory=Timeouts)

    @classmethod
    def from_env(cls, env: Mapping[str, str], *, timeouts: Timeouts | None = None) -> AfnorConfig:
        missing = [name for name in REQUIRED if not env.get(name, "").strip()]
        if missing:
            raise PlatformConfigError(f"missing AFNOR settings: {', '.join(missing)}")
        digest = digest_form(env)
        organization = env.get("AFNOR_ORGANIZATION_ID", "").strip()
        if len(organization) > 255 or any(ord(c) < 0x21 or ord(c) > 0x7E for c in organization):
            raise PlatformConfigError("AFNOR_ORGANIZATION_ID must be at most 255 visible ASCII characters")
        platform_id = env.get("AFNOR_PLATFORM_ID", "").strip()
        if platform_id and not (len(platform_id) == 4 and platform_id.isascii() and platform_id.isalnum()):
            raise PlatformConfigError(
                "AFNOR_PLATFORM_ID must be the PA's 4-character matricule (letters, digits)"
            )
        platform_name = env.get("AFNOR_PLATFORM_NAME", "").strip() or platform_id
        if len(platform_name) > 100 or any(ord(c) < 0x20 for c in platform_name):
            raise PlatformConfigError("AFNOR_PLATFORM_NAME must be at most 100 printable characters")
        return cls(
            flow_url=_base("AFNOR_FLOW_URL", env["AFNOR_FLOW_URL"]),
            directory_url=_base("AFNOR_DIRECTORY_URL", env["AFNOR_DIRECTORY_URL"]),
            oauth=OAuthClient(
                token_url=_base("AFNOR_TOKEN_URL", env["AFNOR_TOKEN_URL"]),
                client_id=env["AFNOR_CLIENT_ID"].strip(),
                client_secret=Secret(env["AFNOR_CLIENT_SECRET"]),
            ),
            organization_id=organization,
            webhook_signing_key=Secret(env.get("AFNOR_WEBHOOK_SIGNING_KEY", "")),
            digest_form=digest,
            platform_id=platform_id,
            platform_name=platform_name,
            timeouts=timeouts or Timeouts(),
        )
