"""The extraction pipeline: an :class:`~kg.records.Article` in, an :class:`~kg.records.Extraction` out.

Built on ``spacy.blank("zh")`` with the jieba segmenter (spaCy's own Chinese
pipelines are not on PyPI) and our own components, each registered as a spaCy
factory with one job:

=====================  =========================================================
``kg_segmenter``       sentences and paragraphs; creates ``doc._.kg``
``kg_discourse``       the time of every clause: report day, signalled past, future
``kg_gazetteer``       provinces, cities, regions, organisations (``ontology/``); names of bodies by shape
``kg_officials``       title–name apposition → persons and posts
``kg_person_tagger``   untitled names, statistical tagger on unexplained windows
``kg_names``           run-together headline names, every later mention
``kg_events``          events, participation, reviewed documents, decisions
``kg_speakers``        who speaks in every sentence, and from what standing
``kg_statement_kind``  a trained estimate of each sentence's statement kind (in the pipeline
                       only when ``kg_commitments.model_policy`` reads it or the config names it)
``kg_projects``        named projects
``kg_commitments``     statements: one commitment or directive per sentence
``kg_entities``        persons, places and organisations copied onto ``doc.ents``
=====================  =========================================================

Annotations on the ``Doc`` that later components (and tests) read:

=============================  ==============================================================
``doc._.kg``                   the :class:`~kg.nlp.state.DocState` (sentences, mentions, records)
``doc.spans["kg_clauses"]``    clauses not about the report's day (``kg_discourse``):
                               ``Span._.kg_tense`` ``"past"``/``"future"``/``"report"`` (a
                               recent dated clause), ``Span._.kg_date`` the clause's own date
                               (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) or None, ``Span._.kg_cue``
                               the words that decided (时任, 以来, 先后4次, a date …).  Every
                               clause, marked or not, is on ``DocState.clauses``
                               (:class:`~kg.nlp.state.ClauseTime`); ask ``DocState.time_at(offset)``
                               or ``DocState.is_past(offset)``.
``doc.ents``                   persons (``PERSON``), provinces/cities/regions (``GPE``) and
                               organisations (``ORG``), ``kb_id_`` the canonical value
                               (``kg_entities``, after every other component)
``doc.spans["kg_orgs"]``       names of organisations no gazetteer lists, read by their shape (the
                               ``kg_gazetteer`` layer ``kg.nlp.orgnames``: 国务院关税税则委员会, 四川省
                               生态环境厅); also ``DocState.orgs``, asked by statement subjects and body
                               speakers through ``DocState.org_starting``
``doc.spans["kg_events"]``     every event mention (``kg_events``), ``Span._.kg_event`` = the
                               ``EventRecord.key`` it refers to
``doc.spans["kg_main_events"]`` the report's main event(s), read from its lead sentence, one span
                               each (``Span._.kg_event``); also ``DocState.main_events`` (keys).
                               Later mentions ("会上", "出席座谈会") resolve to them unless they
                               carry their own time or place (``DocState.event_at``).
``doc.spans["kg_speakers"]``   each reporting clause (``kg_speakers``: 习近平强调, 会议指出, 他说 …),
                               labelled with the speaker's standing (``national``,
                               ``province:上海``, ``meeting`` …), ``Span._.kg_speaker`` the name;
                               every sentence's speaker is on ``DocState.sentence_speakers``
                               (:class:`~kg.nlp.state.SentenceSpeaker`, continuation included)
``doc.spans["kg_sentences"]``  every sentence (``kg_statement_kind``, when it runs), ``Span._.kg_kind_scores``
                               the model's ``{"COMMITMENT": p, "DIRECTIVE": p, "NEITHER": p}``
                               (also ``DocState.statement_kinds``), labelled with the likeliest
``doc.spans["kg_statements"]`` one span per statement sentence (``kg_commitments``), labelled
                               ``commitment`` or ``directive``
=============================  ==============================================================

Configuration goes through spaCy's config system: ``Extractor({"kg_person_tagger":
{"tagger": "none"}})`` turns the statistical tagger off, for instance.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import jieba
import spacy
from spacy.language import Language

from kg.errors import KgError

# every component module, so that its factory is registered (installed, the entry points in
# pyproject.toml register them for spacy.load without importing kg first)
from kg.nlp import (  # noqa: F401
    commitments,
    discourse,
    entities,
    events,
    gazetteer,
    names,
    officials,
    projects,
    segment,
    speakers,
    statement_kind,
)
from kg.nlp.state import DocState
from kg.records import Article, Extraction

#: every component, in order.  The default pipeline (:func:`default_components`) leaves out
#: ``kg_statement_kind`` when nothing reads its scores.
PIPELINE = (
    "kg_segmenter",
    "kg_discourse",
    "kg_gazetteer",
    "kg_officials",
    "kg_person_tagger",
    "kg_names",
    "kg_events",
    "kg_speakers",
    "kg_statement_kind",
    "kg_projects",
    "kg_commitments",
    "kg_entities",
)
#: the trained scorer, whose scores only ``kg_commitments``' model policies veto/add/both read
SCORER = "kg_statement_kind"
jieba.setLogLevel(60)  # jieba announces building its dictionary on stderr; users need not see it


def _model_policy(config: dict[str, dict[str, Any]]) -> str:
    """``kg_commitments.model_policy`` as ``config`` sets it, else the factory's default."""
    default = (Language.get_factory_meta("kg_commitments").default_config or {}).get("model_policy", "rules")
    return str(config.get("kg_commitments", {}).get("model_policy", default))


