"""Build orchestration: documents on disk → articles → extractions → store.

The pipeline streams: documents are read lazily, extracted in small batches
and written one article (one transaction) at a time, so a corpus of any size
builds in bounded memory and an interrupted build keeps what it finished.

One bad document never stops a build: unreadable inputs and per-article
failures are collected in the :class:`BuildReport` with their source and a
reason, and the other documents are still built.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date as Date
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from kg.apps.budget import DEFAULT_BUDGET
from kg.errors import InputError, KgError
from kg.graph import iri
from kg.records import Article, Extraction
from kg.store import GraphStore

log = logging.getLogger(__name__)

Status = Literal["built", "skipped", "failed"]
ProgressCallback = Callable[[str, Status], None]


@dataclass
class BuildReport:
    """What a build did: counts of articles built/skipped, and every failure with its reason."""

    built: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    #: Of ``skipped``: articles whose text another key already carries (see :func:`build_paths`).
    duplicates: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        unchanged = self.skipped - self.duplicates
        dup = f", {self.duplicates} duplicates" if self.duplicates else ""
        return f"{self.built} built, {unchanged} unchanged{dup}, {len(self.failed)} failed"


def failure_reason(exc: BaseException) -> str:
    """Why an article failed, in one line for the build report (also used by the worker processes)."""
    if isinstance(exc, InputError):
        return exc.reason
    if isinstance(exc, KgError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def extract_isolated(
    extractor: Any, batch: list[Article], batch_size: int, budget: float | None = None
) -> Iterator[tuple[Article, Extraction | BaseException]]:
    """Extract a batch at once; from the first failure on, go one by one to isolate the culprit.

    ``extract_many`` yields in input order, so what it produced before
    failing is kept.  Module-level so that worker processes (:mod:`kg.apps.parallel`)
    isolate failures exactly as an in-process build does.

    Each article gets ``budget`` seconds (:mod:`kg.apps.budget`); one that overruns
    is failed with the reason, without a second try, and the rest go on.
    """
    from kg.apps.budget import BudgetExceeded, overrun_reason, time_budget

    done: list[Extraction] = []
    overrun: set[int] = set()
    try:
        stream = iter(extractor.extract_many(batch, batch_size=batch_size))
        while True:
            with time_budget(budget):
                extraction = next(stream, None)
            if extraction is None:
                break
            if len(done) == len(batch):
                raise RuntimeError("extract_many yielded more extractions than articles")
            done.append(extraction)
    except BudgetExceeded:
        overrun.add(len(done))
    except Exception:  # noqa: BLE001
        log.debug("batch extraction failed; retrying the rest article by article", exc_info=True)
    yield from zip(batch, done, strict=False)
    for i, article in enumerate(batch[len(done) :], start=len(done)):
        if i in overrun:
            yield article, KgError(overrun_reason(budget))
            continue
        try:
            with time_budget(budget):
                extraction = extractor.extract(article)
            yield article, extraction
        except BudgetExceeded:
            yield article, KgError(overrun_reason(budget))
        except Exception as exc:  # noqa: BLE001
            yield article, exc


class _Builder:
    def __init__(
        self,
        store: GraphStore,
        extractor: Any,
        on_progress: ProgressCallback | None,
        force: bool,
        batch_size: int,
        executor: Any = None,
        validate: bool = False,
        budget: float | None = None,
    ) -> None:
        self.budget = budget
        self.store = store
        self.extractor = extractor
        self.on_progress = on_progress
        self.force = force
        self.batch_size = batch_size
        self.executor = executor
        self.report = BuildReport()
        self.reference: Any = None
        # article IRI -> stored content hash, and the reverse, read once per build
        self.stored: dict[str, str] = {}
        self.stored_by_hash: dict[str, str] = {}
        self.seen_hashes: set[str] = set()
        # key -> (source, content hash) of every article read in this build: two inputs with one key
        self.keys: dict[str, tuple[str, str]] = {}
        # article IRI -> the content hash it holds now (updated as the build writes), and the
        # articles skipped as duplicates of another key: rechecked once the build has written all
        self.holding: dict[str, str] = {}
        self.deferred: list[Article] = []
        self.validate = validate
        self.context: Any = None  # kg.graph.shacl.Context, read from the store once per build

    def note(self, source: str, status: Status, reason: str | None = None) -> None:
        if status == "built":
            self.report.built += 1
        elif status == "skipped":
            self.report.skipped += 1
        else:
            self.report.failed.append((source, reason or "unknown error"))
        if self.on_progress is not None:
            self.on_progress(source, status)

    def articles(self, paths: Iterable[str | Path], date: Date | None) -> Iterator[Article]:
        """Normalised articles that need (re)building; everything else is noted on the way."""
        from kg.io.normalise import normalise
        from kg.io.read import iter_documents, split_bundle

        for item in iter_documents([Path(p) for p in paths], date=date):
            if isinstance(item, InputError):
                self.note(item.source, "failed", item.reason)
                continue
            try:
                docs = split_bundle(item)
            except Exception as exc:  # noqa: BLE001 - one document's failure is reported, not raised
                self.note(item.source, "failed", failure_reason(exc))
                continue
            for doc in docs:
                try:
                    article = normalise(doc)
                except Exception as exc:  # noqa: BLE001
                    self.note(doc.source, "failed", failure_reason(exc))
                    continue
                if not article.text.strip():
                    self.note(doc.source, "failed", "no text left after normalisation (only invisible characters)")
                    continue
                if self.collides(article):
                    continue
                a_iri = iri.article(article.key)
                if not self.force and self.stored.get(a_iri) == article.content_hash:
                    self.seen_hashes.add(article.content_hash)
                    self.note(article.source, "skipped")
                    continue
                if self.is_duplicate(article, a_iri):
                    continue
                self.seen_hashes.add(article.content_hash)
                yield article

    def collides(self, article: Article) -> bool:
        """Another input of this build has the same key and a different text: report this one.

        Two texts under one key would overwrite each other (one article, the other's facts
        lost); the first keeps the key, the second is a failure naming the first.
        """
        first = self.keys.setdefault(article.key, (article.source, article.content_hash))
        if first[1] == article.content_hash:
            return False
        self.note(
            article.source,
            "failed",
            f"has the key {article.key!r} of {first[0]} but a different text; each article needs its own id or file name",
        )
        return True

    def is_duplicate(self, article: Article, a_iri: str) -> bool:
        """The same text was built in this run, or is stored under another key: skip it.

        The first key that carries a text keeps it; a later key with the same
        text adds nothing but a second copy of every fact.  A stale graph the
        key itself still holds is removed, so the store never keeps two texts
        for one key or one text under two keys.
        """
        content_hash = article.content_hash
        other = self.stored_by_hash.get(content_hash)
        if content_hash not in self.seen_hashes and (other is None or other == a_iri):
            return False
        if a_iri in self.stored:
            self.store.remove_article(a_iri)
            del self.stored[a_iri]
            self.holding.pop(a_iri, None)
        self.deferred.append(article)
        self.report.duplicates += 1
        self.note(article.source, "skipped")
        return True

    def extractions(self, batch: list[Article]) -> Iterator[tuple[Article, Extraction | BaseException]]:
        return extract_isolated(self.extractor, batch, self.batch_size, self.budget)

    def write(self, article: Article, outcome: Extraction | BaseException) -> None:
        from kg.graph.rdf import article_quads

        if isinstance(outcome, BaseException):
            self.note(article.source, "failed", failure_reason(outcome))
            return
        try:
            quads = article_quads(outcome, self.reference)
        except Exception as exc:  # noqa: BLE001
            self.note(article.source, "failed", failure_reason(exc))
            return
        self.store_quads(article, quads)

    def store_quads(self, article: Article, quads: list[Any]) -> None:
        if self.validate:
            problem = self.violation(quads)
            if problem:
                self.note(article.source, "failed", problem)
                return
        import pyoxigraph as ox

        a_iri = iri.article(article.key)
        node = ox.NamedNode(a_iri)
        quads = [*quads, ox.Quad(node, ox.NamedNode(iri.KG + "pipelineVersion"), ox.Literal(pipeline_version()), node)]
        # A store that cannot be written fails every article alike: stop the build.
        self.store.replace_article(a_iri, quads)
        self.holding[a_iri] = article.content_hash
        self.note(article.source, "built")

    def violation(self, quads: list[Any]) -> str | None:
        """Why the article's quads do not conform to ``ontology/shapes.ttl``, or None if they do."""
        from kg.apps.validate import store_context
        from kg.graph.shacl import validate_graph

        if self.context is None:
            self.context = store_context(self.store)
        report = validate_graph(quads, context=self.context)
        if report.ok:
            return None
        first, more = report.violations[0].line(origin=False), len(report.violations) - 1
        return f"does not conform to the SHACL shapes: {first}" + (f" (and {more} more)" if more else "")

    def write_nquads(self, article: Article, nquads: str | None, error: str | None) -> None:
        """Store what a worker process produced: the article's N-Quads, or why it failed."""
        import pyoxigraph as ox

        if nquads is None:
            self.note(article.source, "failed", error)
            return
        self.store_quads(article, list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS)))

    def batches(self, paths: Iterable[str | Path], date: Date | None) -> Iterator[list[Article]]:
        batch: list[Article] = []
        for article in self.articles(paths, date):
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    def run(self, paths: Iterable[str | Path], date: Date | None) -> BuildReport:
        from kg.reference import get_reference

        self.reference = get_reference()
        self.store.ensure_reference(self.reference)
        self.stored = self.store.article_hashes()
        # an article built by other extraction code or rules is not "unchanged", even if its text is
        current = pipeline_version()
        outdated = {
            r["a"]
            for r in self.store.select(
                "SELECT ?a WHERE { GRAPH ?a { ?a a schema:NewsArticle . "
                f'FILTER NOT EXISTS {{ ?a kg:pipelineVersion "{current}" }} }} }}'
            )
        }
        for a_iri, content_hash in sorted(self.stored.items()):
            self.stored_by_hash.setdefault(content_hash, a_iri)
        self.holding = dict(self.stored)
        self.stored = {a: ("" if a in outdated else h) for a, h in self.stored.items()}
        self.extract_and_write(self.batches(paths, date))
        orphans = self.orphaned_duplicates()
        if orphans:
            self.extract_and_write(iter([orphans[i : i + self.batch_size] for i in range(0, len(orphans), self.batch_size)]))
        return self.report

    def extract_and_write(self, batches: Iterator[list[Article]]) -> None:
        if self.executor is not None:
            for done, outcomes in self.executor.map(batches):
                for art, (nquads, error) in zip(done, outcomes, strict=True):
                    self.write_nquads(art, nquads, error)
            return
        for batch in batches:
            for art, outcome in self.extractions(batch):
                self.write(art, outcome)

    def orphaned_duplicates(self) -> list[Article]:
        """Duplicates whose text no article holds any more, now that the build has written all.

        A text skipped as a copy of another key's is lost if that key then changed its text
        in the same build ("A and B both say X; A now says Y"); such a text is built under
        its own key after all, so every input's text ends the build present exactly once.
        """
        present = set(self.holding.values())
        orphans: list[Article] = []
        for article in self.deferred:
            if article.content_hash not in present:
                present.add(article.content_hash)
                orphans.append(article)
        self.report.duplicates -= len(orphans)
        self.report.skipped -= len(orphans)
        return orphans


