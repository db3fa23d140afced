from __future__ import annotations

from pathlib import Path

import pytest

from adapters.pdp.registry import SETTINGS
from service.wiring.configuration import read_configuration
from service.wiring.settings import SETTINGS as TYPED
from service.wiring.settings import BadSetting, cautions, check


def test_a_pool_whose_floor_is_above_its_ceiling_is_named_before_anything_starts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DB_POOL_MIN", "30")
    monkeypatch.setenv("DB_POOL_MAX", "20")
    with pytest.raises(BadSetting, match=r"^DB_POOL_MIN must be at most DB_POOL_MAX \(20\), not '30'$"):
        check(read_configuration())


def test_a_floor_equal_to_the_ceiling_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DB_POOL_MIN", "20")
    monkeypatch.setenv("DB_POOL_MAX", "20")
    check(read_configuration())


# The chosen platform's string settings, checked with the rest before anything starts: provider, variable, a value
# breaking its rule, what the line must say of the rule. The other settings the platform needs are set to good values.
GOOD_PLATFORM_SETTINGS = {
    "iopole": {
        "IOPOLE_CLIENT_ID": "gateway",
        "IOPOLE_CLIENT_SECRET": "s3cret-of-the-client",
        "IOPOLE_CUSTOMER_ID": "customer-1",
    },
    "afnor": {
        "AFNOR_FLOW_URL": "https://pa.example/flow-service",
        "AFNOR_DIRECTORY_URL": "https://pa.example/directory-service",
        "AFNOR_TOKEN_URL": "https://auth.pa.example/token",
        "AFNOR_CLIENT_ID": "gateway",
        "AFNOR_CLIENT_SECRET": "s3cret-of-the-client",
    },
}
BAD_PLATFORM_VALUES: list[tuple[str, str, str, str]] = [
    ("iopole", "IOPOLE_ENV", "staging", "one of production, sandbox"),
    ("iopole", "IOPOLE_API_BASE", "api.iopole.com", "an absolute https URL"),
    ("iopole", "IOPOLE_AUTH_URL", "https://user:pw@auth.iopole.com/token", "an absolute https URL"),
    ("iopole", "IOPOLE_CLIENT_ID", "", "1 to 255 printable characters"),
    ("iopole", "IOPOLE_CLIENT_SECRET", "x" * 5000, "1 to 4096 printable characters"),
    ("iopole", "IOPOLE_CUSTOMER_ID", "c" * 256, "1 to 255 printable characters"),
    ("iopole", "IOPOLE_WEBHOOK_SECRET", "s3cret" * 700, "at most 4096 printable characters"),
    ("afnor", "AFNOR_FLOW_URL", "ftp://pa.example/flow", "an absolute https URL"),
    (
        "afnor",
        "AFNOR_TOKEN_URL",
        "http://pa.example/token",
        "an absolute https URL (http to this machine only)",
    ),
    ("afnor", "AFNOR_DIRECTORY_URL", "", "an absolute https URL"),
    ("afnor", "AFNOR_TOKEN_URL", "https://pa.example/token?client_secret=s3cret", "an absolute https URL"),
    ("afnor", "AFNOR_CLIENT_ID", "a" * 256, "1 to 255 printable characters"),
    ("afnor", "AFNOR_CLIENT_SECRET", "", "1 to 4096 printable characters"),
    ("afnor", "AFNOR_ORGANIZATION_ID", "org 1", "at most 255 visible ASCII characters"),
    ("afnor", "AFNOR_WEBHOOK_SIGNING_KEY", "k" * 5000, "at most 4096 printable characters"),
    ("afnor", "AFNOR_SIGNATURE_DIGEST", "base64", "one of hex, raw"),
    ("afnor", "AFNOR_PLATFORM_ID", "PA-12", "the PA's 4-character matricule"),
    ("afnor", "AFNOR_PLATFORM_NAME", "n" * 101, "at most 100 printable characters"),
]
SECRETS = {
    "IOPOLE_CLIENT_SECRET",
    "IOPOLE_WEBHOOK_SECRET",
    "AFNOR_CLIENT_SECRET",
    "AFNOR_WEBHOOK_SIGNING_KEY",
}


