"""``eval/learn_actor.py``: the policies, the pair features and the scoring (invented sentences, no corpus)."""

from __future__ import annotations

from typing import Any

from helpers import eval_script

from kg.apps.evaluate import fingerprint

la = eval_script("learn_actor")

RULED = "张三强调，要加快建设某某新港口。"
LEFT = "会议要求，各地抓紧落实某某行动方案。"
NEITHER = "今年以来，某市新建道路二十公里。"


def _sent(text: str, rules_kind: str, rules_agents: set[str], cands: list[str]) -> Any:
    s = la.Sent(text, [text], "[NATIONAL] [INTRO]", [], "NEITHER", set(), rules_kind, rules_agents,
                [fingerprint(text)], fingerprint(text))
    s.cands = [la.Cand(name, "person", {"speaker_person"} if k == 0 else {"mention_here"}) for k, name in enumerate(cands)]
    return s


def _kinds(c: float, d: float) -> dict[str, float]:
    return {"COMMITMENT": c, "DIRECTIVE": d, "NEITHER": 1 - c - d}


def _scored() -> Any:
    gold = [{"n": 1, "sent": fingerprint(RULED), "kind": "directive", "speaker": "张三", "issuer": "张三", "addressees": []},
            {"n": 2, "sent": fingerprint(LEFT), "kind": "directive", "speaker": None, "issuer": "国务院", "addressees": []}]
    item = la.Item("X1", gold, [_sent(RULED, "DIRECTIVE", {"李四"}, ["张三", "李四"]),
                                _sent(LEFT, "NEITHER", set(), ["国务院", "王五"]),
                                _sent(NEITHER, "NEITHER", set(), ["王五"])])
    kinds = [_kinds(0.0, 0.9), _kinds(0.1, 0.85), _kinds(0.2, 0.6)]
    pairs = [[_kinds(0.0, 0.9), _kinds(0.0, 0.2)], [_kinds(0.0, 0.8), _kinds(0.0, 0.3)], [_kinds(0.0, 0.7)]]
    rescue = [_kinds(0.0, 0.1), _kinds(0.0, 0.4), _kinds(0.0, 0.1)]
    return la.Scored(item, kinds, pairs, rescue)


def test_rules_keep_the_rules_statements_only() -> None:
    assert la.statements(_scored(), "rules", 0.5, 0.5) == [("DIRECTIVE", RULED, {"李四"})]


def test_add_makes_a_statement_of_a_sentence_the_rules_left_when_both_scores_pass() -> None:
    made = la.statements(_scored(), "add", 0.8, 0.75)
    assert made == [("DIRECTIVE", RULED, {"李四"}), ("DIRECTIVE", LEFT, {"国务院"})]
    # the third sentence's kind (0.6) is under the bar; at 0.5 its one candidate (0.7) passes 0.5 but not 0.75
    assert len(la.statements(_scored(), "add", 0.5, 0.75)) == 2
    assert len(la.statements(_scored(), "add", 0.5, 0.5)) == 3


def test_rescue_reads_the_rescue_kind_model() -> None:
    assert la.statements(_scored(), "rescue", 0.8, 0.5) == [("DIRECTIVE", RULED, {"李四"})]
    assert la.statements(_scored(), "rescue", 0.3, 0.5)[1] == ("DIRECTIVE", LEFT, {"国务院"})


def test_replace_swaps_the_rules_actor_for_the_models_best() -> None:
    assert la.statements(_scored(), "replace", 1.1, 0.85) == [("DIRECTIVE", RULED, {"张三"})]
    assert la.statements(_scored(), "replace", 1.1, 0.95) == [("DIRECTIVE", RULED, {"李四"})]


def test_scores_are_kg_evals_sentence_pairs() -> None:
    rules = la.evaluate([_scored()], "rules")["statement_issuers"]
    assert (rules.precision, rules.recall) == (0.0, 0.0)
    both = la.evaluate([_scored()], "add+replace", 0.8, 0.75)["statement_issuers"]
    assert (both.precision, both.recall) == (1.0, 1.0)


def test_the_pair_model_does_not_read_the_rules_own_actor() -> None:
    s = _sent(RULED, "DIRECTIVE", {"张三"}, ["张三"])
    s.cands[0].sources.add("rules_here")
    words = la.pair_words(s, s.cands[0])
    assert not any("rules_here" in w for w in words)
    assert "S=speaker_person" in words
