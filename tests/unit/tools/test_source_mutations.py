"""The hand-written mutations (tools/mutate) each change live code: a text that moved, vanished or sits in a SQL
function a later migration replaced would be reported as a survivor (or an error) only when someone runs them."""

from dataclasses import replace
from pathlib import Path

import pytest

from tools.mutate.scripted import locate
from tools.mutate.source_mutations import MUTATIONS

SRC = Path(__file__).resolve().parents[3] / "src"


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.id)
def test_every_mutation_finds_its_text_once_in_live_code(mutation):
    assert locate(SRC, mutation).is_file()


def test_a_text_in_a_function_a_later_migration_replaced_is_refused():
    link = next(m for m in MUTATIONS if m.id == "audit-link-accepts-any-prev-hash")
    replaced = replace(
        link,
        path="src/adapters/postgres/migrations/0004_archive_reporting.sql",
        old="IF head IS NULL OR head <> NEW.prev_hash THEN",  # 0004's body of audit_log_link, replaced by 0230
    )
    with pytest.raises(
        LookupError, match=r"audit_log_link\(\) in 0004_archive_reporting.sql is defined again by 0230_"
    ):
        locate(SRC, replaced)


def test_a_trigger_after_a_function_body_is_not_taken_for_the_function():
    guard = next(m for m in MUTATIONS if m.id == "audit-guard-allows-update")
    assert locate(SRC, guard).name == "0004_archive_reporting.sql"