def test_every_platform_setting_has_a_bad_value_here() -> None:
    assert {(p, v) for p, names in SETTINGS.items() for v in names} == {
        (p, v) for p, v, _, _ in BAD_PLATFORM_VALUES
    }


def _choose(monkeypatch: pytest.MonkeyPatch, provider: str, **values: str) -> None:
    monkeypatch.setenv("PDP_PROVIDER", provider)
    for name in SETTINGS[provider]:
        monkeypatch.delenv(name, raising=False)
    for name, value in (GOOD_PLATFORM_SETTINGS[provider] | values).items():
        monkeypatch.setenv(name, value)


@pytest.mark.parametrize(("provider", "variable", "value", "rule"), BAD_PLATFORM_VALUES)
def test_a_bad_string_setting_of_the_chosen_platform_is_named_before_anything_starts(
    monkeypatch: pytest.MonkeyPatch, provider: str, variable: str, value: str, rule: str
) -> None:
    _choose(monkeypatch, provider, **{variable: value})
    with pytest.raises(BadSetting) as refused:
        check(read_configuration())
    line = str(refused.value)
    assert line.startswith(f"{variable} must be {rule}")
    assert "\n" not in line and len(line) < 300
    if variable in SECRETS or variable.endswith(("_URL", "_BASE")):
        # a secret, or a URL that may carry one (user:password@, ?client_secret=): its value is never shown
        assert line.endswith("(value not shown)")
        assert not value or value[:6] not in line
        assert "s3cret" not in line and "pw@" not in line


@pytest.mark.parametrize("provider", sorted(GOOD_PLATFORM_SETTINGS))
def test_the_chosen_platform_with_its_settings_set_passes(
    monkeypatch: pytest.MonkeyPatch, provider: str
) -> None:
    _choose(monkeypatch, provider)
    check(read_configuration())


def test_an_other_platforms_settings_are_not_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the chosen platform's: a sandbox start with a stale IOPOLE_ENV runs as before."""
    monkeypatch.setenv("PDP_PROVIDER", "sandbox")
    monkeypatch.setenv("IOPOLE_ENV", "staging")
    check(read_configuration())


def test_a_profiles_file_that_cannot_be_read_is_named_before_anything_starts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """It stopped serve with a traceback once the embedded database was up."""
    monkeypatch.setenv("PLATFORM_PROFILES_FILE", str(tmp_path / "missing.yml"))
    with pytest.raises(BadSetting, match=r"^PLATFORM_PROFILES_FILE: platform profiles file .*missing\.yml"):
        check(read_configuration())


