from collections.abc import Callable
from pathlib import Path

import pytest

from adapters.documents.validation import OfficialValidator

FIXTURES = Path(__file__).resolve().parents[4] / "fixtures" / "documents"


@pytest.fixture(scope="session")
def validator() -> OfficialValidator:
    return OfficialValidator()


@pytest.fixture(scope="session")
def document() -> Callable[[str], bytes]:
    def load(name: str) -> bytes:
        return (FIXTURES / name).read_bytes()

    return load
