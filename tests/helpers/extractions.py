"""Hand-made records shaped like the sample article, for the RDF, store, CLI and evaluation tests."""

from __future__ import annotations

from datetime import date

from kg.nlp import Extractor
from kg.records import (
    AgentRef,
    Article,
    CommitmentRecord,
    Decision,
    DirectiveRecord,
    EventRecord,
    Evidence,
    Extraction,
    Organization,
    Participation,
    PlaceRef,
    Post,
    ProjectRecord,
    ReviewedDocument,
)


def ev(text: str, start: int = 0) -> Evidence:
    return Evidence(text, start, start + len(text))


def make_article(key: str = "sample", text: str = "正文", when: date | None = date(2022, 8, 16)) -> Article:
    return Article(
        key=key,
        source=f"corpus/{key}.txt",
        text=text,
        title="2022年度长三角地区主要领导座谈会在上海举行",
        date=when,
        content_hash="h-" + key,
    )


def make_extraction(key: str = "sample", when: date | None = date(2022, 8, 16)) -> Extraction:
    """A small Extraction shaped like the sample article: every record kind appears at least once."""
    sh_party = Organization("上海市委", PlaceRef("province", "上海"))
    sh_gov = Organization("上海市人民政府", PlaceRef("province", "上海"))
    return Extraction(
        article=make_article(key, when=when),
        persons=["李强", "龚正", "吴政隆", "习近平"],
        posts=[
            Post(
                "李强",
                sh_party,
                "PartySecretary",
                "上海市委书记",
                date(2022, 8, 16),
                ev("上海市委书记李强", 10),
            ),
            Post(
                "龚正",
                sh_party,
                "DeputyPartySecretary",
                "上海市委副书记",
                date(2022, 8, 16),
                ev("上海市委副书记、市长龚正", 20),
            ),
            Post("龚正", sh_gov, "Governor", "市长", date(2022, 8, 16), ev("上海市委副书记、市长龚正", 20)),
            Post(
                "吴政隆",
                Organization("江苏省委", PlaceRef("province", "江苏")),
                "PartySecretary",
                "江苏省委书记",
                None,  # falls back to the article date
                ev("江苏省委书记吴政隆", 40),
            ),
            Post(
                "习近平",
                Organization("中共中央"),
                "GeneralSecretary",
                "总书记",
                date(2022, 8, 16),
                ev("习近平总书记", 60),
            ),
        ],
        events=[
            EventRecord(
                "e1",
                "Meeting",
                "2022年度长三角地区主要领导座谈会",
                "2022-08-16",
                PlaceRef("province", "上海"),
                ev("8月16日，2022年度长三角地区主要领导座谈会在上海举行。", 0),
                theme="共担新使命、同谱新篇章",
                series="长三角地区主要领导座谈会",
            ),
            EventRecord(
                "e2",
                "PressConference",
                "成果发布会",
                "2022-08-16",
                PlaceRef("province", "上海"),
                ev("李强主持成果发布会", 100),
                super_event="e1",
            ),
            EventRecord(
                "e3",
                "Forum",
                "长三角一体化发展高层论坛",
                "2022-08-17",
                PlaceRef("city", "上海"),
                ev("长三角一体化发展高层论坛举行", 200),
            ),
            EventRecord(
                "e4",
                "Meeting",
                "2023年度长三角地区主要领导座谈会",
                "2023",
                PlaceRef("province", "安徽"),
                ev("会议确定2023年度长三角地区主要领导座谈会在安徽省召开", 300),
                scheduled=True,
            ),
        ],
        participations=[
            Participation("e1", AgentRef("person", "李强"), "attendee", ev("李强出席", 5)),
            Participation("e1", AgentRef("person", "龚正"), "attendee", ev("龚正出席", 5)),
            Participation("e2", AgentRef("person", "李强"), "chair", ev("李强主持成果发布会", 100)),
            Participation("e3", AgentRef("person", "吴政隆"), "speaker", ev("吴政隆致辞", 210)),
        ],
        reviewed=[ReviewedDocument("e1", "《长三角区域一体化发展2022年度工作计划》", ev("审议了《…》", 120))],
        decisions=[Decision("e1", "e4", ev("会议确定…", 300))],
        projects=[
            ProjectRecord("G60科创走廊", ev("G60科创走廊", 400), aliases=("G60走廊",)),
            ProjectRecord(
                "虹桥国际开放枢纽", ev("虹桥国际开放枢纽", 420), located_in=PlaceRef("province", "上海")
            ),
        ],
        commitments=[
            CommitmentRecord(
                (AgentRef("region", "三省一市"),),
                "加快建设",
                ("G60科创走廊", "虹桥国际开放枢纽"),
                ev("会议指出，要加快建设G60科创走廊和虹桥国际开放枢纽。", 390),
                event="e1",
            ),
            CommitmentRecord(
                (AgentRef("province", "上海"),),
                "推进",
                ("一网通办",),
                ev("上海将推进一网通办。", 500),
                event="e3",
            ),
        ],
        directives=[
            DirectiveRecord(
                AgentRef("person", "习近平"),
                (AgentRef("region", "长三角"),),
                "紧扣",
                ("长三角生态绿色一体化发展示范区",),
                ev("三省一市要紧扣一体化和高质量两个关键词", 600),
                event=None,
            ),
        ],
    )


def extract_text(extractor: Extractor, text: str, *, when: date | None = date(2024, 5, 6), title: str = "") -> Extraction:
    """Run the pipeline on one invented report: the one way the extraction tests build an Article."""
    return extractor.extract(Article(key="t", source="t", text=text, title=title, date=when, content_hash="h"))


def committed(ex: Extraction) -> list[tuple[str, ...]]:
    """The committers of each commitment, in order, by name."""
    return [tuple(a.name for a in c.committed_by) for c in ex.commitments]


def issued(ex: Extraction) -> list[tuple[str, tuple[str, ...]]]:
    """Each directive as (issuer, addressees), in order, by name."""
    return [(d.issued_by.name, tuple(a.name for a in d.addressed_to)) for d in ex.directives]
