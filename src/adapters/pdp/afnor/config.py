"""AFNOR XP Z12-013 settings from the environment (AFNOR_*): the two service bases, OAuth2 client credentials, the
webhook signing key and its digest reading, the optional Organization-Id (delegation), and for e-reporting the
PA's matricule and name (AFNOR_PLATFORM_ID / AFNOR_PLATFORM_NAME: the sender block of a flux 10 document)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from adapters.pdp.afnor.signing import DIGEST_FORM, DigestForm, digest_form
from adapters.pdp.http_platform import read_settings
from adapters.pdp.oauth_token import OAuthClient
from adapters.pdp.secret import Secret
from adapters.pdp.timeouts import Timeouts
from adapters.setting_rules import Rule, text, url

ID_CHARACTERS = 255
KEY_CHARACTERS = 4096  # a client secret or signing key: far longer than any real one, bounded all the same


def _service_base() -> Rule:
    """A service base such as https://pa.example/flow-service, kept without its trailing slash: the /v1/... paths of
    the OpenAPI files are appended to it, so it must not end with one."""
    base = url(required=True)

    def read(value: str) -> str:
        value = base.read(value).rstrip("/")
        if value.endswith("/v1"):
            raise ValueError("a path of the service, not its base")
        return value

    return Rule(
        base.says + ", the service base (…/flow-service) without the /v1 of the paths", read, shown=False
    )


def _matricule(value: str) -> str:
    if value and not (len(value) == 4 and value.isascii() and value.isalnum()):
        raise ValueError("not a matricule")
    return value


# The settings a profile reads, with their rules: checked before anything starts for the default profile
# (service.wiring.settings.check), and here when any profile opens.
SETTINGS: Mapping[str, Rule] = {
    "AFNOR_FLOW_URL": _service_base(),
    "AFNOR_DIRECTORY_URL": _service_base(),
    "AFNOR_TOKEN_URL": _service_base(),
    "AFNOR_CLIENT_ID": text(ID_CHARACTERS, required=True),
    "AFNOR_CLIENT_SECRET": text(KEY_CHARACTERS, required=True, secret=True),
    "AFNOR_ORGANIZATION_ID": text(ID_CHARACTERS, visible_ascii=True),  # the Organization-Id header, as is
    "AFNOR_WEBHOOK_SIGNING_KEY": text(KEY_CHARACTERS, secret=True),  # empty: every callback is refused
    "AFNOR_SIGNATURE_DIGEST": DIGEST_FORM,
    "AFNOR_PLATFORM_ID": Rule("the PA's 4-character matricule (letters, digits) or empty", _matricule),
    "AFNOR_PLATFORM_NAME": text(100),  # empty: the matricule
}


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
        read = read_settings(SETTINGS, env)
        digest = digest_form(env)
        platform_id = read["AFNOR_PLATFORM_ID"]
        return cls(
            flow_url=read["AFNOR_FLOW_URL"],
            directory_url=read["AFNOR_DIRECTORY_URL"],
            oauth=OAuthClient(
                token_url=read["AFNOR_TOKEN_URL"],
                client_id=read["AFNOR_CLIENT_ID"],
                client_secret=Secret(env["AFNOR_CLIENT_SECRET"]),
            ),
            organization_id=read["AFNOR_ORGANIZATION_ID"],
            webhook_signing_key=Secret(env.get("AFNOR_WEBHOOK_SIGNING_KEY", "")),
            digest_form=digest,
            platform_id=platform_id,
            platform_name=read["AFNOR_PLATFORM_NAME"] or platform_id,
            timeouts=timeouts or Timeouts(),
        )
