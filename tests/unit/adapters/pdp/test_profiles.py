"""The platform profiles file: profiles, companies, ${ENV} references, and clear refusals."""

from __future__ import annotations

import pytest

from adapters.pdp.profiles import parse_profiles
from domain.platform import PlatformConfigError

FILE = """
profiles:
  afnor-pa:
    provider: afnor
    settings:
      AFNOR_FLOW_URL: https://pa.example/flow-service
      AFNOR_CLIENT_SECRET: ${PA_SECRET}
companies:
  "732829320": afnor-pa
  "356000000": iopole
"""


def test_profiles_and_companies_are_read_and_secrets_come_from_the_environment() -> None:
    parsed = parse_profiles(FILE, {"PA_SECRET": "s3cret"}, default_name="iopole")

    [profile] = parsed.profiles
    assert (profile.name, profile.provider) == ("afnor-pa", "afnor")
    assert profile.settings["AFNOR_CLIENT_SECRET"] == "s3cret"
    assert parsed.companies == {"732829320": "afnor-pa", "356000000": "iopole"}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (FILE.replace("provider: afnor", "provider: nope"), "provider"),
        (FILE.replace('"732829320"', '"732829321"'), "732829321"),  # bad SIREN key
        (FILE.replace('"356000000": iopole', '"356000000": other'), "other"),
        ("profiles: [1, 2]", "profiles"),
        ("extra: 1", "top"),
        ("profiles:\n  iopole:\n    provider: afnor", "iopole"),  # the default's name is taken
        (": : :", "YAML"),
    ],
)
def test_a_bad_file_stops_the_start_naming_what_is_wrong(text: str, named: str) -> None:
    with pytest.raises(PlatformConfigError, match=named):
        parse_profiles(text, {"PA_SECRET": "s3cret"}, default_name="iopole")


def test_a_missing_environment_reference_is_named_never_guessed() -> None:
    with pytest.raises(PlatformConfigError, match="PA_SECRET"):
        parse_profiles(FILE, {}, default_name="iopole")
