"""``kg_entities``: the persons, places and organisations the components found, as ``doc.ents``.

The components keep their findings on ``doc._.kg`` (:class:`~kg.nlp.state.DocState`) as
character-offset mentions; this last component copies them onto the Doc in spaCy's own form,
so that displaCy, ``doc.ents`` and any spaCy tool see them: ``PERSON``, ``GPE`` (provinces,
cities, regions), ``ORG``.  Overlaps are resolved longest first (``spacy.util.filter_spans``);
each span's ``kb_id_`` is the canonical value (a province's short name, an organisation's
label).  A mention that does not fall on token boundaries (jieba glued "王浩王清宪" into one
token) is left out rather than widened to a wrong span.  It changes no record.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.nlp.state import DocState

LABELS = {"person": "PERSON", "province": "GPE", "city": "GPE", "region": "GPE", "org": "ORG"}


class EntitySetter:
    """Writes ``doc.ents`` from the mentions on ``doc._.kg``; stateless (nothing to save)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        state: DocState = doc._.kg
        spans: list[Span] = []
        for m in state.mentions:
            label = LABELS.get(m.kind)
            if label is None:
                continue
            span = doc.char_span(m.start, m.end, label=label, kb_id=m.value, alignment_mode="strict")
            if span is not None:
                spans.append(span)
        doc.ents = filter_spans(spans)
        return doc


@Language.factory("kg_entities", default_config={})
def make_entities(nlp: Language, name: str) -> EntitySetter:
    return EntitySetter(nlp, name)
