"""The equivalent mutants of docs/mutation-equivalents.txt, keyed by what they change rather than by number.

mutmut numbers a function's mutants in the order it makes them, so when the function changes a listed number
silently names another mutant (and a mutant that matters could hide behind an equivalent's reason). An entry
therefore names the function and the lines the mutant changes, as written and as mutated:

    domain.money:decimals
    - return -exponent if isinstance(exponent, int) and exponent < 0 else 0
    + return -exponent if isinstance(exponent, int) and exponent <= 0 else 0
    why: at 0 both give 0 (-0 == 0)

Lines are compared stripped of their indentation. When several mutants of one function make the same change (the
same line written twice, mutated alike), the function is followed by `@N`: the Nth of them from the top. An entry
no mutant makes any more is stale (the function or the line changed: check the reason against the new code), and
an entry without `@N` that several mutants make is ambiguous; `make mutate` reports both.
"""

from __future__ import annotations

import ast
import difflib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LISTING = ROOT / "docs" / "mutation-equivalents.txt"
CLASS_MARK = "ǁ"  # mutmut's separator in a method's mangled name: xǁClassǁmethod


@dataclass(frozen=True, slots=True)
class Change:
    """What one mutant changes: its function ("module:qualified.name") and its lines, before and after."""

    function: str
    original: tuple[str, ...]
    mutated: tuple[str, ...]
    occurrence: int = (
        0  # which of the function's mutants making this same change (1: the first); 0: the only one
    )

    def listing(self) -> str:
        """The change as the listing writes it (without its reason)."""
        head = f"{self.function} @{self.occurrence}" if self.occurrence else self.function
        return "\n".join(
            [head] + [f"- {line}" for line in self.original] + [f"+ {line}" for line in self.mutated]
        )

    def alike(self) -> Change:
        """The change without its occurrence: what the lines alone say."""
        return replace(self, occurrence=0)


@dataclass(frozen=True, slots=True)
class Equivalent:
    change: Change
    why: str
    line: int  # where the entry starts in the listing, for messages

    def __str__(self) -> str:
        return f"line {self.line}: {self.change.listing()}".replace("\n", " | ")


class ListingError(ValueError):
    """The listing does not parse: an entry without a change or without a reason, or a stray line."""


def read_listing(text: str) -> list[Equivalent]:
    """Entries are separated by blank lines; `#` lines are comments."""
    entries: list[Equivalent] = []
    block: list[tuple[int, str]] = []
    for number, line in enumerate([*text.splitlines(), ""], start=1):
        if line.startswith("#"):
            continue
        if line.strip():
            block.append((number, line))
        elif block:
            entries.append(_entry(block))
            block = []
    return entries


def _entry(block: list[tuple[int, str]]) -> Equivalent:
    first, head = block[0]
    function, _, occurrence = head.partition(" @")
    original: list[str] = []
    mutated: list[str] = []
    why = ""
    for number, line in block[1:]:
        mark, _, rest = line.partition(" ")
        if mark == "-" and not why:
            original.append(rest.strip())
        elif mark == "+" and not why:
            mutated.append(rest.strip())
        elif mark == "why:" and not why and rest.strip():
            why = rest.strip()
        else:
            raise ListingError(
                f"line {number}: expected '- original', '+ mutated' or 'why: reason', got {line!r}"
            )
    if ":" not in function or " " in function or not (occurrence.isdigit() or head == function):
        raise ListingError(f"line {first}: an entry starts with its function, module:name [@N], got {head!r}")
    if not (original or mutated) or not why:
        raise ListingError(f"line {first}: {function} needs its changed lines and a 'why:' line")
    return Equivalent(Change(function, tuple(original), tuple(mutated), int(occurrence or 0)), why, first)


def read_equivalents(path: Path = LISTING) -> list[Equivalent]:
    return read_listing(path.read_text(encoding="utf-8")) if path.exists() else []


def function_of(mutant: str) -> str:
    """`domain.money.x_decimals__mutmut_6` -> `domain.money:decimals`; a method's `xǁClassǁname` -> `Class.name`."""
    mangled = mutant.partition("__mutmut_")[0]
    module, _, name = mangled.rpartition(".")
    if name.startswith("x" + CLASS_MARK):
        _, cls, method = name.split(CLASS_MARK)
        return f"{module}:{cls}.{method}"
    return f"{module}:{name.removeprefix('x_')}"


def module_path(function: str, root: Path = ROOT) -> Path:
    """The source file of a function's module (mutmut names a package's `__init__.py` after the package)."""
    module = root / "src" / function.partition(":")[0].replace(".", "/")
    return module / "__init__.py" if module.is_dir() else module.with_suffix(".py")


