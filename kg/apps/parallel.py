"""Extraction elsewhere: worker processes or a Dask cluster; progress reporting.

Extraction is the slow part of a build (the store write of one article takes
about a millisecond, extracting it tens), so it is what gets spread out.  The
process that runs :func:`kg.apps.build.build_paths` stays the only writer to the
store (Oxigraph's embedded store admits one writer), reads and normalises the
documents, and hands *batches* of articles to an executor; a worker returns,
for each article, its quads as N-Quads text (cheap to pickle, independent of
pyoxigraph's object pickling) or the reason it failed.

Both executors keep at most ``max_in_flight`` batches submitted, so memory
stays bounded however large the corpus: the reader is pulled only as fast as
results come back.  Results arrive in completion order; that is harmless
because every article is written to its own named graph.

Each worker builds its :class:`~kg.nlp.Extractor` once (loading takes about a
second) and keeps it for every batch it is sent.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, TextIO

from kg.apps.budget import DEFAULT_BUDGET
from kg.errors import KgError
from kg.records import Article

#: Per article: (N-Quads text, None) when extracted, (None, reason) when not.
Outcome = tuple[str | None, str | None]
ExtractorFactory = Callable[[], Any]


def default_factory() -> Any:
    from kg.nlp import Extractor

    return Extractor()


# -- the worker side ------------------------------------------------------------------

_EXTRACTORS: dict[Any, Any] = {}
_LOCK = threading.Lock()


def _extractor(factory: ExtractorFactory) -> Any:
    """The worker's extractor for ``factory``, made on first use and kept."""
    with _LOCK:
        found = _EXTRACTORS.get(factory)
        if found is None:
            found = _EXTRACTORS[factory] = factory()
        return found


def extract_batch(
    articles: list[Article],
    batch_size: int = 32,
    factory: ExtractorFactory = default_factory,
    budget: float | None = DEFAULT_BUDGET,
) -> list[Outcome]:
    """Extract ``articles`` and map each to N-Quads: the unit of work a worker is sent.

    Failures are isolated per article exactly as in an in-process build
    (:func:`kg.apps.build.extract_isolated`).  A lock serialises batches within a
    process, since one spaCy pipeline must not run in two threads at once
    (a Dask worker may have several).  ``budget``: seconds per article
    (:mod:`kg.apps.budget`), enforced in the worker, so an overrunning article fails
    alone and the worker goes on with the batch.
    """
    from kg.apps.build import extract_isolated, failure_reason
    from kg.graph.rdf import article_quads, to_nquads
    from kg.reference import get_reference

    extractor = _extractor(factory)
    reference = get_reference()
    out: list[Outcome] = []
    with _LOCK:
        for _article, outcome in extract_isolated(extractor, articles, batch_size, budget):
            if isinstance(outcome, BaseException):
                out.append((None, failure_reason(outcome)))
                continue
            try:
                out.append((to_nquads(article_quads(outcome, reference)), None))
            except Exception as exc:  # noqa: BLE001 - one article's failure is reported, not raised
                out.append((None, failure_reason(exc)))
    return out


def _watch_parent(parent: int) -> None:
    """Exit when the parent process is gone.

    A parent killed with SIGKILL cannot tell its pool to stop, and a worker
    blocked on the task queue would wait forever; polling the parent pid
    keeps a crashed build from leaving orphans behind.
    """
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


def _init_worker(parent: int, factory: ExtractorFactory) -> None:
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    _extractor(factory)  # load while the parent is still reading the first batches


# -- executors ------------------------------------------------------------------------


