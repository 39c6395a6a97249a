"""Statement actions keep the negation of their task marker (决不能丧失信心, never 丧失信心), and a
lone 将/把 before a project is no action: on INVENTED sentences of the shapes an audit found wrong."""

from __future__ import annotations

from datetime import date

from helpers.extractions import extract_text

from kg.nlp import Extractor

DAY = date(2024, 5, 6)


def _actions(extractor: Extractor, sentence: str) -> list[str]:
    ex = extract_text(extractor, f"5月6日，某省召开座谈会。{sentence}", when=DAY, title="某省召开座谈会")
    return [a for s in (*ex.directives, *ex.commitments) for a in s.actions]


def test_a_negated_task_keeps_its_negation(extractor: Extractor) -> None:
    actions = _actions(extractor, "习近平总书记强调，我们决不能丧失信心，要坚定不移推进改革。")
    assert "决不能丧失信心" in actions
    assert "丧失信心" not in actions
    assert "坚定不移推进改革" in actions


def test_not_able_to_rest_is_kept_whole(extractor: Extractor) -> None:
    actions = _actions(extractor, "习近平总书记指出，我们不能满足于已有的进步，要继续深化改革。")
    assert "不能满足于已有的进步" in actions
    assert not any(a.startswith("满足于") for a in actions)


def test_a_stressed_negation_drops_only_its_stress(extractor: Extractor) -> None:
    actions = _actions(extractor, "习近平总书记强调，要加强监督检查，绝不能放松要求。")
    assert "绝不能放松要求" in actions
    assert "放松要求" not in actions


def test_a_lone_disposal_preposition_is_no_action(extractor: Extractor) -> None:
    ex = extract_text(extractor, "4月1日，李克强会见某国总统。中方愿将“一带一路”倡议同某方发展战略更好对接，深化全方位合作。",
                      when=date(2024, 4, 1))
    actions = [a for c in ex.commitments for a in c.actions]
    assert actions and "将" not in actions
    assert all(len(a) > 2 for a in actions)
