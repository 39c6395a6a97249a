"""A trained estimate of each sentence's statement kind: commitment, directive or neither.

``kg_commitments`` decides a sentence's kind by rules (task markers, the speaker's standing, the
settled calls of ``eval/ANNOTATING.md``).  This component gives a second opinion learnt from the
dev gold: a spaCy :class:`~spacy.pipeline.TextCategorizer` (``spacy.TextCatBOW.v3``, a linear
model over hashed word unigrams and bigrams, exclusive classes ``COMMITMENT`` / ``DIRECTIVE`` /
``NEITHER``) scores every sentence of ``DocState.sentences``.  ``kg_commitments`` reads the
scores only when its ``model_policy`` asks for them (``docs/statements-model.md``: the policies
and the cross-validated ablation that chose the default).

What the model sees (:func:`sentence_words`): the pipeline's own jieba tokens of the sentence
(whitespace dropped), and, when the model was trained with ``standing`` on, one token in front
naming the standing of the sentence's speaker from ``kg_speakers`` (``[NATIONAL]``,
``[PROVINCE]``, ``[MEETING]``, ``[NARRATOR]`` …) and whether the sentence introduces the speaker
or continues his speech, and a ``[SAYS]`` token where the reported words start.  Nothing else:
no gazetteer, no rule verdict.

Results, for ``kg_commitments`` and for users of the Doc:

* ``DocState.statement_kinds``: one ``{"COMMITMENT": p, "DIRECTIVE": p, "NEITHER": p}`` per
  sentence (probabilities summing to 1), in sentence order;
* ``doc.spans["kg_sentences"]``: one span per sentence, ``Span._.kg_kind_scores`` the same dict.

The shipped model is ``kg/models/statement_kind/`` (``cfg``, ``model``: the TextCategorizer's
labels and weights, no vocabulary: features are hashes of the token strings; ``features.json``:
the model architecture and the feature switches).  ``eval/train_statements.py`` rebuilds it from
the dev gold in one command; the factory's ``model`` setting points to another directory.
Prediction is one batched linear pass over the sentences: linear in the text.
"""

from __future__ import annotations

import bisect
import random
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import numpy
import srsly
from spacy.language import Language
from spacy.pipeline import TextCategorizer
from spacy.strings import hash_string  # type: ignore[attr-defined]  # cpdef, no stub
from spacy.tokens import Doc, Span
from spacy.util import minibatch, registry
from spacy.vocab import Vocab

from kg.errors import KgError
from kg.nlp.state import DocState, SentenceSpeaker

LABELS = ("COMMITMENT", "DIRECTIVE", "NEITHER")
SPANS_KEY = "kg_sentences"
FEATURES_FILE = "features.json"
#: the shipped model: ``kg/models/statement_kind`` inside the package
DEFAULT_MODEL = Path(__file__).resolve().parents[1] / "models" / "statement_kind"

#: architecture and feature switches a model is trained and loaded with
DEFAULT_FEATURES: dict[str, Any] = {"ngram_size": 2, "length": 2**17, "standing": True, "clause_heads": True,
                                    "chars": False}

