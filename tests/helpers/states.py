"""Hand-built :class:`DocState`s for component tests: sentences, paragraphs and the place
mentions the gazetteer would have marked, without running the pipeline."""

from __future__ import annotations

from kg.nlp.segment import split_paragraphs, split_sentences
from kg.nlp.state import DocState, Mention
from kg.records import Article, Extraction


def base_state(text: str, places: dict[str, tuple[str, str]]) -> DocState:
    """A state over ``text`` whose mentions are ``places`` (surface → (kind, value)),
    longest first and never overlapping, as the gazetteer marks them."""
    article = Article(key="t", source="<test>", text=text, title="", date=None, content_hash="")
    state = DocState(article=article, extraction=Extraction(article=article))
    state.paragraphs = split_paragraphs(text)
    state.sentences = split_sentences(text, state.paragraphs)
    taken: list[tuple[int, int]] = []
    for surface in sorted(places, key=len, reverse=True):
        i = text.find(surface)
        while i >= 0:
            if not any(s < i + len(surface) and i < e for s, e in taken):
                state.mentions.append(Mention(i, i + len(surface), *places[surface]))
                taken.append((i, i + len(surface)))
            i = text.find(surface, i + 1)
    return state
