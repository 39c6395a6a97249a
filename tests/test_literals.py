"""``kg.nlp.literals.alternation``: a trie of literal words matches what the words joined longest
first match, alone and inside a larger pattern that backtracks into it; ``anchor``: words one of which
every match of a pattern holds.  Invented words only."""

from __future__ import annotations

import random
import re

import pytest

from kg.nlp.literals import alternation, anchor

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


@pytest.mark.parametrize(("source", "words"), [
    ("(?:在(?P<p>[会议室座谈]{1,4}?))?(?:亲切)?(?:座谈|会见)了?(?P<l>[^，。]{2,9})", "会见|座谈"),
    ("(?<!省委)(?:举行|召开)(?!地)了?(?P<l>[会议室]{0,4}?(?:大会|会议))", "举行|召开"),
    ("(?P<l>[会议室座谈大堂]{0,6}?(?:" + alternation(WORDS) + "))在(?P<p>[省市]{1,3}?)举行", "举行"),
    ("(?:工作|会)+[，。]", "工作|会"),
    ("[省市]委?书记", "书记"),
    ("a?(?:b|c)?", None),
    ("会议|", None),
    ("(?i)abc", None),
])
def test_every_match_holds_one_of_the_anchor_words(source: str, words: str | None) -> None:
    pattern = re.compile(source)
    found = anchor(pattern)
    assert (found.pattern if found is not None else None) == words
    if found is None:
        return
    alphabet = "会议室座谈大堂工作省委书记市在上举行召开见亲切了地，。"
    rng = random.Random(11)
    samples = [*texts(), *("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(3000)),
               "在会议室座谈了各位代表", "在省举行的工作会议", "省委书记", "召开了会议室大会", "举行大会",
               "座谈会议室大会在市举行", "省委举行会议"]
    matched = 0
    for text in samples:
        for m in pattern.finditer(text):
            matched += 1
            assert found.search(m.group()), (source, text)
    assert matched  # the samples exercise the pattern