class ProcessExecutor:
    """Batches extracted by ``workers`` local processes (``spawn``: jieba and onnxruntime
    do not survive ``fork`` reliably)."""

    def __init__(
        self,
        workers: int,
        *,
        batch_size: int = 32,
        factory: ExtractorFactory = default_factory,
        max_in_flight: int | None = None,
        budget: float | None = DEFAULT_BUDGET,
    ) -> None:
        self.budget = budget
        if workers < 1:
            raise KgError(f"--workers must be 1 or more, not {workers}")
        self.workers = workers
        self.batch_size = batch_size
        self.factory = factory
        self.max_in_flight = max_in_flight or 2 * workers

    def map(self, batches: Iterable[list[Article]]) -> Iterator[tuple[list[Article], list[Outcome]]]:
        ctx = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=ctx,
            initializer=_init_worker,
            initargs=(os.getpid(), self.factory),
        )
        try:
            pending: dict[Future[list[Outcome]], list[Article]] = {}
            source = iter(batches)
            exhausted = False
            while True:
                while not exhausted and len(pending) < self.max_in_flight:
                    batch = next(source, None)
                    if batch is None:
                        exhausted = True
                        break
                    try:
                        future = pool.submit(extract_batch, batch, self.batch_size, self.factory, self.budget)
                    except BrokenProcessPool as exc:
                        raise KgError(
                            "the extraction worker processes died or could not start (in a script, "
                            "call the build under `if __name__ == '__main__':`)"
                        ) from exc
                    pending[future] = batch
                if not pending:
                    return
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    batch = pending.pop(future)
                    yield batch, _outcomes(future, batch)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _outcomes(future: Any, batch: list[Article]) -> list[Outcome]:
    """A batch's results; a worker that died fails its batch, not the build."""
    try:
        result: list[Outcome] = future.result()
    except Exception as exc:  # noqa: BLE001 - e.g. BrokenProcessPool, a worker killed by the OOM killer
        reason = f"the worker extracting this batch failed: {type(exc).__name__}: {exc}"
        return [(None, reason)] * len(batch)
    return result


class DaskExecutor:
    """Batches extracted on a Dask cluster; this process still writes the store.

    ``scheduler`` is an address (``tcp://host:8786``) or a
    ``distributed.Client``.  The workers need ``kg`` installed (and the same
    ``ontology/``), since they run :func:`extract_batch`.
    """

    def __init__(
        self,
        scheduler: Any,
        *,
        batch_size: int = 32,
        factory: ExtractorFactory = default_factory,
        max_in_flight: int | None = None,
        budget: float | None = DEFAULT_BUDGET,
    ) -> None:
        self.budget = budget
        self.scheduler = scheduler
        self.batch_size = batch_size
        self.factory = factory
        self.max_in_flight = max_in_flight

    def _client(self) -> tuple[Any, bool]:
        try:
            from distributed import Client
        except ImportError as exc:
            raise KgError('--executor dask needs Dask: pip install "dask[distributed]"') from exc
        if isinstance(self.scheduler, Client):
            return self.scheduler, False
        try:
            return Client(self.scheduler, timeout="10s"), True
        except OSError as exc:
            raise KgError(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}") from exc

    def map(self, batches: Iterable[list[Article]]) -> Iterator[tuple[list[Article], list[Outcome]]]:
        from distributed import as_completed

        client, owned = self._client()
        try:
            limit = self.max_in_flight or 2 * max(1, sum(client.nthreads().values()))
            source = iter(batches)
            pending: dict[str, list[Article]] = {}
            queue = as_completed()
            for batch in source:
                future = client.submit(extract_batch, batch, self.batch_size, self.factory, self.budget, pure=False)
                pending[future.key] = batch
                queue.add(future)
                if len(pending) >= limit:
                    break
            for future in queue:
                batch = pending.pop(future.key)
                yield batch, _outcomes(future, batch)
                future.release()
                following = next(source, None)
                if following is not None:
                    nxt = client.submit(
                        extract_batch, following, self.batch_size, self.factory, self.budget, pure=False
                    )
                    pending[nxt.key] = following
                    queue.add(nxt)
        finally:
            if owned:
                client.close()


