"""The one thread that reads webhook bodies still reads them in a process forked after it ran (mutmut's workers,
any fork of a serving process)."""

import multiprocessing
import sys

import pytest

from adapters.webhook import routes


def _read_in_child(answers: "multiprocessing.Queue[str]") -> None:
    answers.put(routes.BODY_READER.submit(str.upper, "read").result(timeout=30))


@pytest.mark.skipif(sys.platform != "linux", reason="fork is how mutmut and the workers start here")
def test_a_forked_child_reads_bodies_though_its_parent_started_the_reader() -> None:
    # the parent's thread runs before the fork
    assert routes.BODY_READER.submit(str.upper, "parent").result(timeout=30) == "PARENT"
    fork = multiprocessing.get_context("fork")
    answers: multiprocessing.Queue[str] = fork.Queue()
    child = fork.Process(target=_read_in_child, args=(answers,))
    child.start()
    child.join(60)
    alive = child.is_alive()
    if alive:
        child.kill()
    assert not alive and child.exitcode == 0
    assert answers.get(timeout=5) == "READ"
