"""Build orchestration: documents on disk → articles → extractions → store.

The pipeline streams: documents are read lazily, extracted in small batches
and written one article (one transaction) at a time, so a corpus of any size
builds in bounded memory and an interrupted build keeps what it finished.

One bad document never stops a build: unreadable inputs and per-article
failures are collected in the :class:`BuildReport` with their source and a
reason, and the other documents are still built.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import Any, Literal

from kg import iri
from kg.errors import InputError, KgError
from kg.records import Article, Extraction
from kg.store import Store

log = logging.getLogger(__name__)

Status = Literal["built", "skipped", "failed"]
ProgressCallback = Callable[[str, Status], None]


@dataclass
class BuildReport:
    """What a build did: counts of articles built/skipped, and every failure with its reason."""

    built: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return f"{self.built} built, {self.skipped} unchanged, {len(self.failed)} failed"


def _reason(exc: BaseException) -> str:
    if isinstance(exc, InputError):
        return exc.reason
    if isinstance(exc, KgError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


class _Builder:
    def __init__(
        self,
        store: Store,
        extractor: Any,
        on_progress: ProgressCallback | None,
        force: bool,
        batch_size: int,
    ) -> None:
        self.store = store
        self.extractor = extractor
        self.on_progress = on_progress
        self.force = force
        self.batch_size = batch_size
        self.report = BuildReport()
        self.reference: Any = None

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
        from kg.normalise import normalise
        from kg.read import iter_documents, split_bundle

        for item in iter_documents([Path(p) for p in paths], date=date):
            if isinstance(item, InputError):
                self.note(item.source, "failed", item.reason)
                continue
            try:
                docs = split_bundle(item)
            except Exception as exc:  # noqa: BLE001 - one document's failure is reported, not raised
                self.note(item.source, "failed", _reason(exc))
                continue
            for doc in docs:
                try:
                    article = normalise(doc)
                except Exception as exc:  # noqa: BLE001
                    self.note(doc.source, "failed", _reason(exc))
                    continue
                if (
                    not self.force
                    and self.store.article_hash(iri.article(article.key)) == article.content_hash
                ):
                    self.note(article.source, "skipped")
                    continue
                yield article

    def extractions(self, batch: list[Article]) -> Iterator[tuple[Article, Extraction | BaseException]]:
        """Extract a batch at once; from the first failure on, go one by one to isolate the culprit.

        ``extract_many`` yields in input order, so what it produced before
        failing is kept.
        """
        done: list[Extraction] = []
        try:
            for extraction in self.extractor.extract_many(batch, batch_size=self.batch_size):
                if len(done) == len(batch):
                    raise RuntimeError("extract_many yielded more extractions than articles")
                done.append(extraction)
        except Exception:  # noqa: BLE001
            log.debug("batch extraction failed; retrying the rest article by article", exc_info=True)
        yield from zip(batch, done, strict=False)
        for article in batch[len(done) :]:
            try:
                yield article, self.extractor.extract(article)
            except Exception as exc:  # noqa: BLE001
                yield article, exc

    def write(self, article: Article, outcome: Extraction | BaseException) -> None:
        from kg.rdf import article_quads

        if isinstance(outcome, BaseException):
            self.note(article.source, "failed", _reason(outcome))
            return
        try:
            quads = article_quads(outcome, self.reference)
        except Exception as exc:  # noqa: BLE001
            self.note(article.source, "failed", _reason(exc))
            return
        # A store that cannot be written fails every article alike: stop the build.
        self.store.replace_article(iri.article(article.key), quads)
        self.note(article.source, "built")

    def run(self, paths: Iterable[str | Path], date: Date | None) -> BuildReport:
        from kg.reference import get_reference

        self.reference = get_reference()
        self.store.ensure_reference(self.reference)
        batch: list[Article] = []
        for article in self.articles(paths, date):
            batch.append(article)
            if len(batch) >= self.batch_size:
                for art, outcome in self.extractions(batch):
                    self.write(art, outcome)
                batch = []
        if batch:
            for art, outcome in self.extractions(batch):
                self.write(art, outcome)
        return self.report


def build_paths(
    paths: Iterable[str | Path],
    store: Store,
    *,
    date: Date | None = None,
    extractor: Any = None,
    on_progress: ProgressCallback | None = None,
    force: bool = False,
    batch_size: int = 32,
) -> BuildReport:
    """Read, extract and store every document under ``paths``.

    ``date`` is the publication date of every document (it overrides dates
    found in the files, see :func:`kg.read.iter_documents`).  Articles
    whose stored content hash equals their current one are skipped unless
    ``force`` (use it after upgrading the extractor).  ``on_progress`` is
    called with ``(source, status)`` after each article.
    """
    if extractor is None:
        from kg.nlp import Extractor

        extractor = Extractor()
    return _Builder(store, extractor, on_progress, force, max(1, batch_size)).run(paths, date)