def make_executor(
    workers: int = 1,
    executor: str = "process",
    scheduler: str | None = None,
    batch_size: int = 32,
    budget: float | None = DEFAULT_BUDGET,
) -> ProcessExecutor | DaskExecutor | None:
    """The executor the CLI options ask for; ``None`` means extract in this process.
    ``budget``: seconds each article may take to extract, enforced by the workers."""
    if executor == "dask":
        if not scheduler:
            raise KgError("--executor dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
        return DaskExecutor(scheduler, batch_size=batch_size, budget=budget)
    if scheduler:
        raise KgError("--scheduler only applies with --executor dask")
    if workers <= 1:
        return None
    return ProcessExecutor(workers, batch_size=batch_size, budget=budget)


# -- progress ---------------------------------------------------------------------------


def count_inputs(paths: Iterable[str | Path]) -> int:
    """Input records under ``paths`` (JSON Lines lines, other files one each), for the ETA.

    A bundle splits into several articles later; the ETA is therefore kept
    in input records (see :func:`record_of`), which this counts exactly.
    """
    from kg.io.read import JSONL_SUFFIXES, SUFFIXES, walk_folder

    total = 0
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in walk_folder(path):  # an unreadable folder or a link is one failure, reported once
                if isinstance(found, Path):
                    files.append(found)
                else:
                    total += 1
        elif path.suffix.lower() in SUFFIXES and path.is_file():
            files.append(path)
    for path in files:
        if path.suffix.lower() in JSONL_SUFFIXES:
            try:
                with path.open("rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def record_of(source: str) -> str:
    """The input record an article came from: ``file.jsonl:12#3`` (3rd report of a bundle) → ``file.jsonl:12``."""
    return source.split("#", 1)[0]


def _duration(seconds: float) -> str:
    seconds = max(0, int(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class Progress:
    """Build progress: rich's progress bar on a terminal, a log line every ``every`` articles otherwise.

    Shows articles done, articles per second, ETA (from input records read
    against ``total``) and failures.  Call it as the ``on_progress`` of
    :func:`kg.apps.build.build_paths`; ``close()`` ends the bar.  Away from a terminal
    (a pipe, a CI log) nothing is redrawn: each report is one plain line.
    """

    def __init__(
        self,
        total: int | None = None,
        *,
        stream: TextIO | None = None,
        live: bool | None = None,
        every: int = 500,
        verbose: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty() if live is None else live
        self.total = total
        self.every = every
        self.verbose = verbose
        self.clock = clock
        self.started = clock()
        self.counts = {"built": 0, "skipped": 0, "failed": 0}
        self.records = 0
        self._bundles: set[str] = set()
        self._last_draw = 0.0
        self._bar: Any = None  # rich's progress display, started on the first report
        self._task: Any = None

    @property
    def done(self) -> int:
        return sum(self.counts.values())

    def rate(self) -> float:
        elapsed = self.clock() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def summary(self) -> str:
        """Counts and rate: ``3 articles | 2 built | 0 unchanged | 1 failed | 1.5 docs/s``."""
        c = self.counts
        return (
            f"{self.done} articles | {c['built']} built | {c['skipped']} unchanged | {c['failed']} failed"
            f" | {self.rate():.1f} docs/s"
        )

    def line(self) -> str:
        """The log line: share of the input read, :meth:`summary`, ETA and time elapsed."""
        elapsed = self.clock() - self.started
        parts = [self.summary()]
        if self.total:
            share = min(self.records / self.total, 1.0)
            if share > 0:
                eta = elapsed * (1 - share) / share
                parts.insert(0, f"{share:4.0%}")
                parts.append(f"ETA {_duration(eta)}")
        parts.append(f"elapsed {_duration(elapsed)}")
        return " | ".join(parts)

    def __call__(self, source: str, status: str) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1
        if "#" not in source:
            self.records += 1
        else:  # one of several articles split from one record: count the record once
            record = record_of(source)
            if record not in self._bundles:
                self._bundles.add(record)
                self.records += 1
        if self.verbose:
            print(f"{status:8} {source}", file=self.stream, flush=True)
        elif self.live:
            now = self.clock()
            if self._bar is None or now - self._last_draw >= 0.2:
                self._last_draw = now
                self._draw()
        elif self.done % self.every == 0:
            print(f"kg build: {self.line()}", file=self.stream, flush=True)

    def _draw(self) -> None:
        """Redraw rich's bar; no refresh thread: it is redrawn from here, at most five times a second."""
        if self._bar is None:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                TaskProgressColumn,
                TextColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as Bar

            # one terminal line: bar, share of the input read, counts, rate, ETA (elapsed once done)
            self._bar = Bar(
                BarColumn(bar_width=20),
                TaskProgressColumn(),
                TextColumn("{task.fields[counts]}"),
                TextColumn("{task.fields[rate]}"),
                TimeRemainingColumn(elapsed_when_finished=True),
                # the bar's own escape sequences go to the terminal itself, not through the CLI's
                # control-character filter (kg.cli.commands.Printable); no input text is in them
                console=Console(file=getattr(self.stream, "raw", self.stream), force_terminal=True, highlight=False),
                auto_refresh=False,
                get_time=self.clock,
            )
            self._task = self._bar.add_task("build", total=self.total or None)
        c = self.counts
        counts = f"{c['built']} built, {c['skipped']} unchanged, {c['failed']} failed"
        self._bar.update(self._task, completed=self.records, counts=counts, rate=f"{self.rate():.1f} docs/s")
        if not self._bar.live.is_started:
            self._bar.start()
        self._bar.refresh()

    def close(self) -> None:
        """Draw the final state and give the terminal line back."""
        if self._bar is not None:
            self._draw()
            self._bar.stop()
            self._bar = None

