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


def test_a_later_migration_that_only_calls_the_function_leaves_it_live(tmp_path: Path) -> None:
    # A trigger made again later (EXECUTE FUNCTION f()) or a comment on it names the function without replacing
    # its body: the body is still what runs, so its mutations are live.
    migrations = tmp_path / "src" / "migrations"
    migrations.mkdir(parents=True)
    (migrations / "0001_f.sql").write_text(
        "CREATE FUNCTION guard() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    IF NEW.a <> OLD.a THEN\n"
        "        RAISE EXCEPTION 'no';\n    END IF;\n    RETURN NEW;\nEND $$;\n",
        encoding="utf-8",
    )
    (migrations / "0002_trigger_again.sql").write_text(
        "DROP TRIGGER IF EXISTS t_guard ON t;\n"
        "CREATE TRIGGER t_guard BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION guard();\n"
        "COMMENT ON FUNCTION guard() IS 'refuses a change of a';\n",
        encoding="utf-8",
    )
    guard = next(m for m in MUTATIONS if m.path.endswith(".sql"))
    body = replace(guard, path="src/migrations/0001_f.sql", old="IF NEW.a <> OLD.a THEN")
    assert locate(tmp_path / "src", body).name == "0001_f.sql"
    (migrations / "0003_f_again.sql").write_text(
        "CREATE OR REPLACE FUNCTION guard() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    RETURN NEW;\nEND $$;\n",
        encoding="utf-8",
    )
    with pytest.raises(LookupError, match=r"guard\(\) in 0001_f.sql is defined again by 0003_f_again.sql"):
        locate(tmp_path / "src", body)


def test_a_function_body_quoted_with_a_tag_is_read_as_its_body(tmp_path: Path) -> None:
    # PostgreSQL quotes a body with $$ or any $tag$: the check must find the body's end either way.
    migrations = tmp_path / "src" / "migrations"
    migrations.mkdir(parents=True)
    (migrations / "0001_f.sql").write_text(
        "CREATE FUNCTION guard() RETURNS trigger LANGUAGE plpgsql AS $body$\nBEGIN\n    IF NEW.a <> OLD.a THEN\n"
        "        RAISE EXCEPTION 'no $$ here';\n    END IF;\n    RETURN NEW;\nEND $body$;\n"
        "CREATE TRIGGER t_guard BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION guard();\n",
        encoding="utf-8",
    )
    (migrations / "0002_f_again.sql").write_text(
        "CREATE OR REPLACE FUNCTION guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n",
        encoding="utf-8",
    )
    guard = next(m for m in MUTATIONS if m.path.endswith(".sql"))
    body = replace(guard, path="src/migrations/0001_f.sql", old="IF NEW.a <> OLD.a THEN")
    with pytest.raises(LookupError, match=r"guard\(\) in 0001_f.sql is defined again by 0002_f_again.sql"):
        locate(tmp_path / "src", body)
    trigger = replace(guard, path="src/migrations/0001_f.sql", old="CREATE TRIGGER t_guard BEFORE UPDATE")
    assert locate(tmp_path / "src", trigger).name == "0001_f.sql"