def _kind_scores(span: Span) -> dict[str, float] | None:
    """``Span._.kg_kind_scores``: the scores of the sentence the span's middle is in (read from
    ``DocState.statement_kinds``, so that no span has to carry them)."""
    state = span.doc._.kg
    if state is None or not state.statement_kinds or not state.sentences:
        return None
    i = state.sentence_index((span.start_char + span.end_char) // 2)
    return state.statement_kinds[i] if i < len(state.statement_kinds) else None


if not Span.has_extension("kg_kind_scores"):
    Span.set_extension("kg_kind_scores", getter=_kind_scores)


def standing_tokens(sp: SentenceSpeaker | None) -> list[str]:
    """The tokens naming who speaks: his standing's class and whether the sentence introduces him."""
    if sp is None:
        return ["[NOSPEAKER]"]
    if sp.kind == "none":
        return ["[NARRATOR]"]
    if sp.kind == "person":
        cls = sp.standing.split(":", 1)[0].upper() if sp.standing else "UNKNOWN"
    else:  # meeting, body, other
        cls = sp.kind.upper()
    return [f"[{cls}]", "[INTRO]" if sp.intro else "[CONT]"]


_CLAUSE_BREAK = re.compile(r"[，,；;：:]\s*")


def sentence_words(text: str, tokens: Sequence[tuple[int, int]], span: tuple[int, int],
                   speaker: SentenceSpeaker | None, features: Mapping[str, Any]) -> list[str]:
    """What the model reads of one sentence ``text[span[0]:span[1]]``: ``tokens`` are the (start,
    end) of its tokens (``DocState.tokens_between``).  By ``features``: ``standing`` the speaker's
    standing tokens in front and ``[SAYS]`` where his words start; ``clause_heads`` the first
    character and the first two of every clause of those words (``^要``, ``^^要加``: jieba glues
    要 to what follows, 要严); ``chars`` every character after the words."""
    standing = bool(features.get("standing"))
    words = standing_tokens(speaker) if standing else []
    says = speaker.body_start if standing and speaker is not None and speaker.intro else -1
    if says < 0:
        words.extend(w for w in (text[s:e].strip() for s, e in tokens) if w)
    else:
        for s, e in tokens:
            if s == says:
                words.append("[SAYS]")
            word = text[s:e].strip()
            if word:
                words.append(word)
    if features.get("clause_heads"):
        start = speaker.body_start if speaker is not None and speaker.intro and span[0] <= speaker.body_start < span[1] \
            else span[0]
        for clause in _CLAUSE_BREAK.split(text[start:span[1]]):
            head = clause.strip()
            if head:
                words.extend(("^" + head[:1], "^^" + head[:2]))
    if features.get("chars"):
        words.append("[CHARS]")
        words.extend(ch for ch in text[span[0]:span[1]] if not ch.isspace())
    return words or ["[EMPTY]"]


def doc_words(state: DocState, features: Mapping[str, Any]) -> list[list[str]]:
    """:func:`sentence_words` of every sentence of a document: the tokens overlapping each
    sentence, cut at its edges (as ``DocState.tokens_between`` gives them), found by bisection."""
    text, tokens = state.article.text, state.tokens
    starts = [s for s, _ in tokens]
    by_index = {sp.sentence: sp for sp in state.sentence_speakers}
    out: list[list[str]] = []
    for i, (ss, se) in enumerate(state.sentences):
        j = max(bisect.bisect_right(starts, ss) - 1, 0)
        inside = tokens[j:bisect.bisect_left(starts, se, j)]
        if inside and (inside[0][0] < ss or inside[-1][1] > se):
            inside = [(max(s, ss), min(e, se)) for s, e in inside]
            inside = [(s, e) for s, e in inside if s < e]
        out.append(sentence_words(text, inside, (ss, se), by_index.get(i), features))
    return out


def model_config(features: dict[str, Any]) -> dict[str, Any]:
    """The thinc model config of a TextCatBOW of these features."""
    return {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
            "ngram_size": int(features["ngram_size"]), "no_output_layer": False, "length": int(features["length"])}


def new_textcat(vocab: Vocab, features: dict[str, Any], name: str = "statement_kind") -> TextCategorizer:
    """An untrained TextCategorizer of the three labels (training adds its weights)."""
    model = registry.resolve({"model": model_config(features)})["model"]
    textcat = TextCategorizer(vocab, model, name, threshold=0.5)
    for label in LABELS:
        textcat.add_label(label)
    return textcat


POLICIES = ("rules", "veto", "add", "both")


@dataclass(frozen=True)
class ModelPolicy:
    """How ``kg_commitments`` combines its rules with the model's scores (``model_policy``):

    * ``rules``: the rules alone (the scores are not read);
    * ``veto``: a sentence the rules make a statement is dropped when P(NEITHER) ≥ ``veto_threshold``;
    * ``add``: a sentence the rules leave alone is read again, every clause a task, when the model
      gives COMMITMENT or DIRECTIVE ≥ ``add_threshold``; it is kept when the rules then find an
      actor (committer, issuer) and the kind the model gave;
    * ``both``: veto and add.
    """

    policy: str = "rules"
    veto_threshold: float = 0.98  # the best of 0.9 / 0.95 / 0.98 in the CV of docs/statements-model.md
    add_threshold: float = 0.95  # likewise of 0.9 / 0.95 / 0.98

    def __post_init__(self) -> None:
        if self.policy not in POLICIES:
            raise KgError(f"model_policy must be one of {', '.join(POLICIES)}, not {self.policy!r}")

    def vetoes(self, scores: dict[str, float] | None) -> bool:
        return scores is not None and self.policy in ("veto", "both") and scores["NEITHER"] >= self.veto_threshold

    def adds(self, scores: dict[str, float] | None) -> str | None:
        """The kind (``commitment``/``directive``) the model asks to add, if any."""
        if scores is None or self.policy not in ("add", "both"):
            return None
        label = max(("COMMITMENT", "DIRECTIVE"), key=scores.__getitem__)
        return label.lower() if scores[label] >= self.add_threshold else None


def sentence_scores(state: DocState, index: int) -> dict[str, float] | None:
    """The model's scores of sentence ``index``; None when ``kg_statement_kind`` did not run."""
    kinds = state.statement_kinds
    return kinds[index] if index < len(kinds) else None


class StatementKindModel:
    """The trained classifier with its feature switches; ``score`` takes word lists."""

    def __init__(self, vocab: Vocab, textcat: TextCategorizer, features: dict[str, Any]) -> None:
        self.vocab, self.textcat, self.features = vocab, textcat, dict(features)
        if tuple(textcat.labels) != LABELS:
            raise KgError(f"statement-kind model: labels {textcat.labels}, expected {LABELS}")

    @classmethod
    def load(cls, vocab: Vocab, path: str | Path) -> StatementKindModel:
        p = Path(path)
        if not (p / FEATURES_FILE).is_file():
            raise KgError(f"no statement-kind model in {p} (train one with eval/train_statements.py)")
        features = {**DEFAULT_FEATURES, **srsly.read_json(p / FEATURES_FILE)}
        textcat = new_textcat(vocab, features)
        textcat.from_disk(p, exclude=["vocab"])
        return cls(vocab, textcat, features)

    def to_disk(self, path: str | Path) -> None:
        """Labels and weights (``cfg``, ``model``) and ``features.json``; never a vocabulary."""
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        self.textcat.to_disk(p, exclude=["vocab"])
        srsly.write_json(p / FEATURES_FILE, self.features)

    def score(self, words: Sequence[Sequence[str]]) -> list[dict[str, float]]:
        """Class probabilities per word list, in one batched pass.

        What ``TextCategorizer.predict`` computes on one Doc per word list (the test suite checks
        that the figures are equal), without making the Docs: the n-gram keys of every list are
        hashed and counted at once (numpy), then the model's sparse linear layer and softmax run."""
        if not words:
            return []
        ops = self.textcat.model.ops
        linear = self.textcat.model.get_ref("output_layer")
        scores = ops.to_numpy(ops.softmax(linear.predict(self._ngram_counts(words)), inplace=False))
        return [{label: float(row[k]) for k, label in enumerate(LABELS)} for row in scores]

    def _ngram_counts(self, words: Sequence[Sequence[str]]) -> tuple[Any, Any, Any]:
        """``extract_ngrams``'s (keys, counts, lengths) of the word lists: the ORTH hash of each
        word and the hashes of its n-grams within the list, unique per list with their counts."""
        ops = self.textcat.model.ops
        sizes = numpy.fromiter((len(w) for w in words), dtype="int64", count=len(words))
        unigrams = numpy.fromiter((hash_string(x) for w in words for x in w), dtype="uint64", count=int(sizes.sum()))
        owner = numpy.repeat(numpy.arange(len(words)), sizes)
        keys, lists = [unigrams], [owner]
        for n in range(2, int(self.features["ngram_size"]) + 1):
            if len(unigrams) < n:
                break
            grams = ops.ngrams(n, cast(Any, unigrams))  # n-grams across the list boundaries are dropped
            inside = owner[: len(grams)] == owner[n - 1:]
            keys.append(grams[inside])
            lists.append(owner[: len(grams)][inside])
        key, lst = numpy.concatenate(keys), numpy.concatenate(lists)
        order = numpy.lexsort((key, lst))
        key, lst = key[order], lst[order]
        first = numpy.ones(len(key), dtype=bool)
        first[1:] = (key[1:] != key[:-1]) | (lst[1:] != lst[:-1])
        starts = numpy.flatnonzero(first)
        counts = numpy.diff(numpy.append(starts, len(key))).astype("float32")
        lengths = numpy.bincount(lst[starts], minlength=len(words)).astype("int32")
        return key[starts], counts, lengths

    def score_docs(self, words: Sequence[Sequence[str]]) -> list[dict[str, float]]:
        """The same figures through spaCy's own ``TextCategorizer.predict`` on one Doc per list."""
        docs = [Doc(self.vocab, words=list(w)) for w in words]
        scores = self.textcat.model.ops.to_numpy(self.textcat.predict(docs))
        return [{label: float(row[k]) for k, label in enumerate(LABELS)} for row in scores]

    def score_state(self, state: DocState) -> list[dict[str, float]]:
        return self.score(doc_words(state, self.features))


def train_model(examples: Sequence[tuple[Sequence[str], str]], features: dict[str, Any] | None = None, *,
                seed: int = 0, epochs: int = 12, learn_rate: float = 0.003, batch_size: int = 16) -> StatementKindModel:
    """A model trained on (words, label) pairs (``eval/train_statements.py`` makes them from the
    gold): CPU, a seeded shuffle and initialisation, so the same data gives the same weights."""
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch
    from thinc.api import Adam

    features = {**DEFAULT_FEATURES, **(features or {})}
    fix_random_seed(seed)
    vocab = Vocab()
    textcat = new_textcat(vocab, features)
    data = [Example.from_dict(Doc(vocab, words=list(words)), {"cats": {k: float(k == label) for k in LABELS}})
            for words, label in examples]
    textcat.initialize(lambda: data)
    optimizer = Adam(learn_rate)
    rng = random.Random(seed)
    order = list(range(len(data)))
    for _ in range(epochs):
        rng.shuffle(order)
        for batch in minibatch([data[i] for i in order], size=batch_size):
            textcat.update(batch, sgd=optimizer)
    return StatementKindModel(vocab, textcat, features)


class StatementKindScorer:
    """Fills ``DocState.statement_kinds`` and ``doc.spans["kg_sentences"]``."""

    def __init__(self, nlp: Language, name: str, model: str | None = None) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.model = StatementKindModel.load(nlp.vocab, model if model else DEFAULT_MODEL)

    def __call__(self, doc: Doc) -> Doc:
        self._annotate([doc])
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 32) -> Iterator[Doc]:
        """Docs scored a batch at a time (``nlp.pipe``, ``Extractor.extract_many``): one model pass per batch."""
        for batch in minibatch(stream, size=batch_size):
            self._annotate(batch)
            yield from batch

    def _annotate(self, docs: Sequence[Doc]) -> None:
        states: list[DocState] = [doc._.kg for doc in docs]
        words = [doc_words(state, self.model.features) for state in states]
        scores = self.model.score([w for ws in words for w in ws])
        at = 0
        for doc, state, ws in zip(docs, states, words, strict=True):
            state.statement_kinds = scores[at:at + len(ws)]
            at += len(ws)
            # the tokens each sentence covers (a token crossing its edge included): no char_span per sentence
            starts = [s for s, _ in state.tokens]
            spans: list[Span] = []
            for (ss, se), kinds in zip(state.sentences, state.statement_kinds, strict=True):
                i = max(bisect.bisect_right(starts, ss) - 1, 0)
                j = bisect.bisect_left(starts, se, i)
                if i < j:
                    spans.append(Span(doc, i, j, label=max(kinds, key=kinds.__getitem__)))
            doc.spans[SPANS_KEY] = spans

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        self.model.to_disk(path)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> StatementKindScorer:
        self.model = StatementKindModel.load(self.vocab, path)
        return self


@Language.factory("kg_statement_kind", default_config={"model": None})
def make_statement_kind(nlp: Language, name: str, model: str | None) -> StatementKindScorer:
    """``model``: a directory written by ``eval/train_statements.py``; ``None``, the shipped one."""
    return StatementKindScorer(nlp, name, model)
