"""PlatformSet's lookups: which open platform profile serves a company, a provider and a name."""

from __future__ import annotations

from typing import Any, cast

import pytest

from domain.platform_profile import PlatformServices, PlatformSet


def _profile(name: str, provider: str) -> PlatformServices:
    # the lookups never touch the ports: placeholders stand for them
    return PlatformServices(name, provider, gateway=cast(Any, None), reporting=cast(Any, None))


MAIN = _profile("main", "iopole")
GROUP = _profile("group", "afnor")
OTHER_IOPOLE = _profile("other", "iopole")


def test_a_company_goes_through_its_mapped_profile_and_every_other_one_through_the_default() -> None:
    platforms = PlatformSet(MAIN, {"group": GROUP, "other": OTHER_IOPOLE}, {"732829320": "group"})

    assert platforms.for_company("732829320") is GROUP
    assert platforms.for_company("552100554") is MAIN
    assert (platforms.named("group"), platforms.named("main"), platforms.named("nope")) == (GROUP, MAIN, None)
    assert platforms.all() == [MAIN, GROUP, OTHER_IOPOLE]
    assert platforms.companies() == {"732829320": "group"}
    assert platforms.default is MAIN


def test_a_provider_is_served_by_its_first_profile_the_default_first() -> None:
    platforms = PlatformSet(MAIN, {"other": OTHER_IOPOLE, "group": GROUP})
    assert platforms.with_provider("iopole") is MAIN
    assert platforms.with_provider("afnor") is GROUP
    assert platforms.with_provider("sandbox") is None
    assert PlatformSet(GROUP, {"other": OTHER_IOPOLE}).with_provider("iopole") is OTHER_IOPOLE


def test_the_default_alone_serves_everyone() -> None:
    platforms = PlatformSet(MAIN)
    assert (platforms.for_company("732829320"), platforms.all(), platforms.companies()) == (MAIN, [MAIN], {})


def test_the_companies_given_are_copied_not_shared() -> None:
    companies = {"732829320": "group"}
    platforms = PlatformSet(MAIN, {"group": GROUP}, companies)
    companies["552100554"] = "group"
    platforms.companies()["303265045"] = "group"
    assert platforms.companies() == {"732829320": "group"}


def test_a_company_mapped_to_an_unknown_profile_is_refused_with_every_unknown_name_once() -> None:
    with pytest.raises(ValueError) as refused:
        PlatformSet(MAIN, {"group": GROUP}, {"1": "zeta", "2": "alpha", "3": "zeta", "4": "group"})
    assert str(refused.value) == "companies mapped to unknown platform profiles: alpha, zeta"