def change_between(function: str, original: Iterable[str], mutant: Iterable[str]) -> Change:
    """The lines that differ between a function's generated copy and one mutant of it, stripped, blanks left out.

    Both copies carry generated names on their `def` line; the caller gives them with the function's own name."""
    before = [line.strip() for line in original if line.strip()]
    after = [line.strip() for line in mutant if line.strip()]
    removed: list[str] = []
    added: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes():
        if tag != "equal":
            removed += before[i1:i2]
            added += after[j1:j2]
    return Change(function, tuple(removed), tuple(added))


def generated_changes(folder: Path) -> dict[str, Change]:
    """Every mutant mutmut generated in `folder` (.mutate/NAME) -> what it changes, read through mutmut's index of
    where each generated function lies in its mutated file (`*.py.spans`)."""
    changes: dict[str, Change] = {}
    source = folder / "mutants" / "src"
    for index in sorted(source.rglob("*.py.spans")):
        mutated = index.with_suffix("")  # x.py.spans -> x.py
        module = ".".join(mutated.relative_to(source).with_suffix("").parts).removesuffix(".__init__")
        spans = json.loads(index.read_text(encoding="utf-8"))["spans"]
        changes.update(module_changes(module, mutated.read_text(encoding="utf-8").splitlines(), spans))
    return changes


def module_changes(module: str, lines: list[str], spans: dict[str, list[int]]) -> dict[str, Change]:
    """The change of each mutant of one mutated file, given where each generated function lies (1-based, inclusive)."""

    def body(generated: str, own: str) -> list[str]:
        start, end = spans[generated]
        return [line.replace(generated, own, 1) for line in lines[start - 1 : end]]  # the def line's name

    changes: dict[str, Change] = {}
    for generated in sorted(spans, key=lambda name: spans[name][0]):  # a function's mutants in mutmut's order
        mangled, _, number = generated.partition("__mutmut_")
        if number == "orig":
            continue
        name = f"{module}.{generated}"
        function = function_of(name)
        own = function.rpartition(":")[2].rpartition(".")[2]
        changes[name] = change_between(function, body(f"{mangled}__mutmut_orig", own), body(generated, own))
    alike = Counter(changes.values())
    seen: Counter[Change] = Counter()
    for name, change in changes.items():
        if alike[change] > 1:
            seen[change] += 1
            changes[name] = replace(change, occurrence=seen[change])
    return changes


@dataclass(frozen=True, slots=True)
class Matching:
    """The listing against the mutants one run generated."""

    equivalent: dict[str, Equivalent]  # mutant name -> the entry it makes
    stale: list[Equivalent]  # entries no mutant makes
    ambiguous: list[Equivalent]  # entries without @N that several mutants make


def match(entries: Iterable[Equivalent], changes: dict[str, Change]) -> Matching:
    by_change = {entry.change: entry for entry in entries}
    equivalent = {name: by_change[change] for name, change in changes.items() if change in by_change}
    made = set(changes.values())
    repeated = {change.alike() for change in made if change.occurrence}
    unmatched = [entry for entry in by_change.values() if entry.change not in made]
    return Matching(
        equivalent,
        [entry for entry in unmatched if entry.change not in repeated],
        [entry for entry in unmatched if entry.change in repeated],
    )


def missing_from_source(entries: Iterable[Equivalent], root: Path = ROOT) -> list[Equivalent]:
    """Entries whose function is gone or no longer holds the original lines (in order, stripped): stale for sure.

    A cheap check against the live code, without mutmut; `make mutate` checks entries exactly against the mutants
    it generated."""
    stale: list[Equivalent] = []
    parsed: dict[Path, tuple[str, ast.Module]] = {}
    for entry in entries:
        path = module_path(entry.change.function, root)
        if path not in parsed:
            source = path.read_text(encoding="utf-8") if path.exists() else ""
            parsed[path] = (source, ast.parse(source))
        source, tree = parsed[path]
        node = _find(tree, entry.change.function.partition(":")[2])
        if node is None or not _holds(source, node, entry.change.original):
            stale.append(entry)
    return stale


def _find(tree: ast.Module, qualified: str) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    """A module-level function or a method of a module-level class, as mutmut mutates them."""
    *cls, name = qualified.split(".")
    body: list[ast.stmt] = tree.body
    if cls:
        owner = next((n for n in body if isinstance(n, ast.ClassDef) and [n.name] == cls), None)
        body = owner.body if owner else []
    return next(
        (n for n in body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == name), None
    )


def _holds(source: str, node: ast.FunctionDef | ast.AsyncFunctionDef, original: tuple[str, ...]) -> bool:
    lines = source.splitlines()[node.lineno - 1 : node.end_lineno]
    code = [line.strip() for line in lines if line.strip()]
    return any(tuple(code[i : i + len(original)]) == original for i in range(len(code) - len(original) + 1))
