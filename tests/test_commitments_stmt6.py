"""Statement classes of session 6's independent audits, fixed as classes and tested on INVENTED
sentences of the same shapes: the guest's words at talks given to the host, and clauses that are
no action (a heading, a connective, a time, a condition, a comment) kept in the action list."""

from __future__ import annotations

from datetime import date

from helpers.extractions import extract_text

from kg.nlp import Extractor

DAY = date(2024, 5, 6)
TALKS = ("5月6日，国家主席习近平在北京会见越南总理范某某。习近平指出，双方要加强合作。"
         "范某某表示，越方愿同中方加强合作，扩大贸易投资，这符合两国利益，也有利于地区稳定。"
         "越方很高兴看到中国取得发展成就。")


def test_the_guests_pledge_after_a_proposal_of_the_host_is_the_guests(extractor: Extractor) -> None:
    """"习近平主席提出的…倡议，…，越方将…" / "习近平主席提出三大倡议，…" in the guest's words: a proposal
    named is no reporting clause of the host, and a foreign state's pledge at talks is spoken by the
    person holding that state's office (call 9), never by the host."""
    for said in ("习近平主席提出的全球发展倡议意义重大，越方将全力支持，愿同中方密切沟通。",
                 "习近平主席提出三大全球倡议，引领全球治理。越方愿秉持合作精神，同中方一道，推动组织发展。"):
        ex = extract_text(extractor, TALKS + said, when=DAY, title="习近平会见越南总理")
        last = max(ex.commitments, key=lambda c: c.evidence.start)
        assert [a.name for a in last.committed_by] == ["越南"], said
        assert last.speaker == "范某某", said


def test_a_proposal_with_its_points_still_introduces_the_speaker(extractor: Extractor) -> None:
    """"习近平提出3点希望：…" / "提出几点建议。一是…" report the words that follow (the control)."""
    for intro in ("习近平总书记对与会同志提出3点希望。一是", "习近平总书记提出几点建议：第一，"):
        ex = extract_text(extractor, f"5月6日，某省召开座谈会。{intro}坚持改革开放，加快发展经济。", when=DAY,
                          title="某省召开座谈会")
        assert [d.issued_by.name for d in ex.directives] == ["习近平"], intro


def test_a_comment_ends_the_pledge_list(extractor: Extractor) -> None:
    """"…，这符合两国利益，也有利于地区稳定" comments on the pledge: no action of it."""
    ex = extract_text(extractor, TALKS, when=DAY, title="习近平会见越南总理")
    (pledge,) = [c for c in ex.commitments if [a.name for a in c.committed_by] == ["越南"]]
    assert pledge.actions == ("同中方加强合作", "扩大贸易投资")


def test_headings_connectives_times_and_conditions_are_no_actions(extractor: Extractor) -> None:
    """第四/同时/新形势下/根据市场需求/按照…的要求 alone in a clause: the task list keeps only the actions."""
    text = ("5月6日，某省召开座谈会。习近平总书记强调，新形势下，要加强党的建设，推进全面从严治党。第四，坚持创新驱动。"
            "同时，要加大投入力度，根据市场需求，调整产业结构。要按照推动高质量发展的要求，简化审批流程。")
    ex = extract_text(extractor, text, when=DAY, title="某省召开座谈会")
    assert [d.actions for d in ex.directives] == [("加强党的建设", "推进全面从严治党"), ("坚持创新驱动",),
                                                  ("加大投入力度", "调整产业结构"), ("简化审批流程",)]
