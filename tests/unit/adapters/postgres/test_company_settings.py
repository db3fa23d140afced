from __future__ import annotations

from datetime import UTC, datetime

import pytest

from adapters.postgres.company_settings import PgCompanySettings


async def test_only_a_known_setting_goes_into_the_statement() -> None:
    # The column name is written into the SQL text: anything but a known setting is refused before any query.
    settings = PgCompanySettings(None)  # type: ignore[arg-type]  # never reached

    with pytest.raises(ValueError, match="not a company setting: 'updated_at = now\\(\\); --'"):
        await settings._set("updated_at = now(); --", "732829320", 1, datetime.now(UTC))
