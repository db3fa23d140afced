"""`make mutate`: mutation testing of the domain and of the guards that protect users.

- Python (mutmut): each target of tools/mutate/targets.py in its own folder .mutate/NAME, judged by its own fast
  tests; mutmut runs, for each mutant, only the tests that reached the mutated function.
- SQL and tables (tools/mutate/scripted.py): hand-written mutations run against the real PostgreSQL tests.

It prints a score per package and every surviving mutant with its change; mutants listed in
docs/mutation-equivalents.txt (by their change, with why they cannot change behaviour: tools/mutate/equivalents.py)
are reported apart and left out of the score, and entries that no longer name the right mutant are reported.

    python -m tools.mutate [--target NAME ...] [--no-sql] [--sql-only] [--keep] [--children N]
"""

from __future__ import annotations

import argparse
import asyncio
import fnmatch
import json
import resource
import shutil
import subprocess
import sys
import textwrap
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from tools.mutate import scripted
from tools.mutate.equivalents import (
    LISTING,
    ROOT,
    Change,
    Equivalent,
    generated_changes,
    match,
    module_path,
    read_equivalents,
)
from tools.mutate.targets import TARGETS, Target

WORK = ROOT / ".mutate"

# mutmut's exit codes (mutmut.stats.status_by_exit_code), folded into what the score needs
KILLED = {
    1: "killed",
    3: "killed",
    36: "timeout",
    -24: "timeout",
    24: "timeout",
    152: "timeout",
    255: "timeout",
}
NOT_KILLED = {0: "survived", 5: "no tests", 33: "no tests", 35: "suspicious", -11: "segfault", -9: "segfault"}


def _pyproject(target: Target) -> str:
    config = {
        "source_paths": ["src"],
        "only_mutate": list(target.mutate),
        "pytest_add_cli_args_test_selection": list(target.tests),
        "pytest_add_cli_args": ["-p", "no:cacheprovider", "-q", "-x"],
        "use_git_change_detection": False,
    }
    lines = ["", "[tool.mutmut]"] + [f"{key} = {json.dumps(value)}" for key, value in config.items()]
    return (ROOT / "pyproject.toml").read_text(encoding="utf-8") + "\n".join(lines) + "\n"


