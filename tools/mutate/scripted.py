"""Run the hand-written source mutations (tools/mutate/source_mutations.py) against the real PostgreSQL tests.

For each mutation: a copy of `src/` (with `tests/` and the settings, taken once at the start) with that one text
replaced, its tests run by pytest in that copy (migrations are read from it too), each on a fresh database of one
embedded server
started for the whole run. A mutant is killed when pytest reports failing tests (exit 1); it survives when they
all pass; anything else (the text not found, a collection error) is an error, reported, never counted as killed.
The unmutated tests of every group run first: a group that fails unmutated is reported and its mutants skipped.

    python -m tools.mutate.scripted [--only ID_OR_GUARD_OR_SET ...] [--list: each mutation and where its text is]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from tools.mutate.source_mutations import MUTATIONS, NAMED_SETS, SourceMutation

ROOT = Path(__file__).resolve().parents[2]
_FUNCTION = re.compile(r"CREATE\s+(?:OR\s+REPLACE\s+)?FUNCTION\s+(\w+)\s*\(", re.IGNORECASE)
_DOLLAR_QUOTE = re.compile(r"\$\w*\$")
PYTEST_TIMEOUT_S = 600  # one mutant's tests; a mutant that hangs is reported as an error, not a kill


@dataclass(frozen=True, slots=True)
class Outcome:
    mutation: SourceMutation
    verdict: str  # killed | survived | equivalent | error
    detail: str = ""


def locate(src: Path, mutation: SourceMutation) -> Path:
    """The file holding `old` exactly once: at its path on main, else wherever it moved under src/."""
    hinted = src.parent / mutation.path
    if hinted.is_file() and hinted.read_text(encoding="utf-8").count(mutation.old) == 1:
        return _live(hinted, mutation)
    suffix = hinted.suffix
    found = [p for p in src.rglob(f"*{suffix}") if p.read_text(encoding="utf-8").count(mutation.old) == 1]
    if len(found) != 1:
        raise LookupError(f"{mutation.id}: the text is in {len(found)} files under src/, not exactly one")
    return _live(found[0], mutation)


def _live(path: Path, mutation: SourceMutation) -> Path:
    """`path`, unless the text sits in a SQL function a later migration defines again: mutating the replaced body
    changes nothing the tests can see, so its mutant would "survive" without saying why."""
    if path.suffix != ".sql":
        return path
    text = path.read_text(encoding="utf-8")
    at = text.index(mutation.old)
    heads = list(_FUNCTION.finditer(text[:at]))
    if not heads:
        return path
    quote = _DOLLAR_QUOTE.search(text, heads[-1].end())  # the body's $$ or $tag$, which closes it again
    if quote is None or at > text.find(quote.group(), quote.end()):  # after the body: a trigger or a table
        return path
    name = heads[-1].group(1).lower()
    for later in sorted(p for p in path.parent.glob("*.sql") if p.name > path.name):
        # Only a CREATE replaces the body: a trigger made again (EXECUTE FUNCTION f()) or a comment names it alone.
        if any(m.group(1).lower() == name for m in _FUNCTION.finditer(later.read_text(encoding="utf-8"))):
            raise LookupError(f"{mutation.id}: {name}() in {path.name} is defined again by {later.name}")
    return path


def _database_url(server_dsn: str, name: str) -> str:
    return urlunsplit(urlsplit(server_dsn)._replace(path=f"/{name}"))


async def _fresh_database(server_dsn: str) -> tuple[str, str]:
    import asyncpg

    name = f"mutant_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(server_dsn)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    return name, _database_url(server_dsn, name)


async def _drop_database(server_dsn: str, name: str) -> None:
    import asyncpg

    admin = await asyncpg.connect(server_dsn)
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


async def run_tests(tests: Iterable[str], src: Path, server_dsn: str) -> tuple[int, str]:
    """pytest on `tests` in the copy holding `src` (its tests and settings copied with it, so a change of the
    working tree during the run changes nothing) on a fresh database; (exit code, the first failed test or else
    the last lines)."""
    copy = src.parent
    tests = [t for t in tests if (copy / t.split("::")[0]).exists()]  # a file not (yet) written: no judge
    if not tests:
        return 4, "none of its test files exists"
    name, url = await _fresh_database(server_dsn)
    try:
        command = [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-x",
            "-p",
            "no:cacheprovider",
            *tests,
        ]
        env = {**os.environ, "DATABASE_URL": url}
        proc = await asyncio.create_subprocess_exec(
            *command, cwd=copy, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        try:
            out, _ = await asyncio.wait_for(proc.communicate(), PYTEST_TIMEOUT_S)
        except TimeoutError:
            proc.kill()
            await proc.wait()
            return -1, f"timed out after {PYTEST_TIMEOUT_S} s"
        lines = out.decode("utf-8", "replace").strip().splitlines()
        # the test that failed (the evidence of a kill), else the summary
        failed = next((line for line in lines if line.startswith(("FAILED ", "ERROR "))), "")
        return proc.returncode or 0, failed[:200] or " | ".join(lines[-2:])
    finally:
        await _drop_database(server_dsn, name)


async def run(mutations: list[SourceMutation]) -> list[Outcome]:
    from adapters.postgres.embedded import embedded_database

    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="pdpg-mutate-") as tmp:
        src = Path(tmp) / "src"
        ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
        shutil.copytree(ROOT / "src", src, ignore=ignore)
        shutil.copytree(ROOT / "tests", src.parent / "tests", ignore=ignore)
        shutil.copy2(ROOT / "pyproject.toml", src.parent / "pyproject.toml")
        os.chmod(tmp, 0o755)  # the embedded server runs as another user and walks its data folder's parents
        async for server_dsn in embedded_database(Path(tmp) / "pgdata", "postgres", cleanup_mode="delete"):
            groups = sorted({m.tests for m in mutations if not m.equivalent})
            broken: dict[tuple[str, ...], str] = {}
            for tests in groups:
                code, tail = await run_tests(tests, src, server_dsn)
                if code != 0:
                    broken[tests] = f"the unmutated tests fail (exit {code}): {tail}"
            for mutation in mutations:
                outcomes.append(await _one(mutation, src, server_dsn, broken))
                print(_line(outcomes[-1]), flush=True)
    return outcomes


async def _one(
    mutation: SourceMutation, src: Path, server_dsn: str, broken: dict[tuple[str, ...], str]
) -> Outcome:
    if mutation.equivalent:
        return Outcome(mutation, "equivalent", mutation.equivalent)
    if mutation.tests in broken:
        return Outcome(mutation, "error", broken[mutation.tests])
    try:
        path = locate(src, mutation)
    except LookupError as exc:
        return Outcome(mutation, "error", str(exc))
    original = path.read_text(encoding="utf-8")
    path.write_text(original.replace(mutation.old, mutation.new), encoding="utf-8")
    try:
        code, tail = await run_tests(mutation.tests, src, server_dsn)
    finally:
        path.write_text(original, encoding="utf-8")
    verdict = {0: "survived", 1: "killed"}.get(code, "error")
    return Outcome(mutation, verdict, tail)


def _line(outcome: Outcome) -> str:
    detail = f"  ({outcome.detail})" if outcome.detail else ""
    return f"  {outcome.verdict:<10} {outcome.mutation.id}{detail}"


def report(outcomes: list[Outcome]) -> int:
    """A score per guard and the surviving mutants; the number of mutants that survived or could not run."""
    print("\nsource mutations (SQL and tables), per guard:")
    failing = 0
    for guard in sorted({o.mutation.guard for o in outcomes}):
        mine = [o for o in outcomes if o.mutation.guard == guard]
        killed = sum(o.verdict == "killed" for o in mine)
        counted = sum(o.verdict in ("killed", "survived") for o in mine)
        score = f"{100 * killed / counted:.1f} %" if counted else "n/a"
        others = {v: sum(o.verdict == v for o in mine) for v in ("survived", "equivalent", "error")}
        print(
            f"  {guard:<28} {score:>8}  killed {killed}/{counted}",
            *(f"{k} {v}" for k, v in others.items() if v),
        )
        for o in mine:
            if o.verdict in ("survived", "error"):
                failing += 1
                print(
                    f"    {o.verdict}: {o.mutation.id} in {o.mutation.path}: {o.mutation.old!r} -> {o.mutation.new!r}"
                )
                if o.detail:
                    print(f"      {o.detail}")
    return failing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--only",
        nargs="*",
        default=[],
        help=f"mutation ids, guard names or a named set ({', '.join(NAMED_SETS)})",
    )
    parser.add_argument("--list", action="store_true", help="list the mutations and exit")
    args = parser.parse_args(argv)
    only = {name for o in args.only for name in NAMED_SETS.get(o, (o,))}
    chosen = [m for m in MUTATIONS if not only or m.id in only or m.guard in only]
    if args.list:  # with where each text is found today: a file that moved or changed shows here first
        missing = 0
        for m in chosen:
            try:
                where = str(locate(ROOT / "src", m).relative_to(ROOT))
            except LookupError as exc:
                where, missing = f"NOT FOUND ({exc})", missing + 1
            print(f"{m.guard:<28} {m.id:<48} {where}")
        return 1 if missing else 0
    return 1 if report(asyncio.run(run(chosen))) else 0


if __name__ == "__main__":
    sys.exit(main())