def build_paths(
    paths: Iterable[str | Path],
    store: GraphStore,
    *,
    date: Date | None = None,
    extractor: Any = None,
    on_progress: ProgressCallback | None = None,
    force: bool = False,
    batch_size: int = 32,
    executor: Any = None,
    validate: bool = False,
    time_budget: float | None = DEFAULT_BUDGET,
) -> BuildReport:
    """Read, extract and store every document under ``paths``.

    ``date`` is the publication date of every document (it overrides dates
    found in the files, see :func:`kg.io.read.iter_documents`).  Articles
    whose stored content hash equals their current one are skipped unless
    ``force`` (use it after upgrading the extractor).  An article whose text
    (content hash) was already built in this run, or is stored under another
    key, is skipped as a duplicate (counted in ``BuildReport.duplicates``).
    ``on_progress`` is called with ``(source, status)`` after each article.

    ``executor`` (see :mod:`kg.apps.parallel`) extracts batches elsewhere, in
    worker processes or on a Dask cluster; this process stays the only
    writer to the store.  Without one, extraction runs here with ``extractor``.

    With ``validate``, each article's quads are checked against the SHACL
    shapes (:mod:`kg.graph.shacl`) before they are stored; an article that does
    not conform is not written and is reported as failed with its first
    violation.

    ``time_budget`` is the seconds one article may take to extract (``None``: no
    limit); one that takes longer is reported as failed and the build goes on.  An
    executor applies its own budget (see :func:`kg.apps.parallel.make_executor`).
    """
    if executor is not None:
        return _Builder(store, None, on_progress, force, max(1, batch_size), executor, validate).run(paths, date)
    if extractor is None:
        from kg.nlp import Extractor

        extractor = Extractor()
    return _Builder(
        store, extractor, on_progress, force, max(1, batch_size), validate=validate, budget=time_budget
    ).run(paths, date)


_VERSION_SOURCES = (
    "nlp/*.py", "graph/rdf.py", "graph/iri.py", "graph/pinyin.py", "io/*.py", "records.py", "reference.py",
    "store/entities.py", "models/*/*",
)


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """A fingerprint of what turns a text into quads: the extraction and mapping code and the
    rule data under ``ontology/``.  Stored on each article (``kg:pipelineVersion``) so that a
    rebuild after an upgrade re-extracts articles whose text did not change, without
    ``--force``; an unchanged build still skips them."""
    from kg.reference import ontology_dir

    package = Path(__file__).resolve().parents[1]
    files = sorted({p for pattern in _VERSION_SOURCES for p in package.glob(pattern)})
    files += sorted(p for p in ontology_dir().iterdir() if p.suffix in (".csv", ".ttl"))
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
