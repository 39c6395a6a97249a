"""Commitments kg missed (session 6, recall): a state's pledge at talks worded 期待同…/致力于…, and an
agreement list signed at talks narrated after a leader's words; on INVENTED sentences."""

from __future__ import annotations

from datetime import date

from helpers.extractions import committed, extract_text

from kg.nlp import Extractor

DAY = date(2024, 5, 6)
TALKS = "习近平会见越南总理"
LEAD = "新华社北京5月6日电 5月6日，国家主席习近平在北京人民大会堂会见越南总理范某某。"


def test_a_state_expecting_to_work_with_the_other_pledges(extractor: Extractor) -> None:
    """"越方期待同中方一道…", "中方期待同越方加强…", and after a first clause of the side's own ("越方很高兴…，
    期待同中方…"): the state's commitment at talks (call 9); the action is not the 期待."""
    ex = extract_text(extractor, LEAD + "范某某表示，越方期待同中方一道，落实好双方达成的共识，扩大贸易合作。",
                      when=DAY, title=TALKS)
    assert committed(ex) == [("越南",)]
    ex = extract_text(extractor, LEAD + "习近平指出，中方期待同越方加强协作，推动两国合作取得新成果。", when=DAY, title=TALKS)
    assert committed(ex) == [("中华人民共和国",)]
    (action, *_) = ex.commitments[0].actions
    assert "加强协作" in action and not action.startswith("期待")
    ex = extract_text(extractor, LEAD + "范某某表示，越方很高兴有中国这样的好朋友，期待同中方进一步加强两国合作。",
                      when=DAY, title=TALKS)
    assert committed(ex) == [("越南",)]


def test_a_state_devoted_to_an_aim_at_talks_pledges(extractor: Extractor) -> None:
    """"越南致力于深化越中友好合作关系" at talks: the state's commitment (call 9)."""
    ex = extract_text(extractor, LEAD + "范某某表示，越方高度重视对华关系。越南致力于深化越中友好合作关系。",
                      when=DAY, title=TALKS)
    assert committed(ex) == [("越南",)]


def test_expecting_or_devoted_outside_talks_or_without_a_partner_pledges_nothing(extractor: Extractor) -> None:
    """Outside a report of talks 致力于 describes ("某公司致力于打造…", "越南致力于发展经济"); a side's 期待 of
    the other's act ("越方期待习近平主席访问越南") is a hope, not its pledge; a subjectless 致力于 after a
    description of the state's own ("中方始终把…作为…，致力于…") a standing policy."""
    ex = extract_text(extractor, "5月6日，某公司致力于打造新能源产业。越南致力于发展经济。", when=DAY, title="某市发展")
    assert not ex.commitments
    ex = extract_text(extractor, LEAD + "范某某表示，越方期待习近平主席早日访问越南。", when=DAY, title=TALKS)
    assert not ex.commitments
    ex = extract_text(extractor, LEAD + "习近平指出，中方始终把东盟作为周边外交优先方向，致力于把双方合作做实做强。",
                      when=DAY, title=TALKS)
    assert not ex.commitments


def test_a_long_list_of_agreements_signed_at_talks_binds_both_states(extractor: Extractor) -> None:
    """"会谈后，两国领导人共同见证签署A、B、C等多项双边合作文件" after a leader's words: the narrator's
    (见证), binding both states, even with a long list between 签署 and 合作文件."""
    text = (LEAD + "习近平指出，中越友谊历久弥坚。会谈后，两国领导人共同见证签署共建“一带一路”合作规划和农产品输华、"
            "社会民生、新闻广电等多项双边合作文件。")
    ex = extract_text(extractor, text, when=DAY, title=TALKS)
    assert committed(ex) == [("中华人民共和国", "越南")]
    assert ex.commitments[0].speaker is None
