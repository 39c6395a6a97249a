"""A time budget per article: one pathological text must not stall a corpus build.

Every extraction component is linear in its input, but "linear" can still mean
minutes for a 20 MB line of garbage, and a future rule may slip back into
quadratic.  :func:`time_budget` bounds the damage: the article that overruns is
interrupted, reported as failed with the reason, and the build goes on.

The interruption is an asynchronous exception raised in the extracting thread
by a timer thread (``PyThreadState_SetAsyncExc``), not ``SIGALRM``: it works in
any thread, so the same code guards an in-process build, a worker process of
``--workers N`` and a thread of a Dask worker.  Like any Python-level interrupt
it takes effect when the interpreter next runs bytecode, i.e. after a long C
call (one regex, one tagger run) returns.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_BUDGET = 60.0
"""Seconds one article may take to extract.  Ordinary news takes well under a second;
hostile text that the components handle linearly stays far below this too."""


class BudgetExceeded(BaseException):  # noqa: N818 - a BaseException so no `except Exception` in a component swallows it
    """Raised inside an extraction that ran past its budget."""


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None)


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`BudgetExceeded` in this thread if the block runs longer than ``seconds``.

    ``None`` or ``0`` means no budget.  An interrupt that fired but had not yet
    been delivered when the block ended is withdrawn, so it never surfaces later.
    """
    if not seconds or seconds <= 0:
        yield
        return
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"active": True, "fired": False}

    def fire() -> None:
        with lock:
            if state["active"]:
                state["fired"] = True
                _raise_in(target, BudgetExceeded)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["active"] = False
            timer.cancel()
            if state["fired"]:
                _raise_in(target, None)  # not yet delivered: withdraw it


def overrun_reason(seconds: float | None) -> str:
    return (
        f"extraction took longer than the {seconds:g} s budget for one article (very long text without "
        "punctuation, or not prose?); skipped, the build went on (--time-budget changes the limit)"
    )