def default_components(config: dict[str, dict[str, Any]] | None = None) -> tuple[str, ...]:
    """:data:`PIPELINE`, without ``kg_statement_kind`` unless something reads its scores: the
    ``model_policy`` of ``kg_commitments`` is ``veto``, ``add`` or ``both``, or ``config`` names the
    component (``{"kg_statement_kind": {}}``: its scores on every Doc for the caller).  Under the
    default policy ``rules`` nothing does, and scoring costs about 6% of extraction."""
    config = config or {}
    if _model_policy(config) != "rules" or SCORER in config:
        return PIPELINE
    return tuple(c for c in PIPELINE if c != SCORER)


def make_nlp(config: dict[str, dict[str, Any]] | None = None, components: Iterable[str] | None = None) -> Language:
    """The pipeline; ``components`` selects a prefix or subset (for tests and ablations), by
    default :func:`default_components` of ``config``.  A ``model_policy`` that reads the
    statement-kind scores needs ``kg_statement_kind`` before ``kg_commitments``."""
    config = config or {}
    chosen = list(default_components(config) if components is None else components)
    if "kg_commitments" in chosen and SCORER not in chosen[:chosen.index("kg_commitments")] \
            and _model_policy(config) != "rules":
        raise KgError(f"kg_commitments' model_policy {_model_policy(config)!r} reads the scores of {SCORER}: "
                      f"put {SCORER} before kg_commitments")
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    for name in chosen:
        nlp.add_pipe(name, config=config.get(name, {}))
    return nlp


class Extractor:
    """Runs the pipeline over articles.  Build one per process and reuse it: loading the
    reference data and the tagger is the expensive part."""

    def __init__(
        self,
        config: dict[str, dict[str, Any]] | None = None,
        components: Iterable[str] | None = None,
        *,
        nlp: Language | None = None,
    ) -> None:
        """``nlp``: a pipeline built elsewhere, e.g. ``spacy.load(d)`` of one saved with
        ``Extractor().nlp.to_disk(d)``; otherwise one is made from ``config`` and ``components`` (:func:`make_nlp`)."""
        self.nlp = nlp if nlp is not None else make_nlp(config, components)

    def _doc(self, article: Article) -> Any:
        doc = self.nlp.make_doc(article.text)
        doc.user_data["kg_article"] = article
        return doc

    def extract(self, article: Article) -> Extraction:
        doc = self.nlp(self._doc(article))
        state: DocState = doc._.kg
        return state.extraction

    def extract_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Extraction]:
        docs = (self._doc(a) for a in articles)
        for doc in self.nlp.pipe(docs, batch_size=batch_size):
            yield doc._.kg.extraction


__all__ = ["Extractor", "make_nlp", "default_components", "PIPELINE", "SCORER"]
