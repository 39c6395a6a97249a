"""``kg.nlp.literals.alternation``: a trie of literal words matches what the words joined longest
first match, alone and inside a larger pattern that backtracks into it.  Invented words only."""

from __future__ import annotations

import random
import re

import pytest

from kg.nlp.literals import alternation

WORDS = ["会", "会议", "会议室", "座谈", "座谈会", "大会", "大会堂", "工作会议", "工作", "省", "省委", "省委书记",
         "a.b", "a", "(x)", "[", "市"]


def joined(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def texts() -> list[str]:
    rng = random.Random(7)
    alphabet = "会议室座谈大堂工作省委书记市在上举行a.b(x)[，。"
    return [*("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(400)),
            "在大会堂举行", "工作会议室在", "省委书记在会上", "座谈会议在", "a.b(x)["]


@pytest.mark.parametrize("template", ["{}", "(?P<l>[会议室座谈大堂工作省委书记市]{{0,6}}?(?:{}))在",
                                      "(?:{})室?", "在(?:{})上", "(?:{})(?=[会议市])"])
def test_the_trie_matches_what_the_longest_first_alternation_matches(template: str) -> None:
    old, new = re.compile(template.format(joined(WORDS))), re.compile(template.format(alternation(WORDS)))
    for text in texts():
        assert [(m.span(), m.groupdict()) for m in old.finditer(text)] == \
               [(m.span(), m.groupdict()) for m in new.finditer(text)], text


def test_the_longest_word_at_a_position_wins_and_no_words_match_nothing() -> None:
    assert [m.group() for m in re.finditer(alternation(WORDS), "省委书记主持工作会议室会")] == ["省委书记", "工作会议", "会"]
    assert re.search(alternation([]), "任何文字") is None
    assert re.search(alternation(["", "议"]), "会议").group() == "议"
