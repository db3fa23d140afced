"""Findings raised by the e-reporting checks; every rule id (ER-...) is listed in docs/ereporting.md."""

from __future__ import annotations

from domain.findings import Finding, Severity

LAYER = "ereporting"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_fatal__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fatal__mutmut)
def fatal(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, Severity.FATAL, message, path=path, layer=LAYER)


def x_fatal__mutmut_orig(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, Severity.FATAL, message, path=path, layer=LAYER)


def x_fatal__mutmut_1(rule_id: str, message: str, path: str) -> Finding:
    return Finding(None, Severity.FATAL, message, path=path, layer=LAYER)


def x_fatal__mutmut_2(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, None, message, path=path, layer=LAYER)


def x_fatal__mutmut_3(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, Severity.FATAL, None, path=path, layer=LAYER)


def x_fatal__mutmut_4(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, Severity.FATAL, message, path=None, layer=LAYER)


def x_fatal__mutmut_5(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, Severity.FATAL, message, path=path, layer=None)


def x_fatal__mutmut_6(rule_id: str, message: str, path: str) -> Finding:
    return Finding(Severity.FATAL, message, path=path, layer=LAYER)


def x_fatal__mutmut_7(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, message, path=path, layer=LAYER)


def x_fatal__mutmut_8(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, Severity.FATAL, path=path, layer=LAYER)


def x_fatal__mutmut_9(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, Severity.FATAL, message, layer=LAYER)


def x_fatal__mutmut_10(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, Severity.FATAL, message, path=path, )

mutants_x_fatal__mutmut['_mutmut_orig'] = x_fatal__mutmut_orig # type: ignore # mutmut generated
mutants_x_fatal__mutmut['x_fatal__mutmut_1'] = x_fatal__mutmut_1 # type: ignore # mutmut generated
mutants_x_fatal__mutmut['x_fatal__mutmut_2'] = x_fatal__mutmut_2 # type: ignore # mutmut generated
mutants_x_fatal__mutmut['x_fatal__mutmut_3'] = x_fatal__mutmut_3 # type: ignore # mutmut generated
mutants_x_fatal__mutmut['x_fatal__mutmut_4'] = x_fatal__mutmut_4 # type: ignore # mutmut generated
mutants_x_fatal__mutmut['x_fatal__mutmut_5'] = x_fatal__mutmut_5 # type: ignore # mutmut generated
mutants_x_fatal__mutmut['x_fatal__mutmut_6'] = x_fatal__mutmut_6 # type: ignore # mutmut generated
mutants_x_fatal__mutmut['x_fatal__mutmut_7'] = x_fatal__mutmut_7 # type: ignore # mutmut generated
mutants_x_fatal__mutmut['x_fatal__mutmut_8'] = x_fatal__mutmut_8 # type: ignore # mutmut generated
mutants_x_fatal__mutmut['x_fatal__mutmut_9'] = x_fatal__mutmut_9 # type: ignore # mutmut generated
mutants_x_fatal__mutmut['x_fatal__mutmut_10'] = x_fatal__mutmut_10 # type: ignore # mutmut generated
mutants_x_warning__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_warning__mutmut)
def warning(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, Severity.WARNING, message, path=path, layer=LAYER)


def x_warning__mutmut_orig(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, Severity.WARNING, message, path=path, layer=LAYER)


def x_warning__mutmut_1(rule_id: str, message: str, path: str) -> Finding:
    return Finding(None, Severity.WARNING, message, path=path, layer=LAYER)


def x_warning__mutmut_2(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, None, message, path=path, layer=LAYER)


def x_warning__mutmut_3(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, Severity.WARNING, None, path=path, layer=LAYER)


def x_warning__mutmut_4(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, Severity.WARNING, message, path=None, layer=LAYER)


def x_warning__mutmut_5(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, Severity.WARNING, message, path=path, layer=None)


def x_warning__mutmut_6(rule_id: str, message: str, path: str) -> Finding:
    return Finding(Severity.WARNING, message, path=path, layer=LAYER)


def x_warning__mutmut_7(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, message, path=path, layer=LAYER)


def x_warning__mutmut_8(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, Severity.WARNING, path=path, layer=LAYER)


def x_warning__mutmut_9(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, Severity.WARNING, message, layer=LAYER)


def x_warning__mutmut_10(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, Severity.WARNING, message, path=path, )

mutants_x_warning__mutmut['_mutmut_orig'] = x_warning__mutmut_orig # type: ignore # mutmut generated
mutants_x_warning__mutmut['x_warning__mutmut_1'] = x_warning__mutmut_1 # type: ignore # mutmut generated
mutants_x_warning__mutmut['x_warning__mutmut_2'] = x_warning__mutmut_2 # type: ignore # mutmut generated
mutants_x_warning__mutmut['x_warning__mutmut_3'] = x_warning__mutmut_3 # type: ignore # mutmut generated
mutants_x_warning__mutmut['x_warning__mutmut_4'] = x_warning__mutmut_4 # type: ignore # mutmut generated
mutants_x_warning__mutmut['x_warning__mutmut_5'] = x_warning__mutmut_5 # type: ignore # mutmut generated
mutants_x_warning__mutmut['x_warning__mutmut_6'] = x_warning__mutmut_6 # type: ignore # mutmut generated
mutants_x_warning__mutmut['x_warning__mutmut_7'] = x_warning__mutmut_7 # type: ignore # mutmut generated
mutants_x_warning__mutmut['x_warning__mutmut_8'] = x_warning__mutmut_8 # type: ignore # mutmut generated
mutants_x_warning__mutmut['x_warning__mutmut_9'] = x_warning__mutmut_9 # type: ignore # mutmut generated
mutants_x_warning__mutmut['x_warning__mutmut_10'] = x_warning__mutmut_10 # type: ignore # mutmut generated