def test_a_profiles_bad_setting_is_named_with_its_profile_never_shown(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    profiles = tmp_path / "profiles.yml"
    profiles.write_text(
        "profiles:\n"
        "  pa-two:\n"
        "    provider: iopole\n"
        "    settings:\n"
        "      IOPOLE_CLIENT_ID: gw\n"
        "      IOPOLE_CLIENT_SECRET: ${PA_TWO_SECRET}\n"
        "      IOPOLE_CUSTOMER_ID: c2\n"
        "      IOPOLE_AUTH_URL: https://gw:s3cret-pw@auth.iopole.com/token\n"
    )
    monkeypatch.setenv("PA_TWO_SECRET", "s3cret-of-pa-two")
    monkeypatch.setenv("PLATFORM_PROFILES_FILE", str(profiles))
    with pytest.raises(BadSetting) as refused:
        check(read_configuration())
    line = str(refused.value)
    assert line.startswith(
        "profile pa-two of PLATFORM_PROFILES_FILE: IOPOLE_AUTH_URL must be an absolute https URL"
    )
    assert "s3cret" not in line


def test_a_profiles_file_that_is_not_yaml_is_named_without_quoting_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """yaml's own message quotes the line, which may hold a secret written in the file."""
    profiles = tmp_path / "profiles.yml"
    profiles.write_text('profiles:\n  pa:\n    settings: {IOPOLE_CLIENT_SECRET: "s3cret, : [}\n')
    monkeypatch.setenv("PLATFORM_PROFILES_FILE", str(profiles))
    with pytest.raises(BadSetting, match="not YAML") as refused:
        check(read_configuration())
    assert "s3cret" not in str(refused.value)


def test_every_setting_is_in_the_readme_configuration_table() -> None:
    """PIPELINE_WORKERS (the render capacity a backlog waits on), the platform timeouts and five more were read
    from the environment and checked, but a reader of the README could not learn they exist."""
    readme = (Path(__file__).resolve().parents[4] / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Configuration") : readme.index("## Why each dependency")]
    rows = "\n".join(line for line in table.splitlines() if line.startswith("| `"))
    variables = [s.variable for s in TYPED] + [v for names in SETTINGS.values() for v in names]
    missing = [variable for variable in variables if f"`{variable}`" not in rows]
    assert missing == []


def test_a_spool_budget_below_the_largest_body_taken_is_named_before_anything_starts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every body that large would be answered 503, and the platform would send it again for ever."""
    monkeypatch.setenv("WEBHOOK_MAX_BODY_BYTES", "2000000")
    monkeypatch.setenv("WEBHOOK_SPOOL_BUDGET_BYTES", "1999999")
    with pytest.raises(
        BadSetting,
        match=r"^WEBHOOK_SPOOL_BUDGET_BYTES must be at least WEBHOOK_MAX_BODY_BYTES \(2000000\), not '1999999'",
    ):
        check(read_configuration())
    monkeypatch.setenv("WEBHOOK_SPOOL_AFTER_BYTES", "2000001")  # never spooled: no budget needed
    check(read_configuration())


def test_a_body_limit_past_what_postgresql_stores_in_a_field_is_named_before_anything_starts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """PostgreSQL keeps at most 1 GB in a field: a 1 GiB body was read, spooled, signed... then refused by the inbox
    (ProgramLimitExceededError, measured: 1023 MiB stored, 1 GiB not), a 500 the platform sent again for ever."""
    monkeypatch.setenv("WEBHOOK_MAX_BODY_BYTES", str(1 << 30))
    with pytest.raises(BadSetting, match=r"^WEBHOOK_MAX_BODY_BYTES must be an integer 1-1072693248"):
        check(read_configuration())
    monkeypatch.setenv("WEBHOOK_MAX_BODY_BYTES", str(1023 << 20))
    check(read_configuration())


def test_a_pipeline_lease_no_longer_than_a_platform_call_is_said_at_start_not_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Before: taken in silence; a row could be taken over mid-upload and sent twice.
    for name in ("PDP_CONNECT_TIMEOUT_S", "PDP_TIMEOUT_S", "PDP_UPLOAD_TIMEOUT_S", "PIPELINE_LEASE_S"):
        monkeypatch.delenv(name, raising=False)
    assert cautions(read_configuration()) == []  # the defaults: 180 s against 110 s
    monkeypatch.setenv("PIPELINE_LEASE_S", "60")
    check(read_configuration())  # taken
    assert cautions(read_configuration()) == [
        "PIPELINE_LEASE_S 60 s is no longer than a platform call may last (110 s: an upload with its retries, by"
        " PDP_CONNECT_TIMEOUT_S, PDP_TIMEOUT_S and PDP_UPLOAD_TIMEOUT_S): a row may be taken over while its upload"
        " is under way, and sent twice if the platform does not list it yet (docs/deploy.md)"
    ]
    monkeypatch.setenv("PIPELINE_LEASE_S", "200")
    monkeypatch.setenv("PDP_UPLOAD_TIMEOUT_S", "300")  # one upload's exchange: 5 + 10 + 300 + 5
    # and the token asked before it (5 + 10 + 10 + 5): the call's deadline (adapters.pdp.calls.call_deadline)
    assert "(350 s: an upload" in cautions(read_configuration())[0]
    monkeypatch.setenv(
        "PIPELINE_LEASE_S", "330"
    )  # longer than the upload's exchange, not than the whole call
    assert "(350 s: an upload" in cautions(read_configuration())[0]