def _results(folder: Path) -> dict[str, int | None]:
    results: dict[str, int | None] = {}
    for meta in sorted((folder / "mutants").rglob("*.meta")):
        results.update(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"])
    return results


def run_target(
    target: Target, *, keep: bool, survivors: bool, children: int, only: list[str]
) -> dict[str, int | None]:
    """Run mutmut for one target in .mutate/NAME; the exit code of every mutant by name.

    `survivors`: test again only the mutants that were tested and not killed in the previous run of this target
    (after tests were added: a mutant killed before stays killed, since tests are only added)."""
    folder = WORK / target.name
    if survivors:  # tested and not killed (those never reached are for --keep), within --mutants if given
        again = [
            n
            for n, code in _results(folder).items()
            if code is not None
            and code not in KILLED
            and (not only or any(fnmatch.fnmatch(n, g) for g in only))
        ]
    else:
        again = list(only)
    if not keep and not survivors and not only and folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("src", "tests"):
        link = folder / name
        if not link.exists():
            link.symlink_to(ROOT / name, target_is_directory=True)
    (folder / "pyproject.toml").write_text(_pyproject(target), encoding="utf-8")
    mutmut = Path(sys.executable).with_name("mutmut")
    command = ["nice", "-n", "15", str(mutmut), "run", "--max-children", str(children), *again]
    started = time.monotonic()
    cpu_before = _children_cpu_s()
    log = folder / "mutmut.log"
    with log.open("w") as out:
        code = subprocess.call(command, cwd=folder, stdout=out, stderr=subprocess.STDOUT)
    cpu = _children_cpu_s() - cpu_before
    # The CPU seconds of mutmut and every process it forked do not depend on the others' load: on an idle machine
    # its workers would keep `children` cores busy, so the run would last about cpu / children seconds.
    print(
        f"  mutmut {target.name}: exit {code} in {time.monotonic() - started:.0f} s, {cpu:.0f} CPU s"
        f" (about {cpu / children / 60:.0f} min with {children} workers on an idle machine;"
        f" log: {log.relative_to(ROOT)})"
    )
    return _results(folder)


def _children_cpu_s() -> float:
    """CPU seconds of the finished child processes and all they waited for (mutmut reaps its workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _package(mutant: str, per_module: bool) -> str:
    module = mutant.split(".x_")[0].split(".xǁ")[0]
    return module if per_module else module.rsplit(".", 1)[0]


@dataclass(frozen=True, slots=True)
class Report:
    survivors: int  # mutants tested and not killed, not listed as equivalent
    listing: (
        int  # entries of the equivalents' listing to fix: stale, ambiguous, or wrong (their mutant killed)
    )


def report_target(
    target: Target, results: dict[str, int | None], changes: dict[str, Change], entries: list[Equivalent]
) -> Report:
    """Scores per package (per module for the guards), the survivors with their change, and the listing's entries
    for this target's modules that name no mutant, or several, or one a test kills."""
    per_module = target.name != "domain"
    matching = match([e for e in entries if _mutated_by(target, e.change.function)], changes)
    by_package: dict[str, Counter[str]] = defaultdict(Counter)
    survivors: list[tuple[str, str]] = []
    # Counted as killed, but printed: a test that hangs in mutmut's forked workers, or the others' load, times out
    # survivors too (the IOPOLE callback's tests did, 6 December), so each timeout is for a reader to judge.
    timeouts: list[tuple[str, str]] = []
    wrong: list[tuple[str, Equivalent]] = []
    for name, code in sorted(results.items()):
        if name in matching.equivalent:
            by_package[_package(name, per_module)]["equivalent"] += 1
            if code in KILLED:
                wrong.append((name, matching.equivalent[name]))
            continue
        verdict = (
            KILLED.get(code) or NOT_KILLED.get(code) or ("not checked" if code is None else f"exit {code}")
        )
        by_package[_package(name, per_module)][verdict] += 1
        if code not in KILLED and code is not None:  # those not checked are counted, not listed
            survivors.append((name, verdict))
        elif verdict == "timeout":
            timeouts.append((name, "timeout (counted as killed: check it)"))
    total = Counter[str]()
    print(f"\n{target.name} (goal: {target.goal})")
    for package, counts in sorted(by_package.items()):
        total.update(counts)
        print("  " + _score_line(package, counts))
    print("  " + _score_line("TOTAL " + target.name, total))
    for name, verdict in survivors + timeouts:
        print(f"    {verdict}: {name}")
        if name in changes:  # as an entry of the listing would name it
            print(textwrap.indent(changes[name].listing(), " " * 6))
    for entry in matching.stale:
        print(
            f"    listed as equivalent but no mutant makes this change (the code changed: check it): {entry}"
        )
    for entry in matching.ambiguous:
        print(f"    listed as equivalent but several mutants make this change (say which with @N): {entry}")
    for name, entry in wrong:
        print(f"    listed as equivalent but killed (a test tells it apart: not equivalent): {name}, {entry}")
    return Report(len(survivors), len(matching.stale) + len(matching.ambiguous) + len(wrong))


def _mutated_by(target: Target, function: str) -> bool:
    """Whether `function` (module:name) lies in a file this target mutates (one of the target's globs)."""
    path = module_path(function).relative_to(ROOT).as_posix()
    return any(fnmatch.fnmatch(path, glob) for glob in target.mutate)


def _score_line(label: str, counts: Counter[str]) -> str:
    """The score among the mutants tested; a run that did not test them all says so (it is no score of the whole)."""
    killed = counts["killed"] + counts["timeout"]
    judged = sum(v for k, v in counts.items() if k not in ("equivalent", "not checked"))
    score = f"{100 * killed / judged:5.1f} %" if judged else "   n/a"
    rest = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if k not in ("killed",) and v)
    partial = "  INCOMPLETE RUN" if counts["not checked"] else ""
    return f"{label:<40} {score}  killed {killed}/{judged}" + (f"  ({rest})" if rest else "") + partial


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--target", nargs="*", default=[], help="targets to run (default: all)")
    parser.add_argument("--no-sql", action="store_true", help="skip the SQL mutations")
    parser.add_argument("--sql-only", action="store_true", help="run only the SQL mutations")
    parser.add_argument("--keep", action="store_true", help="reuse .mutate/NAME: re-test only changed code")
    parser.add_argument("--survivors", action="store_true", help="re-test only the last run's survivors")
    parser.add_argument("--mutants", nargs="*", default=[], help="mutant name globs, e.g. 'domain.totals.*'")
    parser.add_argument(
        "--children", type=int, default=2, help="mutmut workers (2: the machine is shared, keep it at most 2)"
    )
    args = parser.parse_args(argv)
    entries = read_equivalents()
    failing = listing = 0
    started = time.monotonic()
    if not args.sql_only:
        for target in TARGETS:
            if args.target and target.name not in args.target:
                continue
            results = run_target(
                target, keep=args.keep, survivors=args.survivors, children=args.children, only=args.mutants
            )
            report = report_target(target, results, generated_changes(WORK / target.name), entries)
            failing += report.survivors
            listing += report.listing
    if not args.no_sql and (not args.target or args.sql_only):
        failing += scripted.report(asyncio.run(scripted.run(list(scripted.MUTATIONS))))
    print(f"\nmake mutate: {time.monotonic() - started:.0f} s, {failing} mutants not killed (see above)")
    if listing:  # a listing that names the wrong mutants would hide real survivors: fail, unlike a survivor
        print(f"make mutate: {listing} entries of {LISTING.relative_to(ROOT)} to fix (see above)")
    return 1 if listing else 0


if __name__ == "__main__":
    sys.exit(main())
