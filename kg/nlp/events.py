"""Events, who took part in them, what they reviewed and what they decided.

An event is recognised from how news reports it, not from a list of event
names: "<名称>在<地点>举行/召开" (the lead), "X主持(召开)<名称>", "X出席<名称>",
"X在<名称>上讲话", and "会议确定<名称>在<地点>召开" (a scheduled future event
that the current one decided).  The kind comes from the name's head noun
(``ontology/event_kinds.csv``).  Each event reported in its own right opens a
*scope*, the stretch of text that reports on it, so that "出席会议" or
"会议指出" later on can be tied to it.  Participation cues and speech cues are
data too (``ontology/participation_cues.csv``, ``ontology/speech_cues.csv``).

Dates: "8月16日" takes its year from the article date, else from a year
written in the document ("2022年度…"); a date that would fall more than a week
after the article is taken to be from the previous year.  A scheduled event
named "2023年度…" gets the year alone (``xsd:gYear``).

Time (issue 9): an event is never stamped with the report's day unless the report
tells of it.  A recalled event is recorded only with the day its clause gives
(``kg_discourse``; "2018年9月在沈阳召开…座谈会以来", "今年3月，…赴贵州考察" give no day: not
recorded), and a clause dated by another month than the report's ("今年7月，…出席…会议" in
August) reports no event of the day.  "昨天/前天" date an event the day(s) before the report;
"近日/日前", "访问期间" and a reaction report's lead give the year alone.  An announced one
("将于2025年4月13日在海口举行") is ``scheduled`` with its own date, else not
recorded; a reaction report's lead ("…在…大会上的重要讲话引发热烈反响") records the
event reacted to with its own day or the report's year; a trip no sentence dates is
not recorded.  Plans, purposes and descriptions ("研究举办", "为召开…作准备",
"欢迎…来华出席", "以来，…先后召开") are no events.

Labels are names: a bare noun ("会议", "新闻发布会") takes the body that held it
("中共中央政治局会议"), else its chair ("X主持召开的座谈会"); a generic one
(``generic`` in ``event_kinds.csv``: also "视频会议", "电视电话会议", "闭门会议",
"论坛", "祭扫仪式", "第十八讲专题讲座") with neither is not recorded.  A plenary
session is labelled with its meeting ("…第三十七次会议第三次全体会议"), else with the
report's numbered meeting ("上午，举行第一次全体会议"), else not recorded.  A welcome
ceremony is named by its host and guest ("李强为新西兰总理拉克森举行的欢迎仪式").
Events recalled in a clause about another ("在刚刚举行的…大会上": ``DocState.recalled_in_passing``
of ``kg_discourse``, the one place that decides what is recalled), proposed
("倡议举办…论坛") or a report heard inside a named meeting ("听取定期会晤各委员会代表作
工作汇报") are not recorded.  Meetings
with guests ("X会见Y", "接见", "X同Y举行会谈": labelled "X会见Y"/"X同Y会谈", the guest named by
what follows a description such as "来华出席…的") and work reports heard on a trip are meetings of
their own; meetings on a trip have no super event (a trip is no meeting).  A common noun
("内阁会议", "起灵仪式": one or two characters before a generic noun) names no event: it takes
the body that held it or its host ("X举行的颁奖仪式"), else is not recorded.  A forum's opening
ceremony named in the lead holds the forum's speeches; its attendees attend the forum too.

Events no person attends (issue 9; cues in ``ontology/event_name_cues.csv``): a named event — a
name ending in an event noun that opens its clause with an edition, a year, a place or a name
prefix ("2021中国温州特色眼镜产业博览会", "第三届全国…大会") — that 开幕/举行 on a day of its own
("今天（12日）开幕", no place needed; placed at the one province or city its name holds); a press
conference or meeting a report cites on a day of its own, no one named speaking there ("今天，记者从…新闻
发布会上了解到", "…部负责人今天在全国…工作会议上表示"; "国新办举行的新闻发布会" → "国新办新闻发布会"; a
conference learnt at may be in its second day: not recorded); "本届船展将于…举行", the edition the
report named before; an activity named by what it is held for ("某国9日…举行盛大活动，庆祝建国
60周年" → "某国建国60周年庆祝活动", a Ceremony), never by a vague holder ("各地").  "第九届湖滨论坛":
an edition names a common noun.  "X来到他所在的…代表团，同代表们一起审议": his delegation's session.
A recorded address played ("视频致辞") makes no speaker; "X给参加…的青年回信": the people described
attend, not X; "X在座谈会上介绍…": presenting at the event is a speech there; "X转达…问候，表示…": the
person a sentence opens with speaks at its later "，表示".

Speakers from the discourse layer (session 8): the person a sentence's reporting clause makes its speaker
(``SpeakerFinder.reporting_clause`` of ``kg_speakers``: a title or time between name and verb, 他/她, "，表示" after
the clause naming him, "X通过视频，向…表示感谢，表示") speaks at the one event he takes part in, else at the event
in scope — a person new to the report's events only at a press conference or a meeting without guests; never on a
trip, in a reaction report, in words from another occasion or medium ("在…会晤时", "发来贺信", "在社交媒体上":
``not_at_event`` in ``event_words.csv``) or as a leader quoted in another's speech.  "双方表示/两国元首一致认为"
make both sides of talks speakers, "两国元首共同见证…仪式" both attendees.  Events read from the predicate: "…会"
named with a prefix that 召开/举行 on its day at its clause's end, whatever noun ends it ("中央某某动员培训会召开";
not a body's "…委员会", not a show's "…音乐会"), and a numbered session that 表决通过 on its day (it holds its
sentence only: what follows is others' reaction).  A welcome ceremony "X为Y举行欢迎仪式" is named by both, who attend.

Session 9 (shapes of unseen reports): talks whose subject is the sides, no one named ("甲乙两国外长7日在某地举行
会谈": ``talks_party``/``talks_role`` in ``event_words.csv``; dropped when the report names a meeting's people); a
duration before a name ("为期两天的…会议7日结束": opened the 6th; 结束/闭幕 kept only with a duration); in a bundle
of news items (title ``bundle``: 快讯) an event's report is its own item; each meeting of "X分别会见A、B" has X as
host, and talks after such a list are X's; a paragraph opening on a meeting ("会见卡尔森时，王明表示…") holds that
meeting's speakers; a verb-object cue is read with 了/的 inside ("回答了记者的提问"); the one person a sentence
opens with leads its 主持/出席 cues across semicolons.
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import re
from datetime import date, timedelta
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.io.normalise import CJK_RANGES as CJK
from kg.nlp.gazetteer import Gazetteer, build_table
from kg.nlp.literals import alternation, anchor
from kg.nlp.personnames import FOREIGN_PLACES
from kg.nlp.rules import RULES_CONFIG, Rules, RulesOnDisk, load_rules, rule_table
from kg.nlp.speakers import SPEECH_VERBS, SpeakerFinder
from kg.nlp.state import DocState
from kg.records import AgentRef, Decision, EventRecord, Evidence, Participation, PlaceRef, ReviewedDocument
from kg.reference import ontology_dir

_LABEL_CHARS = f"[{CJK}0-9A-Za-z“”‘’《》·.\\-—－]"
_DATE_MD = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
# the end of a date range ("15日至17日", "17日—19日", "3月30日至4月2日"): a trip is dated on its first day
_RANGE_END = re.compile(r"(?<=日)(?:至|—|－|-|~|到)(?:\d{1,2}月)?\d{1,2}日")
# places that stand for Beijing ("在中南海召开", "在人民大会堂举行")
# a reporting frame before an event mention: the event is quoted, not reported
# "王强15日在南都召开发布会": the person is the subject of the verb (a name, then time and place words only)
_PERSON_HOLDS = re.compile(r"[^，。；、和与同]{0,40}(?:召开|举行)了?$")
# the session a corridor belongs to ("党的二十大", "十四届全国人大三次会议", "全国两会")
_SESSION_NAMED = re.compile(r"(?:党的)?[\u4e00-\u9fff\d]{0,16}?(?:二十大|十九大|两会|次会议)")
# "王明会见中外记者": a meeting with the press is a press conference
_MEETS_PRESS = re.compile(r"会见(?:中外|国内外|境内外)?记者$")
# "由某部主办的2022年…研讨会": who organised a named event, said before its name
_ORGANISED_BY = re.compile(r"^由[^，。；的]{2,40}?(?:联合|共同)?(?:主办|举办|承办|指导)的")
# the opening ceremony a name ends with ("…外长会晤开幕式", "…论坛”开幕式"); not a closing one (the event began
# on a day the text does not give: call 10)
_OPENING = re.compile(r"[”’]?开幕式$")
# a document voted through named without title marks, up to its clause's end ("审议通过了关于撤销…的决定，")
_UNMARKED_TITLE = re.compile(r"(?:审议|讨论)并?通过了?(?P<title>[^《》“”，。；：:\n]{4,80}?(?:报告|决议|决定|草案))(?=[，。；;]|$)")
_TRIP_VERBS = ("考察调研", "调研指导", "检查指导", "考察", "调研", "视察")
_DATE_SPAN = re.compile(r"((?:\d{1,2}月)?\d{1,2}日)(?:至|—|－|-|~|到)(?:\d{1,2}月)?\d{1,2}日")
_BEIJING = ("中南海", "人民大会堂", "钓鱼台", "怀仁堂", "京西宾馆")
_HELD = "(?:隆重)?(?:举行|召开|开幕|闭幕|举办)"
# "今天（7月25日）上午": the day, with the date in brackets the way the reports write it
# "25日至26日": a meeting of several days, dated on its first (``_RANGE_END``)
_WHEN = (r"(?:将|拟)?于?(?:(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}日(?:(?:至|—|－|-|到)(?:\d{1,2}月)?\d{1,2}日)?"
         r"|今天|昨天|近日|日前)?(?:（[^）]{1,12}）)?(?:上午|下午|晚上|晚)?")
_CEREMONY_AFTER = re.compile(r"[”’]?(?:(?:19|20)\d{2}年)?(?:年会)?(开幕式|闭幕式|启动仪式|开工仪式|仪式|典礼|欢迎宴会|欢迎晚宴|宴会|晚宴)")
# "出席某某峰会欢迎宴会": a banquet of the summit, often on the eve of it: the summit has no day from it (a
# banquet named after no event, "为某国总统举行欢迎宴会", "举行会谈并设欢迎晚宴", is no event of the gold)
_BANQUET = ("宴会", "晚宴")
# what follows "在…上" when the speech is a past one: "…上的重要讲话", "…上发表的讲话", "…上重要讲话"
# words that date a trip to the report's days without a number
_RECENT = re.compile(r"今天|昨天|今明两天|当天|上午|下午")
# China's own names among the countries, unions, and foreign names that are also Chinese places
# (黑山县; 内蒙古 is guarded by the pattern)
_NOT_ABROAD = frozenset({"中华人民共和国", "中国", "我国", "东盟", "欧盟", "阿盟", "非盟", "黑山", "海地", "万象"})
# what an event's day is when the text gives none of its own (settled call 10): it is not recorded
_NO_DAY = "-"
# words of time before a body: "今天上午国务院新闻办公室"
_TIME_WORDS = re.compile(r"^(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|今天|昨天|今晚|昨晚|当天|上午|下午|晚上|晚|全天|（[^）]{0,12}）)+")
# a time of day or a day in a sentence: its event is no longer in the lead's vague days
_TIME_WORD = re.compile(r"\d{1,2}[日号]|今天|今日|昨天|昨日|今晚|昨晚|当天|当晚|当日|同日|上午|下午|晚上|中午|此间")
# a day named by a word: "昨天" is the day before the report
_RELATIVE_DAY = re.compile(r"昨天|昨日|昨晚|前天(?!津)")
_RELATIVE_DAYS = {"昨天": 1, "昨日": 1, "昨晚": 1, "前天": 2}
# a session reported on its last day ("…会议26日在京闭幕", "圆满完成各项议程"), and the opening day
# a report may give with it ("会议于24日开幕", "22日至26日")
# "出席于10月20日举行的…", "出席5月8日在南都举行的…": the day of the event attended, written before it
_OWN_DAY_BEFORE = re.compile(r"\d{1,2}日[^，。；]{0,16}?(?:举行|召开|举办)的")
_OPENED = re.compile(r"((?:\d{1,2}月)?\d{1,2}日)(?:上午|下午|晚)?[^，。；\d]{0,12}?开幕(?!式)")
# "今天/今日/今晚" outside quoted words: the report's day
_TODAY = re.compile(r"今天|今日|今晚")
# "…出席…论坛情况的书面报告": an event named as the topic of a report (an agenda item)
_REPORT_TOPIC = re.compile(r"(?:等)?(?:情况的(?:书面)?报告|情况报告|情况汇报)")
# "当天/当晚/同日": the day the narrative is on, the last one written before
_SAME_DAY = re.compile(r"当天|当晚|当日|同日")
# "访问期间，X会见Y", "与会期间": a meeting on some day of a visit
_DURING = re.compile(r"期间|其间")
# the body a sentence opens with ("…选举产生的中央纪律检查委员会，于…举行第一次全体会议")
_BODY = re.compile(f"(?:[^，。]*的)?([{CJK}]{{2,20}}(?:委员会|常委会|代表大会))，")
# the body that holds a study session, opening its sentence
_STUDY_BODY = re.compile(f"(?:[^：。]*：)?(?:(?:\\d{{4}}年)?\\d{{1,2}}月\\d{{1,2}}日[，,])?([{CJK}]{{2,12}}?)"
                         "(?:\\d{1,2}月|\\d{1,2}日|今天|近日|就|以|上午|下午|举行|进行)")
# a plan before "举行/会见" ("将…举办…论坛", "原计划29日举行…"); 要 not inside a word (纲要, 重要, 主要)
_PLANNED = re.compile(r"(?:将|(?<![纲重主需只必摘提首])要(?!求下)|拟|计划)[^。；]*$")  # "在某方的要求下": a request met
_TITLE = re.compile(r"《[^》]*》")
# "俄方为习近平主席在机场举行迎接仪式": who holds an event for whom
_HELD_FOR = re.compile(r"(?P<by>[^，。；\n为]{1,15}?)为(?P<for>[^，。；\n]{1,25}?)(?:在[^，。；\n]{1,15})?(?:隆重)?(?:举行|举办)了?(?:隆重(?:而热烈)?的|盛大的)?$")
# a place as the subject of 举行 at a clause's start: "今天（4月1日），浙江杭州举行…"
_PLACE_HOLDS = re.compile(f"(?:^|[，：:])(?P<place>[{CJK}]{{2,10}})(?:隆重)?(?:举行|召开|举办)了?$")
# the people attending listed after the cue: "出席座谈会的党外人士还有…", "参加会议的还有…"
_LISTED_AFTER = re.compile(r"(?:出席|参加)[^，。；]{0,20}?的[^，。；有]{0,12}?(?:还有|有)")
# a meeting's label: host, verb, guest
# "他们是：某国大使甲、某国大使乙…": the envoys of a credentials ceremony, listed in a sentence of their own
_THEY_ARE = re.compile(r"(?:他们|她们|使节们)(?:分别)?是[：:]")
_CREDENTIALS = "递交国书"
_STUDY_SESSION = re.compile(r"(?:集体|专题)学习$")
# the clause's subject is the meeting: "主席会议举行了", "会议还进行了", "会上举行了" (label after the verb)
_STUDY_IN_MEETING = re.compile(r"[^，。；]{0,12}(?:会议|会上|全会)(?:上)?(?:还|并|也|随后)?(?:举行|进行)了?(?:\d{4}年)?")
# "分别在江苏和安徽省人大常委会机关调研，…并主持召开座谈会": one meeting at each of two places
_AT_EACH = re.compile(f"分别在(?P<a>[{CJK}]{{2,16}}?)(?:和|与|、)(?P<b>[{CJK}]{{2,16}}?)(?:调研|考察|视察|召开|主持|举行|[，,])")
_GOES_ON = re.compile(r"继续(?:举行|召开|进行)")
_TOPICS_LISTED = re.compile(f"[{CJK}]{{1,6}}专题")
# "王毅参加上述活动", "王毅、何立峰出席活动": who took part in every activity the report tells of
_ACTIVITIES = frozenset({"参加上述活动", "参加有关活动", "出席有关活动", "出席上述活动", "出席活动", "参加相关活动"})
_OVER_DAYS = re.compile(r"至今|至|连日|近日|日前|以来")
_MEET_PARTS = re.compile(r"(.+?)(会见|接见|同)(.+)")
# a guest phrase naming a group by the one who leads it ("由X率领的…代表团")
_LED_BY = re.compile(r"由[^，。；的]{1,16}?率(?:领)?的")
_PAST_SPEECH_AFTER = re.compile(r"(?:就[^，。；]{1,80}?)?(?:发表|所作|作出|作)?的|重要讲话")
# the body that holds an event: "国新办今天（6月27日）上午在京举行…", "世界贸易组织14日在日内瓦召开…"
_ORGANISER = re.compile(
    f"(?P<org>[{CJK}·“”—0-9]{{2,24}}?(?:、[{CJK}·“”—0-9]{{2,24}}?){{0,5}})(?:也|还|分别|同时|共同|联合)?于?"
    r"(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:(?:至|—|－|-|到)(?:\d{1,2}月)?\d{1,2}日)?|今天|昨天|今晚|昨晚|当天|同日|日前|近日)?"
    r"(?:（[^）]{0,12}）)?"
    r"(?:上午|下午|晚上|晚|全天)?(?:就[^，。]{1,40})?(?:在[^，。]{1,15})?"
)
_NOT_ORGANISER = re.compile(
    r"^(?:会|现场|随后|同时|此外|期间|其间|双方|随即|并|还|也|之后|此后|当晚|当天|今天|这|此|该|其|他|她|我)"
    r"|(?:期间|之后|以后|前|后|上|中|时|将|要|并|还|也|了)$"
    r"|^[于在]|\d{1,2}[月日]"  # "于2025年3月8日在北京": a time, not a body ("北京2022年冬奥会…中心" is one)
)
# a sentence that reports what happened right before or after the main event, at its place
_AROUND_MAIN = re.compile(r"[^，。]{0,4}(?:会|开幕|闭幕)(?:前|后|结束后)，|会议期间，|随后，")
# "第十八讲专题讲座", "第三场论坛": an ordinal before a bare noun does not name it
_ORDINAL = re.compile(r"^第[一二三四五六七八九十百\d]+[讲次届场期]")
# a numbered meeting whose sessions are its plenaries: "…常委会第十八次会议", "…五次会议"
_NUMBERED_MEETING = re.compile(r"[次届]会议$")
# the guest of a welcome ceremony: "举行仪式，欢迎新西兰总理拉克森对我国进行正式访问"
_WELCOMED = re.compile(r"举行(?:欢迎)?仪式，?(?:热烈|隆重)?欢迎(?P<guest>[^，。；、]{2,30}?)(?:对|来华|访华|访问|抵达|出席)")
# a person right after a meeting verb is its guest: "会见总统尹锡悦", "同法国总统马克龙"
_MET_BEFORE = re.compile(r"(?:会见|接见|会晤|同|与)[^，。；、]{0,10}$")
# a guest later in a list after a meeting verb: "会见某国总理甲、某国部长会议主席乙" (乙 is a guest too)
_LISTED_GUEST = re.compile(r"(?:会见|接见)[^，。；]{0,50}、[^，。；、]{0,16}$")
# the lead's "在…会议上，" with its speaker right after
_PERSON_NEXT = re.compile(r"[，,]")
# a name that gives its holder or its number already: "政协第十三届…", "第九届…论坛", "中共中央…", "2025年…"
_NAMED_ALREADY = re.compile(r"[届次]|^(?:19|20)\d\d|中共|中央|全国|国务院|中国|中华")
# a delegation's session at a congress: the delegation's province is not where it met
_DELEGATION = re.compile(r"代表团(?:的)?(?:审议|讨论)$")
# "来到…代表团，同代表们一起审议" / "…代表团参加讨论": the session a leader joins at his delegation
_JOINED = r"[，,]?(?:参加|(?:同|与|和)代表们一起)(审议|讨论)"
# guests counted, not named ("25位外方代表", "8位嘉宾")
_COUNTED = re.compile(r"(?:\d+|[两三四五六七八九十百]+)多?位")
_DESCRIBED = re.compile(r"(?![^的]*主持召开的)[^“”《》的]{1,8}的(?:仪式|典礼|会议|大会)")
# a day of an event's own, written right after its name ("今天（12日）", "14日上午", "昨天"): no vague days
_OWN_DAY = (r"(?:将|拟)?于?(?:(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}日(?:(?:至|—|－|-|到)(?:\d{1,2}月)?\d{1,2}日)?"
            r"|今天|昨天|今晚|昨晚)(?:（[^）]{1,12}）)?(?:上午|下午|晚上|晚)?")
# a day of the event's own anywhere before its name in the sentence ("今天（6月22日），…大典…举行")
_OWN_DAY_IN = re.compile(r"\d{1,2}日|今天|昨天|今晚|昨晚")
# the prefix a named event's name opens with: a year, an edition ("第十四届", "2019年")
_EDITION = re.compile(r"^(?:(?:19|20)\d{2}年?|第[一二三四五六七八九十百零\d]+届|“)")
# "第九届湖滨论坛": an edition of a series names it, even with a common noun after the number
_NUMBERED_EDITION = re.compile(r"第[一二三四五六七八九十百零\d]+届|首届")
_NUMBERED = re.compile(r"第[一二三四五六七八九十百零\d]+[届次]")
# "X在座谈会上介绍调研成果": presenting at an event, said so right before the cue
_AT_EVENT_BEFORE = re.compile(r"在(?:[^，。；在]{0,20}(?:会|坛|式))?上(?:分别|先后|还|也)?$")
# who or where held the event a report cites: "国新办举行的", "在重庆召开的" (before its 的)
_HELD_BY = re.compile(f"(?:在(?P<place>[{CJK}]{{2,12}}?)|(?P<body>[{CJK}]{{2,20}}?))(?:今天|昨天)?(?:上午|下午)?(?:举行|召开|举办)")
# a clause's opening before an event's name: words of time only
_CLAUSE_OPEN = re.compile(r"(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|今天|昨天|今晚|昨晚|上午|下午|晚上|（[^）]{0,12}）)*")
# "…，并表示，": a reporting verb joined to the clause before it, its subject the sentence's
_AND_SAID = re.compile(r"，并(?:表示|指出|强调)[，：:]")
# "为期5天的第9届某某展17日开幕", "为期两天的…会议7日结束": how many days an event lasts, said before its name
# (date arithmetic: an event reported on its last day began N-1 days before)
_DURATION = re.compile(r"为期(?P<n>[一二两三四五六七八九十\d]{1,3})天的?")
_NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}
# "会见卡尔森时，", "在同马洛里会谈时，": a sentence opening on the occasion of a meeting, named by its guest
_OCCASION = re.compile(r"(?:在)?(?:会见|接见|会晤|(?:同|与)(?=[^，。；]{1,30}?(?:会谈|会晤)时))(?P<guest>[^，。；]{1,40}?)(?:会谈|会晤)?时[，,]")
# the tail of talks held ("举行会谈", "进行新一轮磋商"): a sentence without it has no talks of the sides
_TALKS_HELD = re.compile(r"(?:举行|进行)了?(?:新一轮|新一回合|第[一二三四五六七八九十\d]+轮)?(?:会谈|会晤|磋商)")
_LEAD_JUNK = re.compile(r"^(?:本报讯|央视网消息|（新闻联播）|新华社\w{0,6}电|(?:\d{4}年)?\d{1,2}月\d{1,2}日|今天|近日|日前|了)+")


if not Span.has_extension("kg_event"):
    Span.set_extension("kg_event", default=None)


@dataclasses.dataclass(frozen=True)
class _Cue:
    cue: str
    role: str


@rule_table("events")
def _load(directory: str | Path | None = None) -> tuple[dict[str, str], list[_Cue], list[str], frozenset[str], frozenset[str]]:
    """Event nouns (and which of them name no event on their own: ``generic``), participation and
    speech cues (read once per pipeline through :class:`Rules`)."""
    d = Path(directory) if directory else ontology_dir()
    with (d / "event_kinds.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    kinds = {r["noun"]: r["kind"] for r in rows}
    # "yes": names no event alone and makes a common noun after one or two characters ("内阁会议"); "bare":
    # names no event alone only ("论坛"; "南海论坛", "东西论坛" are names)
    generic = frozenset(r["noun"] for r in rows if r.get("generic") in ("yes", "bare"))
    common = frozenset(r["noun"] for r in rows if r.get("generic") == "yes")
    with (d / "participation_cues.csv").open(encoding="utf-8") as f:
        cues = [_Cue(r["cue"], r["role"]) for r in csv.DictReader(f)]
    with (d / "speech_cues.csv").open(encoding="utf-8") as f:
        speech = [r["cue"] for r in csv.DictReader(f)]
    cues.sort(key=lambda c: len(c.cue), reverse=True)
    speech.sort(key=len, reverse=True)
    return kinds, cues, speech, generic, common


@dataclasses.dataclass(frozen=True)
class _NameCues:
    """``ontology/event_name_cues.csv``: what names an event no person attends."""

    occurs: tuple[str, ...]  # 开幕, 举行 …: a named event occurs on a day of its own
    prefix: tuple[str, ...]  # 中国, 全国 …: words a name opens with (besides years, editions, places)
    source: tuple[str, ...]  # 了解到, 获悉: a reporter learns from an event ("记者从…发布会上了解到")
    purpose: tuple[str, ...]  # 庆祝, 纪念: what an activity is held for
    vague: tuple[str, ...]  # 各地, 各界: holders too vague to name an event
    object_verb: tuple[str, ...]  # 给, 会见: "X给参加…的青年回信": the people described attend, not X
    rehearsal: tuple[str, ...]  # 演练, 彩排: "举行某某庆典第二次全要素演练": a rehearsal of the event, not the event


@rule_table("event_names")
def _load_name_cues(directory: str | Path | None = None) -> _NameCues:
    """The cues of events no person attends (read once per pipeline through :class:`Rules`)."""
    d = Path(directory) if directory else ontology_dir()
    with (d / "event_name_cues.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    by_role: dict[str, list[str]] = {}
    for r in rows:
        by_role.setdefault(r["role"], []).append(r["cue"])
    return _NameCues(*(tuple(sorted(by_role.get(k, []), key=len, reverse=True))
                       for k in ("occurs", "prefix", "source", "purpose", "vague", "object_verb", "rehearsal")))


@dataclasses.dataclass(frozen=True)
class _EventWords:
    """``ontology/event_words.csv``: the word lists of the event rules, each compiled once (when the rules
    load) into one regex, its words in the CSV's order; the shape around them (dates, clause ends,
    lookarounds) is here, as it is grammar, not vocabulary."""

    many: re.Pattern[str]  # "多场分论坛" (many), "正在举行的…" (ongoing), "…期间举办…" (a day of a longer event)
    visit: re.Pattern[str]  # 访问, 出访: a visit after the days of its sentence
    visit_span: re.Pattern[str]  # "11日至12日对某国进行正式访问，在…会见": the days are the visit's
    guest_list_end: re.Pattern[str]  # "分别会见A，B，并就…交换意见": what ends a list of guests run on over commas
    briefing_topic: re.Pattern[str]  # "…举行新闻发布会，介绍/通报王明考察…的情况": what a briefing is about
    reported: re.Pattern[str]  # a reporting verb before the cue ("某某指出，…"), or a briefing's topic
    letter: re.Pattern[str]  # "向峰会致贺信", "发来贺信", "书面致辞": a written contribution to an event
    commentary: re.Pattern[str]  # a commentary's genre words (快评, 社论): what it names is cited, not reported
    reaction: re.Pattern[str]  # a reaction report's lead: "…引发热烈反响", "广大干部群众热议"
    not_held_before: re.Pattern[str]  # "要求召开…", "为召开…": no meeting held on the report's day
    not_one_held: re.Pattern[str]  # "支持某方举办…" (wished for), "纷纷举办…" (a roundup) before 举办/举行
    session: re.Pattern[str]  # "…第三十七次会议28日在京举行第三次全体会议": a session of the meeting before it
    wished: re.Pattern[str]  # "期待与…会晤", "同意…举行会谈": a meeting wished for or agreed on, not held
    group: re.Pattern[str]  # who a leader receives as a group ("…领导干部", "教师代表", "官兵")
    honorific: re.Pattern[str]  # a guest addressed, not named: "同总统先生举行会谈", "会见阁下"
    spoken: re.Pattern[str]  # the words of a person ("王明强调，…"), not of a meeting ("会议强调，…": body_speaks)
    body_speaks: re.Pattern[str]
    announced: re.Pattern[str]  # what announces an event to come ("将于", "定于", "届时")
    named_after: re.Pattern[str]  # a city's name inside a park's, a street's or a hall's ("某市中山公园")
    closing: re.Pattern[str]  # "…会议26日在京闭幕", "圆满完成各项议程": reported on its last day
    ended: re.Pattern[str]  # "…会议7日结束": its last day, recorded only with a duration ("为期两天的…")
    bundle: re.Pattern[str]  # a title that makes a report a bundle of news items ("国际联播快讯")
    studied: re.Pattern[str]  # a person whose words are studied ("学习贯彻…讲话精神"): no subject of the cue
    in_remarks: re.Pattern[str]  # the reported words of a speaker ("王明表示，…"): a cue inside is another event
    report_in_meeting: re.Pattern[str]  # a report heard inside a named meeting (会晤, 峰会): an item of it
    adjectives: re.Pattern[str]  # a described, not named, event: "简短而庄严的仪式", "隆重的典礼"
    ceremony_purpose: re.Pattern[str]  # "举行…仪式，纪念某某诞辰100周年": what a ceremony is held for
    body_name: re.Pattern[str]  # the end of a body's name ("某国政府", "某组织"): a body that can hold a meeting
    guest_described: re.Pattern[str]  # "来华出席…峰会的", "专程前来参加…的": a guest described before his title
    possessive: re.Pattern[str]  # "宣读某某的贺信", "某某主席的讲话": a person as an owner, no actor of a cue
    described_by: re.Pattern[str]  # "以…为主题的", "今天举行的": what precedes a 的 describes, names nothing
    both_sides: re.Pattern[str]  # "双方表示", "两国元首一致认为": the two sides of a meeting speak together
    sides: re.Pattern[str]  # "两国元首共同见证…": a clause whose subject is the two sides of a meeting
    not_at_event: re.Pattern[str]  # "在…会晤时表示", "发来贺信指出": words from another occasion or medium
    body_hui: re.Pattern[str]  # "委员", "协": what makes a name in 会 a body's ("某某委员会"), not a meeting's
    show: re.Pattern[str]  # "晚会", "音乐会": a name in 会 that is a show, not a meeting
    hosted: frozenset[str]  # 欢迎仪式, 早餐会: an occasion a host holds for a guest ("X为Y举行早餐会"), named by both
    rows: dict[str, list[str]] = dataclasses.field(default_factory=dict)  # the words of each kind, for patterns built elsewhere


# the verbs of a reporting clause (``kg_speakers``), longest first
_SPEECH_ALT = "|".join(re.escape(v) for v in sorted(SPEECH_VERBS, key=len, reverse=True))


def _words(rows: dict[str, list[str]], kind: str) -> str:
    """The alternation of the cues of ``kind`` in the CSV's order (never matched when there are none)."""
    return "|".join(re.escape(c) for c in rows.get(kind, ())) or "(?!)"


@rule_table("event_words")
def _load_words(directory: str | Path | None = None) -> _EventWords:
    """The word lists of ``event_words.csv`` compiled into their regexes (read once per pipeline through :class:`Rules`)."""
    d = Path(directory) if directory else ontology_dir()
    rows: dict[str, list[str]] = {}
    with (d / "event_words.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if (r.get("cue") or "").strip():
                rows.setdefault(r["kind"].strip(), []).append(r["cue"].strip())

    def w(kind: str) -> str:
        return _words(rows, kind)

    topic = f"(?:{w('briefing_topic')})[^，。；]{{0,30}}$"
    return _EventWords(
        many=re.compile(f"{w('many')}|正在(?:举行|召开|进行)的|期间(?:还)?(?:举办|举行)了?[^，。；]*$"),
        visit=re.compile(w("visit")),
        visit_span=re.compile(f"\\d{{1,2}}日(?:至|—|－|-|到)(?:\\d{{1,2}}月)?\\d{{1,2}}日[^。；]{{0,30}}?(?:{w('visit')})"),
        guest_list_end=re.compile(w("guest_list_end")),
        briefing_topic=re.compile(topic),
        reported=re.compile(f"(?:{w('reported')})[，：:]?[^。；]{{0,40}}$|{topic}"),
        letter=re.compile(w("letter")),
        commentary=re.compile(w("commentary")),
        reaction=re.compile(w("reaction")),
        not_held_before=re.compile(f"(?:{w('not_held_before')})$"),
        not_one_held=re.compile(f"(?:{w('not_one_held')})[^，。；]*$"),
        # an ordinal plenary ("第三次全体会议") is a session by its shape, the rest by the words
        session=re.compile(f"第[一二三四五六七八九十\\d]+次全体会议|{w('session')}"),
        wished=re.compile(f"(?:{w('wished')})[^，。；]*$"),
        group=re.compile(f"(?:{w('group')})$"),
        honorific=re.compile(f"(?:{w('honorific')})$"),
        spoken=re.compile(f"(?:{w('spoken')})[，：:][^。；]{{0,40}}$"),
        body_speaks=re.compile(f"(?:{w('body_speaks')})"),
        announced=re.compile(w("announced")),
        named_after=re.compile(w("named_after")),
        closing=re.compile(f"闭幕(?!式)|{w('closing')}|{w('ended')}"),  # 闭幕式 is the closing ceremony, no closing day
        ended=re.compile(f"(?:{w('ended')})$"),
        bundle=re.compile(w("bundle")),
        studied=re.compile(f"(?:{w('studied')})[^，。；]{{0,4}}$"),
        in_remarks=re.compile(f"(?:{w('in_remarks')})[，：:]"),
        report_in_meeting=re.compile(w("report_in_meeting")),
        adjectives=re.compile(f"^(?:(?:{w('adjective')})(?:而|又|、)?)+的?(?=.{{2}})"),
        ceremony_purpose=re.compile(f"[，,](?P<purpose>(?:{w('ceremony_purpose')})[^，。；、]{{2,30}})"),
        body_name=re.compile(f"(?:{w('body_name')})$"),
        guest_described=re.compile(f"(?:{w('guest_described')})[^，。；]*的"),
        possessive=re.compile(f"(?:{w('possessor')})?的"),
        described_by=re.compile(f"{w('described_by')}|\\d日"),  # a day ("12日举行的") describes too
        body_hui=re.compile(f"(?:{w('body_hui')})会$"),
        show=re.compile(f"(?:{w('show')})$"),
        hosted=frozenset(rows.get("hosted", ())),
        not_at_event=re.compile(f"在[^，。；]{{0,40}}?(?:时|期间|之际)|{w('letter')}|{w('not_at_event')}"),
        sides=re.compile(f"(?:{w('both_sides')})"),
        both_sides=re.compile(f"(?:{w('both_sides')})(?:还|也|都|均|共同|一致|同时)*(?:{_SPEECH_ALT})"),
        rows=rows,
    )


def _closing_meeting_label(label: str) -> str:
    """"…第二十九次会议" reported only on its closing day → "…第二十九次会议闭幕会": the event held that day is
    the closing meeting, whose start date that day truly is (settled call 13)."""
    return label if label.endswith(("闭幕会", "闭幕会议", "闭幕式")) else f"{label}闭幕会"


@dataclasses.dataclass
class _Mention:
    start: int
    end: int
    label: str
    kind: str
    place_text: str | None
    how: str  # held / convened / chair / attend / at / inspect / report / decided
    agent: str | None = None
    parent: _Mention | None = None  # "出席论坛开幕式": the ceremony is part of the forum
    bare: bool = False  # "主持召开座谈会": a bare event noun
    past: str | None = None  # a recalled event's own date ("2018年9月在沈阳召开…座谈会"), else None
    end_of_match: int = 0  # where the cue's whole match ends (a held event's date follows its name)
    closing: bool = False  # "…会议26日在京闭幕": reported on its closing day
    closing_meeting: bool = False  # no opening day given: the event is the session's closing meeting (call 13)
    own_date: str | None = None  # "A和B分别于3月5日和3月3日…": the day the text gives this one of two
    sentence_only: bool = False  # "…第九次会议10日表决通过了…": it holds its sentence, not the text after it
    days: int | None = None  # "为期两天的…会议": how many days it lasts (the text says so before its name)
    sides: bool = False  # "甲乙两国外长…举行会谈": talks named by their sides, no person (_sides_talks)
    goes_on: bool = False  # "…峰会16日在巴厘岛继续举行": a day in its middle (call 10 unless its opening day is given)
    at_each: bool = False  # "分别在江苏和安徽…主持召开座谈会": one of two meetings, one at each place


@dataclasses.dataclass
class _Cast:
    """What the steps of :meth:`EventRecognizer._participation` share, computed once per article."""

    spans: list[tuple[int, int, str]]  # every person mention (start, end, name), in text order
    explicit: dict[int, str]  # where a chaired/attended/reported event's label starts -> its key
    kinds: dict[str, str]  # event key -> kind
    inspections: list[str]  # the keys of the article's inspection trips
    meets: list[tuple[int, str]]  # (offset, key) of each meeting with guests (会见/接见)
    letters: set[str]  # who sends a letter to the report's event ("向峰会致贺信"): no speaker there


class EventRecognizer(RulesOnDisk):
    def __init__(self, nlp: Language, name: str, rules: Rules | None = None) -> None:
        self.name = name
        self.kg_rules = rules if rules is not None else load_rules()
        self.ref = self.kg_rules.reference
        self.kinds, self.cues, self.speech, self.generic, self.common_bases = self.kg_rules["events"]
        self.words: _EventWords = self.kg_rules["event_words"]
        self.finder = SpeakerFinder()  # who is the subject of a reporting verb (the reading kg_speakers makes)
        # places named inside an event's location phrase ("在江苏南京举行")
        self.places = Gazetteer(None, "event-places", build_table(self.ref))
        self.abbrs = {p.abbr: p.short for p in self.ref.provinces}  # "在沪": 上海
        # a place abroad ("在越南宁平举行"): none of the provinces or cities it may seem to hold (南宁)
        self.abroad_re = re.compile("(?<!内)(?:" + alternation(sorted(FOREIGN_PLACES - _NOT_ABROAD)) + ")")
        nouns = alternation(self.kinds)  # longest first, as a trie (kg/nlp/literals.py)
        self.noun_re = re.compile(f"(?:{nouns})$")
        self.joint_re = re.compile(f"暨{_LABEL_CHARS}{{2,40}}?(?:{nouns})")
        # what continues a name past the first event noun a lazy label stopped at, up to a meeting noun that
        # ends the clause ("…某某组织大会|水资源问题高级别会议，"); not a ceremony (its own event, part of the first)
        meetings = alternation([n for n, k in self.kinds.items() if k != "Ceremony"])
        self.longer_re = re.compile(f"(?=[{CJK}]){_LABEL_CHARS}{{0,24}}?(?:{meetings})(?=[，。；、并时]|$)")
        # the name before a bracketed abbreviation or a 、 that a held event's label stopped at
        self.reach_back_re = re.compile(f"(?P<head>{_LABEL_CHARS}{{2,30}})(?P<sep>（[A-Za-z0-9\\-]{{1,12}}）|、)$")
        # a meeting listed after another: "、五级人大代表座谈会" up to its noun and the end of the item
        self.listed_re = re.compile(f"(?P<label>{_LABEL_CHARS}{{2,40}}?(?:{nouns}))(?=[、，。；,;]|$)")
        # "学习贯彻…会议精神座谈会": a name that runs on past a meeting's name it studies
        self.studied_re = re.compile(f"精神{_LABEL_CHARS}{{0,12}}?(?:{nouns})(?=[、，。；,;并]|$)")
        # a bracketed part of a name without digits: "中央党校（国家行政学院）中青年干部培训班开班式"
        # and a quoted part, commas of a list and all: "“不忘初心、牢记使命”主题教育工作会议"
        # (and a bracketed abbreviation with digits, not a date: "二十国集团（G20）财长和央行行长会议")
        # and the topics of a thematic meeting listed with 、: "召开防汛、防台风专题视频会", or quoted, commas and
        # all: "举办“重温…，维护…”的专题座谈会"
        unit = f"(?:{_LABEL_CHARS}|（[^）\\d，。；]{{1,12}}）|（[A-Z]{{1,6}}\\d{{1,3}}）|“[^”，。；]{{1,30}}”|“[^”。；]{{1,60}}”(?=的?(?:专题|主题))|、(?=[{CJK}]{{1,6}}专题))"
        label = f"(?P<label>{unit}{{0,40}}?(?:{nouns}))"
        place = f"(?P<place>[{CJK}]{{1,24}}?)"  # "在沙特首都利雅得阿卜杜勒阿齐兹国王国际会议中心举行"
        # "…会议在X举行": the label may start anywhere, which makes it the costliest pattern by far;
        # a sentence without its tail "在X举行" cannot match it and is not scanned for it (_mentions)
        self._held_tail = re.compile(f"在{place}{_HELD}")
        briefings = alternation([n for n, k in self.kinds.items() if k == "PressConference"])
        ceremonies = alternation([n for n, k in self.kinds.items() if k == "Ceremony"])
        one = f"{_LABEL_CHARS}{{4,40}}?(?:{nouns})"
        day = r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日"
        self.respective_re = re.compile(f"(?P<a>{one})(?:和|与|、)(?P<b>{one})[，,]?(?:将|拟)?分别于(?P<da>{day})(?:和|、)"
                                        f"(?P<db>{day})(?:在{place})?{_HELD}")
        # "香港和澳门特区政府分别举行升旗仪式", "宁夏回族自治区、安徽省分别举行…新闻发布会": one event of each holder
        self.each_holds_re = re.compile(
            f"(?P<a>[{CJK}]{{2,12}}?)(?:和|与|、)(?P<b>[{CJK}]{{2,16}}?)(?:也)?分别(?:举行|召开|举办)了?"
            f"(?P<label>{unit}{{0,30}}?(?:{nouns}))(?=[，。；并,;]|$)")
        # "甲乙两国外长7日在维也纳举行会谈": talks whose subject is the sides themselves, no one named (_sides_talks)
        self.sides_talks_re = re.compile(
            f"(?P<who>[{CJK}]{{0,12}}?(?:{_words(self.words.rows, 'talks_party')})(?:{_words(self.words.rows, 'talks_role')})?)"
            f"(?P<when>{_OWN_DAY})(?:在(?P<place>[{CJK}]{{1,24}}?))?(?:举行|进行)了?"
            "(?P<round>新一轮|新一回合|第[一二三四五六七八九十\\d]+轮)?(?P<talks>会谈|会晤|磋商)(?=[，。；,;]|$)")
        # "“…论坛”在江南南州举行"; a communiqué's "…第三次全体会议，于2023年6月5日至7日在南州举行"
        # "…国际文化博览会和第九届…国际旅游节今天在甘肃甘南开幕": another event named with it, of no noun of the table
        self._held_after_label = re.compile(f"{label}[”’]?(?:(?:和|暨)第[^，。；、在]{{2,30}}?(?:节|周|展))?(?:[，,](?=于))?{_WHEN}{self._held_tail.pattern}")
        self.patterns: list[tuple[str, re.Pattern[str]]] = [
            # "参加他所在的…内蒙古代表团审议": an NPC delegation's session (before "attend", which
            # would stop at the first event noun, "…五次会议")
            ("attend", re.compile("(?:参加|出席)了?(?P<label>[^，。；]{0,70}?代表团(?:的)?(?:审议|讨论))")),
            # "来到他所在的…南方省代表团参加讨论", "…，同代表们一起审议": the same, the delegation named first
            # (the one pattern of this shape; _named adds the session's verb to the delegation)
            ("attend", re.compile(f"来到(?:他|她)?(?:所在的)?(?P<label>[^，。；]{{2,40}}?代表团)(?={_JOINED})")),
            ("decided", re.compile(f"(?:确定|决定|商定|同意)[，,]?(?:由)?{label}(?:于?[^，。在]{{0,12}})?在{place}{_HELD}")),
            ("held", self._held_after_label),
            ("held", re.compile(f"在{place}{_HELD}的{label}")),
            # "在某某新闻办公室今天（6月5日）举行的新闻发布会上", "记者从昨天（6月4日）某某部举行的…新闻发布会
            # 上了解到", "在今天（6月5日）举行的南州市…新闻发布会上": a press conference cited with its day
            ("held", re.compile(f"(?:在|从){_WHEN}(?:{place})?{_WHEN}{_HELD}的(?P<label>{unit}{{0,40}}?(?:{briefings}))")),
            ("convened", re.compile(f"(?<!主持)(?:举行|召开|举办)(?!地|城市)了?{label}")),  # 举办地: a noun
            # "中共中央政治局…就…进行第三十六次集体学习"
            # "某院以“…”为主题，进行第五次专题学习": the same, a thematic study session
            ("convened", re.compile("(?:进行|举行)了?(?P<label>第[^，。；]{1,8}次(?:集体|专题)学习)")),
            # "3月30日至4月2日在安徽就…职业教育法修订进行调研": the trip's topic between place and verb
            ("inspect", re.compile(f"(?:在|到|赴)(?P<place>[{CJK}、]{{2,12}}?)[，,]?就[^，。；]{{2,60}}?(?:进行|开展)"
                                   "(?P<label>考察调研|调研|考察|视察)")),
            # "前往某国北部的某某港，考察某某企业承建的港口项目": the place, then the trip's verb
            ("inspect", re.compile(f"(?:在|到|赴|前往)(?P<place>[{CJK}、]{{2,20}}?)(?P<label>考察调研|调研指导|检查指导|考察|调研|视察)")),
            ("inspect", re.compile(f"前往(?P<place>[{CJK}、]{{2,20}}?)[，,](?P<label>考察调研|考察|调研|视察)")),
            # "中央宣讲团成员王明30日在重庆作宣讲报告", "刘华，在贵州宣讲…精神": a lecture of its own
            ("lecture", re.compile(f"在(?P<place>[{CJK}]{{2,20}}?)(?:进行了?|作了?|做了?)?(?P<label>宣讲报告|宣讲)(?!团|报告会)")),
            ("report", re.compile(f"(?:在(?P<place>[{CJK}]{{2,12}}?))?听取了?(?P<label>{_LABEL_CHARS}{{2,30}}?汇报)")),
            ("chair", re.compile(f"(?:在(?P<place>[{CJK}]{{1,12}}?))?主持(?:召开)?{label}")),
            ("at", re.compile(f"在{label}上")),
            # "习近平在郑州亲切接见驻河南部队…", "李克强…在中南海紫光阁会见李家超": the guests are the label
            ("meet", re.compile(f"(?:在(?P<place>[{CJK}]{{2,12}}?))?(?:亲切)?(?:会见|接见)了?(?P<label>[^，。；]{{2,40}})")),
            # "习近平20日应约同沙特国王萨勒曼通电话": a phone call is a meeting of the two too (settled call 9)
            ("meet", re.compile("(?:应约)?(?:同|与)(?P<label>[^，。；]{2,40}?)(?P<talks>通电话|视频通话)")),
            # "习近平在人民大会堂同法国总统马克龙举行会谈": talks are a meeting with the guest
            ("meet", re.compile(f"(?:在(?P<place>[{CJK}]{{2,12}}?))?(?:同|与)(?P<label>[^，。；]{{2,80}}?)(?:举行|进行)了?(?:电话|视频)?(?P<talks>会谈|会晤|会见)")),
            # "习近平主席在人民大会堂同某国总统甲会谈。": talks without 举行 at a place, the clause ending with them
            ("meet", re.compile(f"在(?P<place>[{CJK}]{{2,12}}?)(?:同|与)(?P<label>[^，。；在]{{2,40}}?)(?P<talks>会谈)(?=[，。；]|$)")),
            # "李华在南都同某国友好团体座谈": a talk with a group at a place is a meeting with it (not "…座谈会")
            ("meet", re.compile(f"在(?P<place>[{CJK}]{{2,12}}?)(?:同|与)(?P<label>[^，。；]{{2,40}}?)(?:举行|进行)?(?P<talks>座谈)(?![会交])(?=[，。；并]|$)")),
            # "王明20日在同列席…会议的54位全国人大代表座谈时强调": a talk with a group, its occasion
            ("meet", re.compile("在(?:同|与)(?P<label>[^，。；]{2,60}?)(?P<talks>座谈)时")),
            # "某国总统甲和某国总统乙5日在南都举行会谈": two leaders named as one subject (_meet_label: a person
            # right before 和)
            ("meet", re.compile("和(?P<label>[^，。；和]{2,40}?)(?:举行|进行)了?(?P<talks>会谈|会晤)")),
            # "泽连斯基11日在与来访的…外长拉乌会晤时表示", "与到访的…泽连斯基在白宫椭圆形办公室会面"
            ("meet", re.compile(f"(?:同|与)(?P<label>(?:(?!举行|进行)[^，。；在]){{2,60}}?)(?:在(?P<place>[{CJK}]{{2,16}}?))?(?<!举行|进行)(?P<talks>会晤|会面)")),
            ("attend", re.compile(f"(?:在(?P<place>[{CJK}]{{1,12}}?))?(?:出席|参加)(?:了)?{label}")),
            # "习近平在人民大会堂接受19国新任驻华大使递交国书": a credentials ceremony the leader attends
            ("attend", re.compile(f"(?:在(?P<place>[{CJK}]{{2,12}}?))?接受(?P<label>[^，。；]{{2,40}}?递交国书)")),
            # "会谈后，两国领导人共同见证了某某协议交换仪式": a ceremony of the meeting, on its day
            ("witness", re.compile(f"(?:共同)?见证了?(?P<label>{unit}{{2,40}}?(?:{ceremonies}))")),
        ]
        # each cue one named group; a cue of a verb and its object also read with the aspect and the
        # possessive the reports put inside it ("回答记者提问" as "回答了记者的提问": _flexible_cue)
        self.cue_re = re.compile("|".join(f"(?P<c{i}>{_flexible_cue(c.cue)})" for i, c in enumerate(self.cues)))
        # the same alternation without its groups: each branch opens with a literal, so ``re`` skips to the
        # positions where a cue may start (a branch opening with a group makes it try every cue everywhere)
        self._cue_scan = re.compile("|".join(f"(?:{_flexible_cue(c.cue)})" for c in self.cues))
        self.cue_of = {f"c{i}": c.cue for i, c in enumerate(self.cues)}
        self.cue_role = {c.cue: c.role for c in self.cues}
        self.speech_re = re.compile("|".join(re.escape(s) for s in self.speech))
        self._speech_hint = re.compile(_SPEECH_ALT)  # a sentence with no reporting verb has no reporting clause
        own_day = self._named_event_patterns(label, nouns)
        # a session's corridors first: "举行第三场“委员通道”" is no bare noun convened
        self.patterns = [p for p in own_day if p[1] in self._corridors] + self.patterns + [
            p for p in own_day if p[1] not in self._corridors]
        self._own_day_patterns = {pat for _, pat in own_day}

    # -- helpers ---------------------------------------------------------
    def _kind(self, label: str) -> str:
        """The kind of the label's head noun; of a joint name ("…人工智能大会暨…高级别会议"), the
        first name's, unless that is the ceremony opening the second ("…开幕式暨…座谈会")."""
        first = label.split("暨")[0]
        for noun in sorted(self.kinds, key=len, reverse=True):
            if first != label and first.endswith(noun) and self.kinds[noun] != "Ceremony":
                return self.kinds[noun]
        for noun in sorted(self.kinds, key=len, reverse=True):
            if label.endswith(noun):
                return self.kinds[noun]
        return "Meeting"

    def _kind_of(self, how: str, label: str) -> str:
        if how == "meet" and _MEETS_PRESS.search(label):
            return "PressConference"  # "会后，王明同…共同会见记者": meeting the press
        if how in ("report", "meet", "lecture"):
            return "Meeting"  # a leader hearing a work report: 听取…工作汇报
        return "Inspection" if how == "inspect" else self._kind(label)

    def _clean_label(self, label: str, title: str = "") -> str:
        label = _LEAD_JUNK.sub("", label)
        held = _last_outside_titles(label, "举行", "召开", "举办")
        if held >= 0 and len(label) - held > 4 and not re.search("纪念|庆祝", label[:held]):
            label = label[held + 2 :]  # "举办地南州举行誓师大会": the name follows the last verb
        if "》" in label and "《" not in label.split("》")[0]:
            label = label.split("》")[-1]  # "…用典》阿拉伯语版新书发布会": a title cut in half
        cut = max(label.rfind("并"), label.rfind("并在"))
        if cut >= 0 and len(label) - cut > 3:
            label = label[cut + 1 :].removeprefix("在")  # "会见并在座谈会"
        # "以“…”为主题的高层研讨会", "他所在的…代表团": the name follows the last 的
        cut = _last_outside_titles(label, "的")
        if cut > 0 and (label[cut - 1] == "党" or (label in title and not self.words.described_by.search(label, 0, cut))):
            # "中央和国家机关党的建设工作会议": 党的 inside the name; "新时代南方的发展道路学术研讨会",
            # named so by the report's title too: the 的 belongs to the name
            cut = -1
        if cut >= 0 and len(label) - cut > 3:
            label = label[cut + 1 :]  # but not inside a quoted name ("“某某的世界意义”国际论坛") or a title
        label = label.split("祝贺")[-1] if len(label.split("祝贺")[-1]) > 3 else label  # "…致电祝贺第14届…会议"
        label = label.split("是")[-1] if len(label.split("是")[-1]) > 3 else label  # "2019年是…论坛"
        label = re.sub(r"^(?:一次|一个|这个|这次|此次|本次|该|\d+次|[一二三四五六七八九十]+次|[两三四五六七八九十\d]+场)", "", label)
        label = self.words.adjectives.sub("", label)  # "隆重颁授仪式", "祝贺第31届…会议": the name follows
        label = label.strip(" ")
        if label.startswith("”") or (label.endswith("“")):
            label = label.strip("“”")
        if label.count("“") != label.count("”"):
            label = label.replace("“", "").replace("”", "")  # a quote cut in half: drop both marks
        return label.strip("‘’ ") if label.count("“") else label.strip("“”‘’ ")

    def _place(self, place_text: str | None) -> PlaceRef | None:
        if not place_text:
            return None
        if place_text.startswith("京") or any(w in place_text for w in _BEIJING):
            return PlaceRef("province", "北京")
        if self.abroad_re.search(place_text):
            return None  # "在越南宁平举行": abroad (the location is a province or city of China)
        if len(place_text) == 1 and place_text in self.abbrs:
            return PlaceRef("province", self.abbrs[place_text])  # "在沪出席…", "在渝考察"
        if "、" in place_text:
            return self._common_province(place_text)
        found = [(m.kind, m.value) for m in self.places.find(place_text) if m.kind in ("province", "city")
                 and not self.words.named_after.match(place_text, m.end)]  # "中山公园", "中山路": not the city
        if not found:
            return None
        cities = [v for k, v in found if k == "city"]
        if cities:
            return PlaceRef("city", cities[-1])
        provinces = [v for k, v in found if k == "province"]
        return PlaceRef("province", provinces[-1]) if provinces else None

    def _common_province(self, place_text: str) -> PlaceRef | None:
        """"在云南省曲靖、昆明考察": several places of one province are that province; "在江苏、
        安徽调研" names none of them the event's."""
        provinces = set()
        for m in self.places.find(place_text):
            if m.kind == "province":
                provinces.add(m.value)
            elif m.kind == "city":
                city = self.ref.city(m.value)
                if city is None:
                    return None
                provinces.add(city.province)
        return PlaceRef("province", provinces.pop()) if len(provinces) == 1 else None

    def _place_in_sentence(self, label: str, evidence: Evidence) -> PlaceRef | None:
        """"德国巴斯夫集团在广东湛江投资的…项目举行…仪式": the place after the first 在 of the
        event's sentence, when the pattern itself named no place."""
        sentence = evidence.text
        cut = sentence.find(label)
        head = sentence[: cut if cut > 0 else len(sentence)]
        # "先后来到林芝、日喀则、拉萨，…召开座谈会": several places of one province are that province
        m = re.search(f"(?:在|到|赴)([{CJK}]{{2,12}}(?:、[{CJK}]{{2,12}})*)", head)
        if m:
            return self._place(m.group(1))
        # "浙江杭州举行…誓师动员大会": a place that holds the event names where it was held
        held = _PLACE_HOLDS.search(head)
        place = self._place(held.group("place")) if held else None
        return place if place is not None and self._only_places(held.group("place")) else None  # type: ignore[union-attr]

    def _only_places(self, text: str) -> bool:
        """Is ``text`` made of place names alone ("浙江杭州")?"""
        covered = sum(m.end - m.start for m in self.places.find(text) if m.kind in ("province", "city"))
        return covered == len(text)

    @staticmethod
    def _doc_year(state: DocState) -> int | None:
        if state.article.date:
            return state.article.date.year
        m = _YEAR.search(state.article.title or "") or _YEAR.search(state.article.text)
        return int(m.group(1)) if m else None

    @staticmethod
    def _date_in(text: str, year: int | None, article_date: date | None) -> str | None:
        """The last date written in ``text`` ("4月15日至17日…16日下午" → the 16th)."""
        month = article_date.month if article_date else None
        found: date | None = None
        for m in _DATE_MD.finditer(_RANGE_END.sub("", text)):
            y = int(m.group(1)) if m.group(1) else year
            month = int(m.group(2)) if m.group(2) else month
            if y is None or month is None:
                continue
            try:
                d = date(y, month, int(m.group(3)))
            except ValueError:
                continue
            if not m.group(1) and article_date and d > article_date + timedelta(days=7):
                d = _nearest_past(d, article_date, month_given=bool(m.group(2)))
            found = d
        return found.isoformat() if found else None

    # -- recognition -----------------------------------------------------
    def _mentions(self, state: DocState) -> list[_Mention]:
        """Every event a cue pattern names, sentence by sentence; within a sentence the first
        pattern to claim a label keeps it, so one meeting is not read twice."""
        text = state.article.text
        out: list[_Mention] = []
        lead_end = state.paragraphs[0][1] if state.paragraphs else len(text)
        anchors = self._anchors()
        # a pattern whose anchor words the text does not hold anywhere is not tried in any sentence
        patterns = [(how, pat, words) for (how, pat), words in zip(self.patterns, anchors, strict=True)
                    if words is None or words.search(text) is not None]
        for ss, se in state.sentences:
            taken: list[tuple[int, int]] = []
            # "A和B将分别于5月6日和5月4日在南州开幕", "甲乙两国外长7日在维也纳举行会谈"
            for whole in self._respective(state, ss, se) + self._sides_talks(state, ss, se) + self._each_holds(state, ss, se):
                out.append(whole)
                taken.append((whole.start, whole.end))
            for how, pat, words in patterns:
                if words is not None and words.search(text, ss, se) is None:  # no word every match holds
                    continue
                if pat is self._held_after_label and self._held_tail.search(text, ss, se) is None:
                    continue
                if pat in self._own_day_patterns and self._own_day_tails[pat].search(text, ss, se) is None:
                    continue  # the costly label-first patterns only where their tail is
                for m in pat.finditer(text, ss, se):
                    ls, le = _label_start(text, *m.span("label")), m.end("label")
                    ls = self._reach_back(text, ss, ls) if how == "held" else ls
                    ls, days = _after_duration(text, ls, le)  # "为期两天的第8届…会议": the name follows
                    if any(s <= ls < e or ls <= s < le for s, e in taken):
                        continue
                    if how == "inspect" and "就" in text[m.end("place") : ls]:
                        ls = m.start("place")  # "在安徽就…进行调研": the trip is named from its place on
                    mention = self._mention(state, how, m, ls, ss, lead_end, days)
                    if mention is not None and pat in self._own_day_patterns:
                        mention = self._named_on_its_day(state, m, mention, ss)
                    if mention is None:
                        continue
                    out.extend(self._listed(text, m, mention))
                    each = self._at_each(text, ss, mention) or self._each_guest(state, m, mention, ss, se)
                    if each:
                        mention = each[0]
                        out.extend(each[1:])
                    listed = self._listed_meetings(text, mention, se)
                    host = _session_of(mention, [o for o in out if o.start >= ss], self.words.session)
                    if host is not None:
                        out.remove(host)
                    out.append(mention)
                    taken.append((ls, mention.end))
                    for other in listed:
                        out.append(other)
                        taken.append((other.start, other.end))
                    self._part_of(state, mention, out, taken, lead_end)
        out = _sides_unless_met(out)
        past = [m for m in out if m.past]
        out = _one_bare_at_most([m for m in out if not m.past], {m.start for m in out if _future(state, m.start)},
                                state.paragraphs)
        out.sort(key=lambda x: x.start)
        return self._agenda_reports(state, out) + past

    @staticmethod
    def _at_each(text: str, ss: int, mention: _Mention) -> list[_Mention]:
        """"分别在江苏和安徽省人大常委会机关调研，看望机关干部，并主持召开座谈会": a bare chaired meeting after
        "分别在A和B" in its clause run (from the last ；) is two meetings, one at each place."""
        if not (mention.bare and mention.how == "chair"):
            return []
        run = max(ss, text.rfind("；", ss, mention.start) + 1)
        each = next(reversed(list(_AT_EACH.finditer(text, run, mention.start))), None)
        if each is None:
            return []
        return [dataclasses.replace(mention, place_text=each.group(k), at_each=True) for k in ("a", "b")]

    def _anchors(self) -> list[re.Pattern[str] | None]:
        """Per pattern, the words one of which each of its matches holds (:func:`kg.nlp.literals.anchor`),
        found once per pattern list: a sentence without them is not scanned for that pattern."""
        cached = self.__dict__.get("_anchors_cache")
        if cached is None or cached[0] is not self.patterns or len(cached[1]) != len(self.patterns):
            cached = (self.patterns, [anchor(pat) for _, pat in self.patterns])
            self.__dict__["_anchors_cache"] = cached
        return cached[1]

    def _respective(self, state: DocState, ss: int, se: int) -> list[_Mention]:
        """"南方省第五届人民代表大会第二次会议和政协南方省第五届委员会第二次会议，将分别于3月5日和3月3日在
        南州开幕": two events, each with its own day, in the order the text names them."""
        text = state.article.text
        if text.find("分别于", ss, se) < 0:
            return []  # the costly pattern (a label that may start anywhere) only where it can match
        m = self.respective_re.search(text, ss, se)
        if m is None or state.is_past(m.start()):
            return []
        year = self._doc_year(state)
        out = []
        for which in ("a", "b"):
            label = self._clean_label(m.group(which), state.article.title or "")
            day = self._date_in(m.group("d" + which), year, state.article.date)
            if len(label) < 4 or day is None:
                return []
            out.append(_Mention(m.start(which), m.end(which), label, self._kind(label), m.group("place"), "held",
                                end_of_match=m.end(), own_date=day))
        return out

    def _each_holds(self, state: DocState, ss: int, se: int) -> list[_Mention]:
        """"香港和澳门特区政府分别举行升旗仪式": two events, one held by each of the two holders that open the
        clause, each named by its holder ("香港升旗仪式", "澳门特区政府升旗仪式"); not recalled or planned."""
        text = state.article.text
        if text.find("分别", ss, se) < 0:
            return []  # the pattern (holders that may start anywhere) only where it can match
        out: list[_Mention] = []
        for m in self.each_holds_re.finditer(text, ss, se):
            clause = max(text.rfind(c, ss, m.start()) for c in "，。；：,;:") + 1
            if not _CLAUSE_OPEN.fullmatch(text, max(clause, ss), m.start()) or state.is_past(m.start()) \
                    or _PLANNED.search(text, ss, m.start("label")) or _OVER_DAYS.search(text, ss, m.start()):
                continue  # "从昨晚至今天，A和B也分别举行了颁奖仪式": many ceremonies over days, no one event
            label = self._clean_label(m.group("label"))
            for which in ("a", "b"):
                holder = m.group(which)
                out.append(_Mention(m.start(which), m.end() if which == "b" else m.end(which), holder + label,
                                    self._kind(label), holder if self._only_places(holder) else None, "held",
                                    end_of_match=m.end()))
        return out

    def _sides_talks(self, state: DocState, ss: int, se: int) -> list[_Mention]:
        """"甲乙两国外长7日在维也纳举行会谈", "某国冲突双方代表5日至6日在南港举行新一轮会谈": talks whose
        subject is the sides (``talks_party`` and ``talks_role`` in ``event_words.csv``), opening their clause,
        no person named in it, on a day of their own (call 10): a Meeting named by its sides ("甲乙两国外长
        会谈").  Not recalled, planned or wished for; dropped when the report names the people of a meeting
        (``_mentions``: the sides are theirs)."""
        text = state.article.text
        if _TALKS_HELD.search(text, ss, se) is None:
            return []  # the pattern (a subject that may start anywhere) only where its tail is
        out: list[_Mention] = []
        for m in self.sides_talks_re.finditer(text, ss, se):
            clause = max(text.rfind(c, ss, m.start()) for c in "，。；：,;:") + 1
            who = m.group("who")
            if not _CLAUSE_OPEN.fullmatch(text, max(clause, ss), m.start()) or len(who) < 3:
                continue  # "…表示将与某国双方…": the sides open the clause, or they name nothing
            if any(m.start() <= s < m.end("who") for spans in state.person_mentions.values() for s, _ in spans):
                continue  # "某国总统甲和某国总统乙…举行会谈": a meeting of people (the meet patterns)
            if state.is_past(m.start()) or _PLANNED.search(_TITLE.sub("", text[ss : m.start("when")] + m.group("when"))) \
                    or self.words.wished.search(text, ss, m.start()):
                continue
            day = self._date_in(m.group("when"), self._doc_year(state), state.article.date)
            if day is None:
                continue  # "今天": the day is the lead's (_day_of reads it)
            label = who + (m.group("round") or "") + m.group("talks")
            out.append(_Mention(m.start("who"), m.end(), label, "Meeting", m.group("place"), "held", end_of_match=m.end(),
                                own_date=day, sides=True))
        return out

    def _mention(self, state: DocState, how: str, m: re.Match[str], ls: int, ss: int,
                 lead_end: int, days: int | None = None) -> _Mention | None:
        """The event a cue match names, or None when the match is no new event of this report;
        kept apart from :meth:`_mentions` so the many reasons to drop a match read as one list."""
        text = state.article.text
        le = m.end("label")
        if self._not_reported_event(state, how, m, ls, ss, lead_end):
            return None
        studied = self.studied_re.match(text, le) if how in ("chair", "convened", "held", "attend") else None
        if studied is not None:
            le = studied.end()  # "主持召开学习贯彻中央人大工作会议精神座谈会": the 座谈会 is the event
        joint = self.joint_re.match(text, le)
        if joint is not None and how in ("attend", "chair", "convened", "held", "at"):
            le = joint.end()  # "出席…开幕式暨…座谈会": one event, named by both
        if le < len(text) and "\u4e00" <= text[le] <= "\u9fff" and self.noun_re.search(text, ls, le + 1):
            le += 1  # "召开扩大会议": the lazy label stopped at "扩大会" inside a longer noun
        longer = self.longer_re.match(text, le) if how in ("chair", "convened", "attend") else None
        # "…峰会和某某…会议", "…论坛等3个…分论坛": more events than one (not "…南方军区和东方军区代表团全体会议")
        if longer is not None and not re.match("和|与|及|同", longer.group()) and not re.search("等|个", longer.group()):
            le = longer.end()  # "主持召开…某某组织大会水资源问题高级别会议": the name runs on to its last noun
        if self._not_the_event(text, how, m, le, ss):
            return None
        label = self._clean_label(text[ls:le], state.article.title or "")
        bare = bool(self.noun_re.fullmatch(label)) or label == "会议" or bool(_DESCRIBED.fullmatch(label))
        if bare and how not in ("chair", "convened", "held", "source"):
            return None  # "出席会议": the event in scope, not a new one
        past = _recalled_date(state, ls) if state.is_past(ls) else None
        if _no_day_of_its_own(state, ss, ls, text.find(label, ls, le), past):
            return None
        if how == "at" and self._reacted_to(state, m, lead_end):
            # the speech reacted to was given before the report: its own day, else its year
            clause = state.time_at(ls)
            past = clause.date if clause is not None and clause.date and clause.tense != "future" else None
            past = past or (str(state.article.date.year) if state.article.date else None)
            if past is None or bare:
                return None
        if past and (bare or how in ("report", "decided")):
            return None  # a recalled event is recorded only under its own name
        named = self._named(state, how, m, ss, label, le, past)
        if named is None:
            return None
        label, le, bare = named[0], named[1], bare and how != "meet"
        if len(label) < 2:
            return None
        place = m.group("place") if "place" in m.re.groupindex else None
        goes_on = how == "held" and _GOES_ON.search(text, m.end("label"), m.end()) is not None
        # reported on its closing day, or on a day in its middle: dated by its opening day when the text gives it
        closing = goes_on or (how == "held" and self.words.closing.search(text[m.end("label") : m.end()] + text[m.start() : m.start("label")]) is not None)
        mention = _Mention(ls, le, label, self._kind_of(how, label), place, how, bare=bare, past=past,
                           end_of_match=m.end(), closing=closing, days=days, goes_on=goes_on)
        if not bare and label.startswith(("“", "系列")) and (body := self._held_at_body(mention)):
            # "在某某办公室今天举行的“…”系列新闻发布会上": a series' name with no holder takes the body
            mention.label = body + label
        return mention

    def _not_a_meeting(self, label: str) -> bool:
        """A name in 会 that no noun of the table ends ("…誓师会", "…部署会") names a meeting only when it is
        long (four characters or more before 会), no body's ("某某委员会") and no show's ("某某音乐会")."""
        return label.endswith("会") and not self.noun_re.search(label) and (
            len(label) < 5 or bool(self.words.body_hui.search(label)) or bool(self.words.show.search(label)))

    def _not_the_event(self, text: str, how: str, m: re.Match[str], le: int, ss: int) -> bool:
        """A rehearsal of the event named ("举行了某某庆典第二次全要素演练", "开幕式彩排"), or a
        ceremony only wished to be witnessed ("愿见证…签约仪式"; one witnessed is one of the meeting it follows)."""
        if how != "meet" and text.startswith(("晤", "谈"), le) and text.startswith("会", le - 1):
            return True  # "举行视频会晤": talks (the meeting patterns), not a "视频会" cut short
        if how == "witness" and (self.words.wished.search(text, ss, m.start()) or not (
                m.group().startswith("共同") or _AROUND_MAIN.match(text, ss))):
            return True
        return self._rehearsal is not None and self._rehearsal.match(text, le) is not None

    def _named(self, state: DocState, how: str, m: re.Match[str], ss: int, label: str, le: int,
               past: str | None) -> tuple[str, int] | None:
        """The name of the event a cue match names (and where its name ends): a study session by its
        body, a meeting by host and guest, a lecture by lecturer and place, a trip by its place (a
        recalled one by its traveller too); None when there is nothing to name it by."""
        text = state.article.text
        if how == "held" and self._not_a_meeting(label):
            return None
        if re.match(r"(?:\d{4}年)?第", label) and label.endswith(("集体学习", "专题学习")):
            body = _STUDY_BODY.match(text, ss)  # "中共中央政治局4月25日下午就…进行第二十次集体学习"
            label = body.group(1) + label if body else label
        if how == "meet":
            return self._meet_label(state, m, ss)
        joined = re.match(_JOINED, text[le:]) if label.endswith("代表团") else None
        if joined is not None:
            label += joined.group(1)  # "来到…南方代表团，同代表们一起审议": the delegation's session
        if how == "lecture":
            lecturer = self._person_before(state, m.start(), ss)
            if lecturer is None or past:
                return None
            return f"{lecturer}在{m.group('place')}作宣讲报告", le  # one lecture per lecturer and place
        if how == "inspect":
            label = m.group("place").replace("、", "") + m.group("label")
            if past:
                leader = self._person_before(state, m.start(), ss)
                if leader is None or re.match(r"这|该|那|此", label):
                    return None  # "曾到这家企业考察": no place to name the trip by
                label = f"{leader}在{label}"
        return label, le

    def _reach_back(self, text: str, ss: int, ls: int) -> int:
        """Where a held event's name starts when its label group stopped short: before an abbreviation
        in brackets ("…缔约方大会（COP15）第二阶段会议") or a list of what it is for ("北京冬奥会、冬残奥会
        总结表彰大会"; not a list of meetings, "A座谈会、B座谈会")."""
        for _ in range(3):
            back = self.reach_back_re.search(text, ss, ls)
            if back is None or (back.group("sep") == "、" and self.noun_re.search(back.group("head"))):
                return ls
            ls = back.start()
        return ls

    def _listed_meetings(self, text: str, mention: _Mention, se: int) -> list[_Mention]:
        """"主持召开学习贯彻…精神座谈会、五级人大代表座谈会、职业教育法修订座谈会": each meeting listed
        after the one a cue named is a meeting of its own, named in the same way."""
        if mention.how not in ("chair", "convened") or mention.bare:
            return []
        out: list[_Mention] = []
        pos = mention.end
        while pos < se and text[pos] == "、":
            nxt = self.listed_re.match(text, pos + 1, se)
            if nxt is None:
                break
            label = self._clean_label(nxt.group("label"))
            if self.noun_re.fullmatch(label) or len(label) < 4:
                break  # "、座谈会": a bare noun names nothing
            out.append(dataclasses.replace(mention, start=nxt.start("label"), end=nxt.end("label"), label=label,
                                           kind=self._kind(label), end_of_match=nxt.end("label")))
            pos = nxt.end("label")
        return out

    @staticmethod
    def _listed(text: str, m: re.Match[str], mention: _Mention) -> list[_Mention]:
        """"参加广东代表团、青海代表团审议": the delegations listed before the last one each have
        their session (the label's tail is shared)."""
        tail = re.search(r"代表团((?:的)?(?:审议|讨论))$", mention.label)
        if tail is None or text[mention.start - 1 : mention.start] != "、":
            return []
        out = []
        pos = m.start("label")
        for part in text[pos : mention.start - 1].split("、"):
            part = part.removeprefix("他所在的")
            if part.endswith("代表团"):
                start = text.find(part, pos)
                out.append(dataclasses.replace(mention, start=start, end=start + len(part), label=part + tail.group(1)))
            pos += len(part) + 1
        return out

    def _meet_label(self, state: DocState, m: re.Match[str], ss: int) -> tuple[str, int] | None:
        """"PERSON会见GUESTS" for "X会见了Y、Z" ("PERSON同GUEST会谈" for talks) and where the guests'
        phrase ends: a meeting with guests is an event of its own (one per sentence); "会见时表示",
        "会见中" are the event in scope, not a new one.  A guest described before his title
        ("会见来华出席…峰会并进行工作访问的老挝…国家主席通伦") is named by what follows the description."""
        guests = m.group("label")
        # "9日，某国总统甲在接见某大学学生时说": the meeting of a day of its own, where he spoke
        said = re.match(r"(.{2,30}?)时(?:说|表示|指出|强调)", guests)
        said_end = len(state.article.text)
        if said is not None and _OWN_DAY_IN.search(state.article.text, ss, m.start()) and "在" in state.article.text[ss : m.start()]:
            guests, said_end = said.group(1), m.start("label") + len(said.group(1))
        # "会见时表示", "会见中", "会见后": the meeting in scope; not "会见中北经济界代表", "会见前来…的"
        if re.match(r"(?:时(?!任)|[中后](?=[，,表指说强谈])|前(?=[，,])|结束|期间|会上|的|和|与|及|并)", guests) \
                or re.search(r"[时后](?:表示|说|指出|强调)", guests):
            return None
        host = self._host_of_meeting(state, m.start(), ss)
        if host is None or self.words.wished.search(state.article.text, ss, m.start()):
            return None  # "期待同…会晤", "愿与…会面": a wish, no meeting
        if m.group().startswith("和") and not any(e == m.start() for e_s in state.person_mentions.values() for _, e in e_s):
            return None  # "和" joins the host's name to the guest's only
        text = state.article.text
        start = m.start("label")
        talks = "talks" in m.re.groupindex and m.group("talks") is not None
        end = min(m.end("label") if talks else _clause_end(text, start), said_end)
        whole = text[start:end]
        described = self.words.guest_described.match(whole)
        if described is not None:
            start, whole = start + described.end(), whole[described.end():]
        guests = whole if talks else re.split(r"并|率领|率", whole)[0]
        named = sorted((s, n) for n, spans in state.person_mentions.items() for s, e in spans
                       if start <= s and e <= start + len(guests) and n != host)
        if _LED_BY.match(whole):
            named = []  # "会见由X率领的某党代表团": the delegation is the guest, X its head
        if not named and described is None and "的" in whole:  # "新当选并获任命的…行政长官…": the head noun phrase
            guests = whole.split("的")[-1]
        full = guests
        if not named and len(guests) > 20:
            parts = guests.split("、")
            # "…中央总书记、国家主席通伦": the last title and the name; "接见驻…部队领导干部…、教师代表":
            # groups received, named by the first
            if self.words.group.search(parts[-1]):  # groups listed: the first; a name with a 、 inside it: all of it
                guests = parts[0] if self.words.group.search(parts[0]) and len(parts[0]) <= 30 else guests
            else:
                guests = parts[-1]
        guest = named[0][1] if named else guests[:30]
        counted = _COUNTED.search(whole) and not (talks and m.group("talks") == "座谈")  # a talk with 54 deputies: one
        if not guest or (not named and (self.words.honorific.search(guest) or counted)):
            # "习近平主席同总统先生举行会谈": the guest addressed in someone's words, no name; "会见了…25位外方
            # 代表": a count of meetings over days, no one meeting
            return None
        if talks and m.group("talks") == "会见":  # "X同当选副总统Y举行会见": X meets Y
            return f"{host}会见{guest}", m.end()
        if talks:
            return f"{host}同{guest}{m.group('talks')}", m.end()
        verb = "接见" if "接见" in m.group() else "会见"
        return f"{host}{verb}{guest}", start + max(whole.rfind(full), 0) + len(full)  # a tail kept ends where it ends

    def _each_guest(self, state: DocState, m: re.Match[str], mention: _Mention, ss: int, se: int) -> list[_Mention]:
        """"X分别会见A、B和C" (the list may run on over commas, one guest each): one meeting per guest, a
        person by name, a group by what it is ("某国工商界代表"); [] unless "分别" comes with the verb and two
        guests at least are named."""
        text = state.article.text
        if mention.how != "meet" or "分别" not in text[max(ss, m.start() - 2) : m.start("label")] or "talks" in m.re.groupindex:
            return []
        host = _MEET_PARTS.match(mention.label)
        if host is None:
            return []
        start = m.start("label")
        described = self.words.guest_described.match(text, start, se)
        start = described.end() if described is not None else start
        guests: list[tuple[int, int, str]] = []
        pos = start
        for seg in re.finditer(r"[^、，,。；]+", text[start:se]):
            s, e = start + seg.start(), start + seg.end()
            if text[max(start, s - 1) : s] in ("，", ",") and self.words.guest_list_end.search(seg.group()):
                break  # the list ended: "…，并就…交换意见"
            for part in re.finditer(r"[^和及]+", seg.group()):
                ps, pe = s + part.start(), s + part.end()
                named = sorted((a, b, n) for n, spans in state.person_mentions.items() for a, b in spans
                               if ps <= a and b <= pe)
                if named:
                    guests.append(named[-1])
                elif self.words.group.search(part.group().removesuffix("等")) and not guests and not re.search(r"\d", part.group()):
                    guests.append((ps, pe, part.group().removesuffix("等")))
            pos = e
            if text[e : e + 1] not in ("、", "，", ","):
                break
        if len(guests) < 2 or pos <= start:
            return []
        return [dataclasses.replace(mention, start=a, end=b, label=f"{host.group(1)}会见{name}") for a, b, name in guests]

    @staticmethod
    def _host_of_meeting(state: DocState, pos: int, ss: int) -> str | None:
        """Who holds the meeting at ``pos``: the person named last before it in its sentence who is not
        the guest of an earlier meeting there ("栗战书…在首尔会见总统尹锡悦，与金振杓举行会谈": 栗战书), nor one
        listed after another guest ("分别会见A、B、C，并同D举行视频会晤": the host is not C)."""
        text = state.article.text
        named = sorted((s, n) for n, spans in state.person_mentions.items() for s, e in spans if ss <= s and e <= pos)
        for s, name in reversed(named):
            if not _MET_BEFORE.search(text, max(ss, s - 12), s) and not _LISTED_GUEST.search(text, max(ss, s - 70), s):
                return name
        return None

    @staticmethod
    def _person_before(state: DocState, pos: int, ss: int) -> str | None:
        """The person named last before ``pos`` in the sentence starting at ``ss``."""
        best: tuple[int, str] | None = None
        for name, spans in state.person_mentions.items():
            for s, e in spans:
                if ss <= s and e <= pos and (best is None or s > best[0]):
                    best = (s, name)
        return best[1] if best else None

    def _not_reported_event(self, state: DocState, how: str, m: re.Match[str], ls: int, ss: int,
                            lead_end: int) -> bool:
        """Is the cue at ``m`` (label from ``ls``) a recalled, planned or described event rather
        than one this report tells of?  Each test names the wording it guards against."""
        text = state.article.text
        le = m.end("label")
        if (state.is_past(ls) and _recalled_date(state, ls) is None) or state.recalled_in_passing(ss, ls):
            # "先后4次到天津考察": recalled without a date of its own (kg_discourse); "在刚刚举行的…大会上",
            # "日前召开的…会议": recalled in a clause about another event
            return True
        if (how == "convened" and text.startswith("关于", m.start() - 2)) or text.count(
                "《", ss, m.start()) > text.count("》", ss, m.start()):
            # "关于召开…会议的决定草案", "播发长篇通讯《…习近平主席出席…高峰论坛纪实》": a title, not an event
            return True
        if text[ls] == "的" or re.match(r"\d+多?场|多场|一次|一场|一个|这次|此次|本次|本届|该|上述", text[ls:le]) or _REPORT_TOPIC.match(
                text, le) or self.words.many.search(text, max(ss, ls - 6), le):
            # "召开的一次十分重要的会议", "20场…会议": a description; "审议…访问俄罗斯并出席…论坛情况的书面报告":
            # the topic of a report; not an event
            return True
        if how in ("at", "attend", "meet", "inspect") and (self.words.reported if how != "inspect" else self.words.briefing_topic).search(
                text, ss, m.start()):
            # "快评指出，习近平主席在巴西出席金砖峰会时…", "X表示，昨天习近平主席同总统先生举行会谈"; "举行新闻发布会，
            # 介绍王明主席出席…峰会相关情况": the topic of a briefing (words.reported holds its verbs), not an event
            return True
        if how == "at" and ls >= lead_end and not self._own_setting_at(state, ls):
            return True  # "总书记在…座谈会上指出" later on: the main event, or one recalled
        if how in ("convened", "meet") and _PLANNED.search(_TITLE.sub("", text[ss : m.start()])):
            return True  # "中国将同…合作，…举办中海语言文化论坛", "原计划29日举行…": a plan
        if how == "held" and re.match(r"[一二三四五六七八九十\d]+周年", text[m.end() : m.end() + 4]):
            return True  # "…论坛在香港举办十周年": an anniversary
        if _no_one_event_held(text, how, m, ss, self.words.not_one_held) or _spoken_or_studied(text, how, m, ss, self.words):
            return True
        if how == "convened" and self.words.not_held_before.search(text[max(ss, m.start() - 3) : m.start()]):
            return True  # "要求召开紧急安全会议", "为召开…作准备", "成功举办…": not held on the report's day
        if how == "attend" and (re.match(r"(?:和[^，。；]{0,40}?)?(?<!党)的", text[le : le + 42]) or (
                text.startswith("期间", le))):
            # "来华出席…峰会的柬埔寨国会主席": a guest described; "出席…峰会期间会见…": the setting of a
            # meeting, no day of its own (call 10); not an event
            return True
        verb = max(text.rfind("出席", m.start(), m.start("label")), text.rfind("参加", m.start(), m.start("label")))
        if how == "attend" and (re.search(r"(?:来华|前来|结束)$", text[max(ss, verb - 2) : max(verb, 0)])
                                or re.search(r"(?:在结束|欢迎|以便|为了|准备|打算|约定|商定|相约|期待)[^，。；]*$",
                                             text[ss : max(verb, ss)])):
            return True  # "欢迎安倍来华出席…会议", "在结束出席…会议…后": not the report's event
        if how != "held" and re.search(r"以来[，,]", text[ss:ls]) and not self._own_setting_at(state, ls):
            return True  # "党的十八大以来，…先后召开…座谈会": events over a span, none of the day
        if how in ("inspect", "report") and re.match(r"(?:时|期间)?的", text[le : le + 3]):
            return True  # "在山东考察时的重要讲话精神", "到江西考察的第一站": a trip described
        if how in ("attend", "at", "chair", "inspect", "report", "meet", "lecture") and not self._led_by_person(
            state, m.start(), ss, loose=how != "at"
        ) and not (how == "at" and ls < lead_end and _PERSON_NEXT.match(text, m.end()) and any(
                s == m.end() + 1 for spans in state.person_mentions.values() for s, _ in spans)):
            # "在…座谈会上的重要讲话精神": a past event in passing; but the lead "在…会议上，王明总书记…"
            return True
        # "习近平总书记在…座谈会上的重要讲话…精神": a past speech (unless a reaction report's lead)
        return how == "at" and bool(_PAST_SPEECH_AFTER.match(text, m.end())) and not self._reacted_to(state, m, lead_end)

    def _reacted_to(self, state: DocState, m: re.Match[str], lead_end: int) -> bool:
        """"习近平总书记在…招待会上的重要讲话，凝聚起…力量。大家表示…": a reaction report's lead
        names the event whose speech it reacts to."""
        text = state.article.text
        return (m.start() < lead_end and bool(_PAST_SPEECH_AFTER.match(text, m.end()))
                and (bool(self.words.reaction.search(text, 0, lead_end)) or bool(self.words.reaction.search(state.article.title or ""))))

    def _ceremony(self, text: str, mention: _Mention) -> _Mention | None:
        """"出席“2019从都国际论坛”开幕式": the ceremony right after an event's name, part of it."""
        after = _CEREMONY_AFTER.match(text, mention.end)
        # "出席…在巴厘岛举行的某某峰会欢迎晚宴": a banquet after a held event's name too
        if after and (mention.how in ("attend", "chair", "at", "convened") or (
                mention.how == "held" and after.group(1).endswith(_BANQUET))):
            cer = self._clean_label(text[mention.start : after.end()])
            how = "attend" if mention.how == "held" else mention.how  # "出席…举行的…晚宴": attended, dated by its sentence
            return _Mention(mention.start, after.end(), cer, "Ceremony", mention.place_text, how, parent=mention)
        return None

    def _part_of(self, state: DocState, mention: _Mention, out: list[_Mention], taken: list[tuple[int, int]],
                 lead_end: int) -> None:
        """The ceremony named after ``mention`` (:meth:`_ceremony`), else the event the ceremony ``mention``
        opens (:meth:`_opened`; a reaction report's lead keeps the ceremony it reacts to alone: call 12b)."""
        ceremony = self._ceremony(state.article.text, mention)
        if ceremony is not None:
            if ceremony.label.endswith(_BANQUET) and out and out[-1] is mention:
                out.pop()  # the summit's own day is not the banquet's (call 10): a sub-event of it if named elsewhere
            out.append(ceremony)
            taken.append((mention.start, ceremony.end))
        elif not (mention.start < lead_end and _is_reaction(state, self.words.reaction)) and (opened := self._opened(mention)) is not None:
            out.insert(len(out) - 1, opened)
            mention.parent = opened

    def _opened(self, mention: _Mention) -> _Mention | None:
        """"在某某国家外长会晤开幕式上致辞": the event an opening ceremony opens, named before it,
        is an event of its own, the ceremony part of it (the ceremony named after the event's name is
        :meth:`_ceremony`'s)."""
        if mention.how not in ("at", "attend", "chair") or mention.parent is not None:
            return None
        head = _OPENING.search(mention.label)
        rest = mention.label[: head.start()] if head else ""
        if not head or len(rest) < 4 or not (self.noun_re.search(rest) or self.words.report_in_meeting.search(rest[-2:])):
            return None
        if self._common_noun(rest) or rest in self.kinds:
            return None
        return _Mention(mention.start, mention.end - len(head.group()), rest, self._kind(rest), mention.place_text,
                        mention.how, past=mention.past, end_of_match=mention.end_of_match)

    def _agenda_reports(self, state: DocState, out: list[_Mention]) -> list[_Mention]:
        """"听取…汇报" is an event of its own only as the report's lead with nothing else in the
        sentence ("习近平听取吉林省委和省政府工作汇报"); at a 常务会议 or on a trip it is an item of
        the meeting or the trip."""
        if not out:
            return out
        lead = state.sentence_index(out[0].start)
        others = {state.sentence_index(m.start) for m in out if m.how not in ("report", "decided", "meet")}
        trip = any(m.how == "inspect" for m in out)
        met = {state.sentence_index(m.start) for m in out if m.how == "meet"}
        # "会见…，听取他们对…工作情况的汇报": a report heard at a meeting with guests is part of it
        out = [m for m in out if m.how != "report" or not (self.words.report_in_meeting.search(m.label)
                                                           or state.sentence_index(m.start) in met)]
        return [
            m
            for m in out
            if m.how != "report" or (state.sentence_index(m.start) == lead and lead not in others)
            # "…在听取吉林省委和省政府工作汇报时强调。2月8日上午，习近平在长春市听取…汇报": the
            # same report again, with its day and place
            or (lead not in others and any(o.how == "report" and o.label == m.label for o in out
                                           if state.sentence_index(o.start) == lead))
            # "18日下午，习近平听取了河南省委和省政府工作汇报" on a trip: a meeting of its own
            or (trip and m.label.endswith("工作汇报") and state.sentence_index(m.start) not in others)
        ]

    @staticmethod
    def _led_by_person(state: DocState, pos: int, sent_start: int, loose: bool = False) -> bool:
        """Is a person the subject of the cue at ``pos``?  Strictly: "<person>[date/time/place]"
        right before it.  Loosely (for 主持/出席/考察, which only people do): a person earlier in
        the sentence, across commas ("韩正15日到雄安调研，主持召开座谈会"), or the one person the sentence
        opens with, across its clauses and semicolons (no other person named before the cue)."""
        text = state.article.text
        reach = 40 if loose else 14
        for spans in state.person_mentions.values():
            for s, e in spans:
                if sent_start <= s and e <= pos and pos - e <= reach:
                    between = text[e:pos]
                    if not re.search(r"[。；;]" if loose else r"[，。；：、,;:]", between):
                        return True
        if loose:  # "王明先后来到…；在…机关调研，并主持召开座谈会": the one person the sentence opens with, across its clauses
            before = [(s, n) for n, spans in state.person_mentions.items() for s, e in spans if sent_start <= s and e <= pos]
            return bool(before) and len({n for _, n in before}) == 1 and not re.search(
                r"[，。；：,;:]", text[sent_start : min(before)[0]])
        return False

    @staticmethod
    def _same(a: str, b: str) -> bool:
        return a == b or a.endswith(b) or b.endswith(a)

    def __call__(self, doc: Doc) -> Doc:
        state: DocState = doc._.kg
        text = state.article.text
        ex = state.extraction
        year = self._doc_year(state)
        mentions = _without_headline_copies(state, self._mentions(state))
        recalled = [m for m in mentions if m.past]
        mentions = [m for m in mentions if not m.past]
        keyed: list[tuple[_Mention, EventRecord]] = []
        undayed: list[_Mention] = []  # events the text gives no day of their own: not recorded
        trip = any(m.how == "inspect" for m in mentions)  # a trip's meetings are dated with the trip
        # events whose date/place were read from a sentence reporting another event too
        # ("5月20日至22日在江西考察，主持召开…座谈会"): a later sentence of their own wins
        weak: set[str] = set()
        sentence_of = {id(m): state.sentence_index(m.start) for m in mentions}
        days = _single_days(text)  # once: where each one-day date of the text begins
        for m in mentions:
            sent_ev = state.evidence_at(m.start)
            shared = sum(1 for o in mentions if sentence_of[id(o)] == sentence_of[id(m)] and o.parent is None) > 1
            existing = self._existing(keyed, m)
            day = self._day_of(state, m, existing is not None, sent_ev.start, year, trip, days, undayed)
            if day is None:
                continue
            when, scheduled = day
            if existing is not None:
                self._merge(existing, m, when, sent_ev, shared, weak)
                keyed.append((m, existing))
                continue
            ev = EventRecord(
                key=f"e{len(ex.events) + 1}",
                kind=m.kind,
                label=_closing_meeting_label(m.label) if m.closing_meeting else m.label,
                start_date=when,
                location=self._place(m.place_text) if m.place_text else None if _DELEGATION.search(m.label) else (
                    # a cited event ("记者从…发布会上了解到，…将在海南举办") is where its own words say, else nowhere
                    (self._place_in_sentence(m.label, sent_ev) if m.how != "source" else None) or self._place_in_name(m)
                    # "听取海南自由贸易港建设工作汇报": an unplaced work report is in the reporting province
                    or (self._place(m.label) if m.how == "report" else None)),
                evidence=sent_ev,
                scheduled=scheduled,
                series=_series(m.label),
            )
            ex.events.append(ev)
            keyed.append((m, ev))
            if shared:
                weak.add(ev.key)
        state.main_events = self._main_events(state, keyed)
        self._scopes(state, keyed, min((m.start for m in undayed if m.how in ("held", "convened")), default=None))
        by_mention = {id(m): ev for m, ev in keyed}
        for m, ev in keyed:
            if m.parent is not None and ev.super_event is None:
                up = by_mention.get(id(m.parent)) or next(  # a banquet's summit, recorded from its own sentence
                    (e for mm, e in keyed if e is not ev and self._same(mm.label, m.parent.label)), None)
                if up is not None:
                    ev.super_event = up.key
        self._sub_events(state, keyed)
        self._decisions(state, keyed)
        self._trip_meetings(state, keyed, year, weak)
        main = next((e for e in ex.events if state.main_events and e.key == state.main_events[0]), None)
        for m, ev in keyed:  # "与会期间，丁薛祥还会见…": guests met on no stated day, in the report's year
            if m.how in ("meet", "witness") and ev.start_date is None and main is not None and ev is not main \
                    and _AROUND_MAIN.match(ev.evidence.text) and main.start_date and len(main.start_date) == 10:
                # "论坛开幕前，王明会见了…": the main event's day, at its place
                ev.start_date, ev.location = main.start_date, ev.location or main.location
            if m.how == "meet" and ev.start_date is None and ev.key not in state.main_events and year:
                # "20日下午接见…代表。习近平还接见了…": the day the narrative is on, when it is one of the
                # report's days and no "期间" (some day of a visit) comes between
                ev.start_date = self._narrative_day(state, days, m.start, year) or str(year)
        undated = self._undated_trips(state, keyed, year)
        self._fill_dates(state, year, next((m.place_text for m in undayed if m.closing and m.place_text), None))
        self._participation(state, keyed, undayed)
        self._trip_labels(state, keyed)
        self._identities(state)
        keyed = self._bare_labels(state, keyed, undated)
        self._holders(state, keyed)
        self._reviewed(state)
        self._themes(state)
        self._attest_posts(state)
        keyed += self._recalled(state, recalled)
        self._write_spans(doc, state, keyed)
        return doc

    def _existing(self, keyed: list[tuple[_Mention, EventRecord]], m: _Mention) -> EventRecord | None:
        """The event recorded already that mention ``m`` names again, if any."""
        existing = next(
            (e for mm, e in keyed if self._same(mm.label, m.label) and mm.how != "decided" and m.how != "decided"
             and not ((mm.at_each or m.at_each) and mm.place_text != m.place_text)),
            None,
        )
        if m.how == "inspect":  # one trip per report: every stop is the same Inspection
            existing = next((e for mm, e in keyed if mm.how == "inspect"), existing)
        if m.bare and m.label == "座谈会" and existing is None:  # "王明在同…代表座谈时强调。王强主持座谈会": the same
            existing = next((e for mm, e in keyed if mm.how == "meet" and mm.label.endswith("座谈")), None)
        if m.how == "meet" and existing is None:  # "…感谢习近平会见统一俄罗斯党代表团": the same meeting
            existing = next((e for mm, e in keyed if mm.how == "meet" and _same_meeting(mm.label, m.label)), None)
        return existing

    def _day_of(self, state: DocState, m: _Mention, known: bool, sent_start: int, year: int | None, trip: bool,
                days: list[int], undayed: list[_Mention]) -> tuple[str | None, bool] | None:
        """The day of the event mention ``m`` names and whether it is announced (scheduled); None when
        the mention records nothing (no day of its own: settled call 10; it is added to ``undayed``
        unless it names an event ``known`` already)."""
        text = state.article.text
        # "…会议28日上午在京举行": a held event's day follows its name
        end = m.end_of_match if m.how == "held" else m.end
        when = m.own_date or self._date_in(text[sent_start:end], year, state.article.date)
        ahead = bool(m.own_date and state.article.date and m.own_date > state.article.date.isoformat())
        scheduled = m.how == "decided" or ahead or _future(state, m.start)
        if when is None and not scheduled:
            when = self._undated_day(state, m, sent_start, end, year, trip, days)
            if when is None and not known and m.how == "at" and m.kind != "Ceremony" \
                    and sent_start >= _lead_sentence(state)[1] \
                    and not _TIME_WORD.search(text, sent_start, state.evidence_at(m.start).end):
                # "栗战书27日…举行会谈。…王明主席在某论坛2022年年会上强调，…": the occasion of a remark
                # recalled after the lead, with no day of its own (call 10)
                when = _NO_DAY
            if not known and when is None and any(self._same(u.label, m.label) for u in undayed):
                return None  # "…会议日前在南州举行。王明主持会议": the event already found to have no day
            if when == _NO_DAY:
                if not known:
                    undayed.append(m)  # "连日来，…举办招待会", "日前在潍坊举行": no day, no event
                    return None
                when = None
        if when and not scheduled and m.how in ("meet", "attend", "chair", "at") and year \
                and (self.words.visit_span.search(text, sent_start, m.start) or (
                    _DATE_SPAN.search(text, sent_start, m.start) and self.words.visit.search(text, m.end, state.evidence_at(m.start).end))):
            # "11日至12日对…进行正式访问，在北都会见…", "5日至8日出席…就职仪式并对某国进行国事访问": some day of
            # the visit (call 12a)
            when = str(year)
        if m.closing and not scheduled and not _DATE_SPAN.search(text, sent_start, end):
            opened = _OPENED.search(text)
            opening = self._date_in(opened.group(1), year, state.article.date) if opened else None
            if m.days and when and len(when) == 10 and _OWN_DAY_IN.search(text, sent_start, end):
                # "为期两天的…会议7日结束": it opened on the 6th (the closing day written in its sentence)
                opening = (date.fromisoformat(when) - timedelta(days=m.days - 1)).isoformat()
            if opening is not None:
                when = opening
            elif m.kind == "Meeting" and not m.goes_on:  # no opening day: the report tells of the closing meeting, that day (call 13)
                m.closing_meeting = True
            else:  # a conference or forum going on ("…继续举行") with no opening day given (call 10)
                if not known:
                    undayed.append(m)
                return None
        if scheduled:
            when = self._scheduled_date(state, m, sent_start, end, when)
            if when is None and m.how != "decided":
                return None  # an announced event is recorded with the date the text gives it, else not at all
        return when, scheduled

    @classmethod
    def _narrative_day(cls, state: DocState, days: list[int], pos: int, year: int | None) -> str | None:
        """The last one-day date written before ``pos``, when it is one of the days just before the
        report and no "期间/其间" lies between (else None: no day the narrative is known to be on)."""
        text, day = state.article.text, state.article.date
        at = _last_day_before(days, 0, pos)
        if at < 0 or day is None or _DURING.search(text, at, pos):
            return None
        when = cls._date_in(text[at:pos], year, day)
        if when and day - timedelta(days=3) <= date.fromisoformat(when) <= day:
            return when
        return None

    def _undated_day(self, state: DocState, m: _Mention, sent_start: int, end: int, year: int | None,
                     trip: bool = False, days: list[int] | None = None) -> str | None:
        """Does the event its sentence dates by no number have a day of its own (settled call 10)?
        The one decision, fed by the clause times of ``kg_discourse``: "昨天/前天" give the day(s)
        before the report; a clause in days the text does not give ("近日", "日前", "连日来", "本月初":
        ``DocState.vague_at``) gives none (``_NO_DAY``: the event is not recorded), except for the
        event a reaction report's lead tells of and guests met during a visit ("访问期间，X会见Y"),
        which keep the year alone; a trip's vague days are decided with the whole trip
        (:meth:`_undated_trips`), and so are its meetings (``trip``: :meth:`_trip_meetings`).  An
        event of a report whose lead is in such days ("连日来，我驻多国使馆举办…") and with no time word
        of its own has no day either.  None: no time word at all, the report's (lead's) day."""
        text, day = state.article.text, state.article.date
        head = text[sent_start:end]
        rel = _RELATIVE_DAY.search(head)
        today = _TODAY.search(head)
        if rel is not None and day is not None and (today is None or today.start() < rel.start()):
            return (day - timedelta(days=_RELATIVE_DAYS[rel.group()[:2]])).isoformat()
        if today is not None and day is not None and head.count("“", 0, today.start()) <= head.count("”", 0, today.start()):
            # "在今天举行的…发布会上" after a lead dated 昨天: the report's day; in quoted words "今天" is
            # the speech's day, the day the narrative is on (left to the lead's day)
            return day.isoformat()
        if days and _SAME_DAY.search(head):  # "17日…会见哈立德。…当天也会见了哈立德": that day
            same = self._narrative_day(state, days, sent_start, year)
            if same is not None:
                return same
        if year is None or m.how == "inspect":
            return None  # a trip's vague days are decided with the whole trip (_undated_trips)
        lead_end = state.paragraphs[0][1] if state.paragraphs else len(text)
        if m.start < lead_end and m.how in ("at", "attend") and _is_reaction(state, self.words.reaction):
            return str(year)
        if m.how == "meet" and _DURING.search(head):
            return str(year)
        if m.how in ("convened", "held") and _DURING.search(head) and not _TIME_WORD.search(head):
            # "在某地期间，我们党召开了第N次代表大会": some day of a period the text does not date (call 10)
            return _NO_DAY
        if (m.how == "at" or (m.how == "held" and text.startswith("上", m.end) and _commentary(state, self.words.commentary))) \
                and not _TIME_WORD.search(text, sent_start, state.evidence_at(m.start).end) and not _lead_dated(state):
            # "某某主席在南州召开的某峰会上发表重要讲话" in a commentary or a later report whose lead gives no
            # day: the occasion of a remark cited, not the report's own news (call 10)
            return _NO_DAY
        if _DELEGATION.search(m.label) and _DURING.search(head) and not _TIME_WORD.search(head):
            return _NO_DAY  # "某届人大某次会议期间，王明参加…代表团审议": some day of the session, none of its own
        if state.vague_at(m.start) is not None or state.vague_at(m.end_of_match or m.end) is not None:
            return _NO_DAY
        if m.start >= lead_end and not trip and _vague_lead(state) and not _TIME_WORD.search(head):
            return _NO_DAY  # "连日来，我驻多国使馆举办…。中国驻缅甸大使馆举行…招待会": the lead's days
        if not trip and not _TIME_WORD.search(text, sent_start, state.evidence_at(m.start).end):
            past = self._lead_in_past(state, year, sent_start)
            if past:
                # "6月3日至5日，王明对某国进行正式访问…。王明出席…座谈会" on the 8th: some day of a
                # dated visit, the year alone (call 12a); after a lead of one earlier day, no day of its own
                return str(year) if past == "span" and year else _NO_DAY
        return None

    @classmethod
    def _lead_in_past(cls, state: DocState, year: int | None, sent_start: int) -> str:
        """Is the first date of the report's lead (not in the sentence at ``sent_start``) more than three
        days before the report: "span" (a range of days, "14日至19日"), "day", else ""?  Read once per report."""
        cached = state.__dict__.get("_kg_lead_past")
        if cached is None or cached[0] is not state.article:
            text, day = state.article.text, state.article.date
            lead_end = state.paragraphs[0][1] if state.paragraphs else len(text)
            first = _DATE_MD.search(text, 0, lead_end)
            when = cls._date_in(text[first.start() : first.end()], year, day) if first and day else None
            past = ""
            if first and when and day and date.fromisoformat(when) < day - timedelta(days=3):
                past = "span" if _RANGE_END.match(text, first.end()) else "day"
            cached = (state.article, past, state.evidence_at(first.start()).start if first else -1)
            state.__dict__["_kg_lead_past"] = cached
        return str(cached[1]) if cached[2] != sent_start else ""

    def _merge(self, existing: EventRecord, m: _Mention, when: str | None, sent_ev: Evidence, shared: bool,
               weak: set[str]) -> None:
        """A later mention of an event gives the date, place or longer name the first one lacked
        (only from a sentence that reports no other event); a day replaces a year alone."""
        vague = existing.start_date is not None and len(existing.start_date) == 4
        if (existing.start_date is None or existing.key in weak or vague) and when and len(when) == 10 and not shared:
            existing.start_date = when
        elif existing.start_date is None and when and not shared:
            existing.start_date = when
        if (existing.location is None or existing.key in weak) and m.place_text and not shared:
            existing.location = self._place(m.place_text)
        elif existing.location is None and not shared and m.how != "inspect":
            # "中共中央召开党外人士座谈会" (a headline), then "中共中央在中南海召开…座谈会"
            existing.location = self._place_in_sentence(m.label, sent_ev)
        if not shared:
            weak.discard(existing.key)
        if len(m.label) > len(existing.label) and m.how != "inspect":
            existing.label = m.label

    def _scheduled_date(self, state: DocState, m: _Mention, sent_start: int, end: int,
                        written: str | None = None) -> str | None:
        """A decided event's year ("确定2024年度…座谈会在浙江召开"); an announced one's own date
        ("将于2025年4月13日在海口举行"), None when no announcing word dates the event itself
        ("在…峰会上宣布2035年目标": the future is the target's, not the event's)."""
        if m.how == "decided" and (ym := re.match(r"(\d{4})", m.label)):
            return ym.group(1)
        clause = state.time_at(m.start)
        when = clause.date if clause is not None and clause.date and clause.tense == "future" else None
        day = state.article.date
        if when is None and written and len(written) == 10 and day and written > day.isoformat():
            when = written  # "定于14日与…举行会谈": a day ahead written without its month
        if when is None or not self.words.announced.search(state.article.text, sent_start, max(end, m.end_of_match)):
            return None
        if self.words.visit_span.search(state.article.text, sent_start, m.start):
            # "将于12日至16日对甲国进行国事访问并出席…峰会": the dates are the visit's, the summit the
            # purpose of the visit, with no day of its own (call 10)
            return None
        # "访问期间，…将出席某某博览会闭幕式": a year or month alone is no day of its own (call 10)
        return when if len(when) == 10 else None

    def _recalled(self, state: DocState, recalled: list[_Mention]) -> list[tuple[_Mention, EventRecord]]:
        """Events the report recalls with a date of their own ("2018年9月在沈阳召开…座谈会以来",
        "2013年11月，习近平在湘西考察时"): recorded with that date (never the report's day), no
        scope of their own, so nothing later in the report binds to them; a recalled trip keeps
        its traveller."""
        ex = state.extraction
        out: list[tuple[_Mention, EventRecord]] = []
        for m in recalled:
            existing = next((e for mm, e in out if mm.label == m.label and mm.past == m.past), None)
            if existing is None:
                sent_ev = state.evidence_at(m.start)
                place = self._place(m.place_text) if m.place_text else self._place_in_sentence(m.label, sent_ev)
                existing = EventRecord(key=f"e{len(ex.events) + 1}", kind=m.kind, label=m.label,
                                       start_date=m.past, location=place, evidence=sent_ev)
                ex.events.append(existing)
                if m.how == "inspect" and "在" in m.label:
                    person = m.label.split("在", 1)[0]
                    ex.participations.append(Participation(existing.key, AgentRef("person", person), "attendee", sent_ev))
                speaker = self._person_before(state, m.start, sent_ev.start) if m.how == "at" else None
                if speaker and _PAST_SPEECH_AFTER.match(state.article.text, m.end + 1):
                    for role in ("speaker", "attendee"):  # "习近平在…上的重要讲话": he spoke there
                        ex.participations.append(Participation(existing.key, AgentRef("person", speaker), role, sent_ev))
            out.append((m, existing))
        return out

    @staticmethod
    def _main_events(state: DocState, keyed: list[tuple[_Mention, EventRecord]]) -> list[str]:
        """The report's main event(s): those named in the first sentence that reports an event
        (the lead: "…座谈会在上海举行", "李强主持召开…", "韩正在雄安调研并主持召开座谈会"); later
        bare mentions ("会上", "出席座谈会") are read as this event unless they carry their own
        time or place."""
        reported = [(m, ev) for m, ev in keyed if m.how != "decided" and not ev.scheduled]
        if not reported:
            return []
        lead = min(state.sentence_index(m.start) for m, _ in reported)
        keys = [ev.key for m, ev in reported if state.sentence_index(m.start) == lead]
        return list(dict.fromkeys(keys))

    @staticmethod
    def _write_spans(doc: Doc, state: DocState, keyed: list[tuple[_Mention, EventRecord]]) -> None:
        """``doc.spans["kg_events"]``: every event mention, ``Span._.kg_event`` its key;
        ``doc.spans["kg_main_events"]``: the mentions of the main event(s) in the lead."""
        mentions, main = [], []
        lead_seen: set[str] = set()
        for m, ev in keyed:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            span._.kg_event = ev.key
            mentions.append(span)
            if ev.key in state.main_events and ev.key not in lead_seen:
                lead_seen.add(ev.key)
                main.append(span)
        doc.spans["kg_events"] = mentions
        doc.spans["kg_main_events"] = main

    def _scopes(self, state: DocState, keyed: list[tuple[_Mention, EventRecord]], unrecorded: int | None = None) -> None:
        """Each event reported in its own right ("…在上海举行") covers the text from its
        paragraph to the next such event; the first one also covers what precedes it, unless an
        event not recorded for want of a day of its own is reported there first (``unrecorded``: where
        it is named; what is said of it binds to no other event)."""
        text_len = len(state.article.text)
        openers: list[tuple[int, str]] = []
        seen: set[str] = set()
        for m, ev in keyed:
            if m.how in ("held", "convened") and ev.key not in seen and not ev.scheduled and not m.sentence_only:
                # (an event to come: none of today's text)
                if state.main_events and ev.key not in state.main_events and not self._own_setting(state, m):
                    continue  # "召开座谈会" in passing: still the main event's text
                seen.add(ev.key)
                para = next((ps for ps, pe in state.paragraphs if ps <= m.start < pe), m.start)
                openers.append((para, ev.key))
        if not openers:
            firsts = [(m, ev) for m, ev in keyed if m.how in ("chair", "at", "attend", "report", "meet") and ev.kind != "Inspection"]
            firsts = firsts or [(m, ev) for m, ev in keyed if m.how == "inspect"]
            if firsts:
                # "…峰会16日继续举行。…出席并发言。…15日晚，…出席…欢迎晚宴": the text before the first event
                # tells of the event not recorded (``unrecorded``), not of this one
                at = firsts[0][0].start
                para = next((ps for ps, pe in state.paragraphs if ps <= at < pe), at)
                openers.append((0 if unrecorded is None or unrecorded > at else para, firsts[0][1].key))
        items = self._bundle_items(state)
        where = {ev.key: m.start for m, ev in reversed(keyed)}  # where each event is first named
        for i, (start, key) in enumerate(openers):
            end = openers[i + 1][0] if i + 1 < len(openers) else text_len
            first = i == 0 and (unrecorded is None or unrecorded > start)
            if items:  # a bundle of news items: an event's report is its own item's text, no other's
                at = where.get(key, start)
                item = max((h for h in items if h <= at), default=0)
                end = min(end, min((h for h in items if h > at), default=text_len))
                start, first = max(start, item), first and item == 0
            state.event_scopes.append((0 if first else start, end, key))
        for m, ev in keyed:
            # a later meeting of its own ("闭幕会后，…举行专题讲座，X主持") holds its sentence
            if m.how in ("chair", "at", "attend", "decided", "convened", "held", "meet", "report", "lecture") \
                    and ev.key not in seen:
                sent = state.evidence_at(m.start)
                state.event_scopes.append((sent.start, sent.end, ev.key))
                seen.add(ev.key)

    def _bundle_items(self, state: DocState) -> list[int]:
        """Where each item of a bundle of news items begins (its headline line: a short paragraph that ends
        no sentence), when the report is titled as a bundle (``bundle`` in ``event_words.csv``: 快讯); []
        otherwise (a single report's subheadings divide no events)."""
        if not self.words.bundle.search(state.article.title or ""):
            return []
        text = state.article.text
        return [ps for ps, pe in state.paragraphs
                if 0 < len(text[ps:pe].strip()) <= 40 and not re.search(r"[。！？；：:]\s*$", text[ps:pe])]

    @staticmethod
    def _own_setting_at(state: DocState, offset: int) -> bool:
        """Does the clause at ``offset`` give a date of its own?"""
        clause = state.time_at(offset)
        return clause is not None and clause.date is not None

    @staticmethod
    def _own_setting(state: DocState, m: _Mention) -> bool:
        """Does a later mention carry its own time or place (then it may be another event)?"""
        clause = state.time_at(m.start)
        return bool(m.place_text) or (clause is not None and clause.date is not None)

    def _sub_events(self, state: DocState, keyed: list[tuple[_Mention, EventRecord]]) -> None:
        """An event first reported inside another event's scope as chaired/attended (not
        as held on its own, not scheduled) is part of that event ("李强主持成果发布会"); so is one
        within a main meeting with guests ("李克强会见李家超…。韩正出席并主持颁发国务院令仪式")."""
        held = {ev.key for m, ev in keyed if m.how in ("held", "convened")}
        hosts = held | {ev.key for m, ev in keyed if m.how == "meet" and ev.key in state.main_events}
        hosts -= {ev.key for _, ev in keyed if ev.scheduled}  # an event to come holds nothing reported now
        for m, ev in keyed:
            if ev.key in held or ev.scheduled or ev.super_event:
                continue
            parent = None
            for s, e, key in state.event_scopes:
                if key != ev.key and key in hosts and s <= m.start < e:
                    parent = key
            if parent and ev.kind in ("PressConference", "Ceremony"):
                ev.super_event = parent
        self._studied_in_meeting(state, keyed)

    @staticmethod
    def _studied_in_meeting(state: DocState, keyed: list[tuple[_Mention, EventRecord]]) -> None:
        """"主席会议举行了2022年第二次集体学习", "会议还进行了专题学习": a study session the meeting holds is
        part of it, where it is held (the report's main meeting, named as the clause's subject)."""
        text = state.article.text
        main = next((ev for _, ev in keyed if state.main_events and ev.key == state.main_events[0]), None)
        for m, ev in keyed:
            if main is None or ev is main or ev.super_event or not _STUDY_SESSION.search(ev.label):
                continue
            ss = state.evidence_at(m.start).start
            clause = max(ss, max(text.rfind(c, ss, m.start) for c in "，。；：") + 1)
            if _STUDY_IN_MEETING.fullmatch(text, clause, m.start) and main.kind == "Meeting":
                ev.super_event = main.key
                ev.location = ev.location or main.location

    def _trip_meetings(
        self, state: DocState, keyed: list[tuple[_Mention, EventRecord]], year: int | None, weak: set[str]
    ) -> None:
        """A meeting held on a leader's trip ("在陕西调研…主持召开座谈会") is an event of its own (a
        trip is no meeting, so no ``schema:superEvent``); without a date of its own it is dated by
        the year alone, not by the report's day (the trip lasted several days), at the trip's place."""
        trip = next((ev for m, ev in keyed if m.how == "inspect"), None)
        if trip is None or trip.key not in state.main_events:
            return
        lead = next(m for m, ev in keyed if ev is trip)
        text = state.article.text
        if not _DATE_MD.search(text, state.evidence_at(lead.start).start, lead.end):
            # "…近日在河南考察…。9月16日至18日，习近平在…陪同下…": the trip's days come later
            span = _DATE_SPAN.search(text)
            when = span and self_date(span.group(1), year, state.article.date)
            if when:
                trip.start_date = when
        days = [d.start() for d in _DATE_MD.finditer(text)]  # once: asked for every meeting on the trip
        # "习近平24日到北部战区视察…。随后，…接见…": the one day the trip's own sentence gives counts
        # too (not a range: "20日至22日在江西考察" leaves the day of each meeting open)
        lead_sent = state.evidence_at(lead.start)
        since = lead.start if _DATE_SPAN.search(text, lead_sent.start, lead_sent.end) else lead_sent.start
        for m, ev in keyed:
            if ev is trip or ev.kind == "Inspection" or ev.scheduled or ev.super_event:
                continue
            if m.how in ("report", "meet"):
                # a work report heard or guests met on the trip: its own day, else the day the
                # narrative is on ("16日下午，习近平首先来到…。参观结束后，…会见了…"), else the year
                day_at = _last_day_before(days, since, m.start)
                day = self._date_in(text[day_at : m.start], year, state.article.date) if day_at >= 0 else None
                ev.start_date = ev.start_date or day or (str(year) if year else None)
                if m.how == "meet" and day and ev.location is None:
                    para = next((ps for ps, pe in state.paragraphs if ps <= day_at < pe), day_at)
                    ev.location = self._city_before(text[para : m.start], trip.location)
                if m.how == "report" and ev.location is None:
                    ev.location = trip.location
                continue
            if m.how not in ("chair", "convened", "held", "attend", "at"):
                continue
            sentence = state.evidence_at(m.start)
            ranged = bool(_DATE_SPAN.search(text, sentence.start, sentence.end))
            one_day = ev.key in weak and not ranged
            # "15日至17日，汪洋先后到开封、周口、郑州…并主持召开座谈会": the days are the trip's
            ranged = ranged and sum(1 for _, e in keyed if e is ev) == 1
            if (ev.start_date is None or ranged or (ev.key in weak and not one_day)) and year:
                ev.start_date = str(year)  # no day of its own: only the trip's days are known
                ev.location = ev.location or trip.location

    def _city_before(self, head: str, province: PlaceRef | None) -> PlaceRef | None:
        """The last city of the trip's province named in ``head`` ("大别山区的信阳市新县…")."""
        cities = [m.value for m in self.places.find(head) if m.kind == "city" and not self.words.named_after.match(head, m.end)]
        for name in reversed(cities):
            city = self.ref.city(name)
            if city is not None and (province is None or province.name in (city.province, name)):
                return PlaceRef("city", name)
        return None

    @staticmethod
    def _trip_labels(state: DocState, keyed: list[tuple[_Mention, EventRecord]]) -> None:
        """A trip is labelled "PERSON在PLACE考察" (or 调研), never with the first stop's fragment."""
        for m, ev in keyed:
            if m.how != "inspect" or ev.kind != "Inspection":
                continue
            leader = next(
                (p.agent.name for p in state.extraction.participations if p.event == ev.key and p.agent.kind == "person"),
                None,
            )
            place = ev.location.name if ev.location else (m.place_text or "").replace("、", "")
            if len(place) > 8:
                place = ""  # "中国与葡语国家商贸合作服务平台综合体": a building, not the trip's place
            verb = next((v for v in _TRIP_VERBS if m.label.endswith(v)), "考察")
            if leader:
                ev.label = f"{leader}在{place}{verb}" if place else f"{leader}{verb}"
            break

    def _identities(self, state: DocState) -> None:
        """The report's main events get an identity that other reports of the same event share
        (kind, day, the person who chaired it or travelled, head noun), and a bare noun as label
        ("座谈会") becomes "X主持召开的座谈会"."""
        ex = state.extraction
        for ev in ex.events:
            if ev.key not in state.main_events or ev.scheduled:
                continue
            role = "attendee" if ev.kind == "Inspection" else "chair"
            person = next((p.agent.name for p in ex.participations if p.event == ev.key and p.role == role), None)
            if person is None:
                continue
            if ev.start_date and len(ev.start_date) == 10:
                noun = next((n for n in sorted(self.kinds, key=len, reverse=True) if ev.label.endswith(n)), "")
                ev.identity = f"{ev.kind}|{ev.start_date}|{person}|{noun}"

    def _bare_labels(
        self, state: DocState, keyed: list[tuple[_Mention, EventRecord]], undated: list[str]
    ) -> list[tuple[_Mention, EventRecord]]:
        """An event still labelled by a bare noun once :meth:`_identities` ran (no chair named) is
        labelled by the body that held it ("国新办今天举行新闻发布会" → "国新办新闻发布会"); a
        generic noun or a description with no such body ("会议", "简短而庄严的仪式") names no
        event, and the event is not recorded."""
        drop: set[str] = set(undated)
        ex = state.extraction
        seen: set[str] = set()
        for m, ev in keyed:
            session = bool(self.words.session.fullmatch(ev.label))
            core = ev.label if session else _ORDINAL.sub("", ev.label)  # "第十八讲专题讲座": a numbered bare noun
            common = not session and self._common_noun(core) and not _NUMBERED_EDITION.match(ev.label)
            bare = core in self.kinds or core == "会议" or bool(_DESCRIBED.fullmatch(ev.label)) or common
            if not (bare or session) or ev.key in drop or ev.key in seen:
                continue
            seen.add(ev.key)
            noun = next((n for n in sorted(self.kinds, key=len, reverse=True) if ev.label.endswith(n)), ev.label)
            generic = core in self.generic or noun in self.generic
            if core != ev.label:
                noun = ev.label
            organiser = self._organiser(state, m) if m.how == "convened" else self._held_at_body(m)
            chair = next((p.agent.name for p in ex.participations if p.event == ev.key and p.role == "chair"), None)
            named = self._session_label(state, ev, organiser, bare) if session else self._welcome_label(state, ev, noun)
            if named == "":
                drop.add(ev.key)
            elif named:
                ev.label = named
            elif organiser and (self.words.body_name.search(organiser) or self.abroad_re.fullmatch(organiser) or not (common or generic)):
                # (a country holds one too: "某国5日举行阅兵仪式" → "某国阅兵仪式")
                # "中共中央政治局10月24日召开会议" → "中共中央政治局会议"; a common noun after a body
                # keeps all of it ("…政府召开内阁会议"); a generic one after no body ("当地民众",
                # "与会领导人") names nothing
                ev.label = organiser + (ev.label if common else noun)
            elif (purpose := self.words.ceremony_purpose.match(state.article.text, m.end)) and ev.kind == "Ceremony":
                ev.label = purpose.group("purpose") + noun  # "举行…仪式，纪念孙中山先生逝世100周年"
            elif chair and (named_main := self._named_main(state, ev, noun)) is not None:
                # "…庆祝某某成立70周年大会今天举行。李四主持庆祝大会": the lead's named event of that kind
                _rekey(state, ev.key, named_main.key)
                drop.add(ev.key)
            elif chair and ev.kind not in ("Inspection", "Ceremony") and not _DESCRIBED.fullmatch(ev.label):
                # "调研期间，李希主持召开座谈会"
                where = f"在{ev.location.name}" if ev.location and (ev.key in state.main_events or m.at_each) else ""
                ev.label = f"{chair}{where}主持召开的{ev.label}"
            elif common and m.how == "convened" and (named := self._held_by(state, m.start)):
                ev.label = f"{named}举行的{ev.label}"  # "王明…举行颁授仪式": a common noun names no event alone
            elif m.how == "convened" and ev.kind == "PressConference" and (host := self._host(state, m.start)) \
                    and _PERSON_HOLDS.search(state.article.text, state.sentences[state.sentence_index(m.start)][0], m.start):
                # "某国外交部长王强15日在南都召开发布会，呼吁…": the person who holds it speaks there
                ev.label = f"{host}{ev.label}"
                ex.participations.append(Participation(ev.key, AgentRef("person", host), "speaker", ev.evidence))
                ex.participations.append(Participation(ev.key, AgentRef("person", host), "attendee", ev.evidence))
            elif m.how == "convened" and not generic and ev.kind == "Meeting" and (host := self._host(state, m.start)):
                # "栗战书先后来到林芝、拉萨，…召开座谈会": the person who convenes it chairs it
                ev.label = f"{host}召开的{ev.label}"
                for role in ("chair", "attendee"):
                    ex.participations.append(Participation(ev.key, AgentRef("person", host), role, ev.evidence))
            else:
                drop.add(ev.key)  # "新闻发布会", "升国旗仪式", "简短而庄严的仪式", "闭幕式": whose, it does not say
        if not drop:
            return keyed
        ex.events = [e for e in ex.events if e.key not in drop]
        ex.participations = [p for p in ex.participations if p.event not in drop]
        ex.decisions = [d for d in ex.decisions if d.event not in drop and d.decided not in drop]
        ex.reviewed = [r for r in ex.reviewed if r.event not in drop]
        state.main_events = [k for k in state.main_events if k not in drop]
        state.event_scopes = [sc for sc in state.event_scopes if sc[2] not in drop]
        return [(m, ev) for m, ev in keyed if ev.key not in drop]

    def _named_main(self, state: DocState, ev: EventRecord, noun: str) -> EventRecord | None:
        """The report's main event, named in full, that a chaired bare noun after it names again
        ("某某会晤在北城举行。甲国总统主持会议", "庆祝…大会今天举行。李四主持庆祝大会"): of the same kind,
        its name ending with the noun and holding what the bare label puts before it ("庆祝")."""
        main = next((e for e in state.extraction.events if state.main_events and e.key == state.main_events[0]), None)
        if main is None or main is ev or main.kind != ev.kind or main.scheduled or ev.scheduled \
                or main.evidence.start > ev.evidence.start or main.label in self.kinds:
            return None
        head = ev.label[: len(ev.label) - len(noun)] if ev.label.endswith(noun) else ""
        if not main.label.endswith(noun) or (head and head not in main.label):
            return None
        return main

    def _holders(self, state: DocState, keyed: list[tuple[_Mention, EventRecord]]) -> None:
        """An event a body holds, named without it ("某办举行专题发布会", "中国驻某国大使馆举办国庆招待会",
        "…南州赛区举行志愿者授旗仪式") is named with the body: its name alone is no one's.  A name that
        gives its holder or its number already ("政协第十三届…会议", "第九届南海论坛") keeps it."""
        for m, ev in keyed:
            if m.how != "convened" or m.label != ev.label or ev.kind == "Inspection":
                continue
            organiser = self._organiser(state, m)
            if not organiser or "、" in organiser or not self.words.body_name.search(organiser) or organiser[:2] in ev.label \
                    or self._only_places(organiser):
                continue  # "南方南州举行…大会": a place holds it, named where it is held
            if ev.kind == "PressConference" or not _NAMED_ALREADY.search(ev.label):
                ev.label = organiser + ev.label

    def _session_label(self, state: DocState, ev: EventRecord, organiser: str | None, bare: bool) -> str | None:
        """The name of a plenary or group session: its meeting's ("…第十二次会议24日上午举行分组会议"),
        its body's ("…选举产生的中央纪律检查委员会，于…举行第一次全体会议"), or the report's numbered
        meeting's ("上午，举行第一次全体会议" under "…第十八次会议"); "" when nothing names it; None to
        name it as any other bare noun."""
        if organiser and self.noun_re.search(organiser):
            return organiser + ev.label
        body = _BODY.match(state.article.text, ev.evidence.start, ev.evidence.end)
        if body and not organiser:
            return body.group(1) + ev.label
        if not bare:
            parent = self._session_of(state, ev)
            return parent + ev.label if parent else ""
        return None

    def _welcome_label(self, state: DocState, ev: EventRecord, noun: str) -> str | None:
        """A welcome ceremony or another hosted occasion (``hosted`` in ``event_words.csv``: 早餐会) named by host and guest ("李强举行仪式，欢迎新西兰总理拉克森…" → "李强为
        新西兰总理拉克森举行的欢迎仪式", "王明在某某广场为某国总统甲举行欢迎仪式" → "王明为某国总统甲举行的
        欢迎仪式"); "" when they are not named; None for any other ceremony.  The host and the guest, when
        they are persons, attend it."""
        text = state.article.text
        if noun not in self.words.hosted and not (noun == "仪式" and _WELCOMED.search(text, ev.evidence.start, ev.evidence.end)):
            return None
        guest = _WELCOMED.search(text) if noun in ("欢迎仪式", "仪式") else None
        if guest is not None:
            host = self._host(state, guest.start("guest"))
            span = guest.span("guest")
        else:  # "…为某国总统甲举行欢迎仪式": the host before 为, the guest after it
            cue = text.find(noun, ev.evidence.start, ev.evidence.end)
            start = max(text.rfind(c, 0, cue) for c in "，。；\n") + 1
            held = _HELD_FOR.search(text, start, cue) if cue >= 0 else None
            if held is None:
                return ""
            host = next((n for s, e, n in sorted(((s, e, n) for n, sp in state.person_mentions.items() for s, e in sp),
                                                reverse=True) if held.start("by") <= s and e <= held.end("by")), None)
            span = held.span("for")
        if not host:
            return ""
        for name, spans in state.person_mentions.items():
            if name == host or any(span[0] <= s and e <= span[1] for s, e in spans):
                for role in ("attendee",):
                    if not any(p.event == ev.key and p.agent.name == name and p.role == role for p in state.extraction.participations):
                        state.extraction.participations.append(Participation(ev.key, AgentRef("person", name), role, ev.evidence))
        return f"{host}为{text[span[0]:span[1]]}举行的{noun if noun != '仪式' else '欢迎仪式'}"

    def _held_at_body(self, m: _Mention) -> str | None:
        """"在今天上午国务院新闻办公室举行的新闻发布会上": the body named where a place would be, after
        the words of time."""
        if m.how != "held" or not m.place_text or self._place(m.place_text) is not None:
            return None
        body = _TIME_WORDS.sub("", m.place_text)
        return body if len(body) >= 2 and self.words.body_name.search(body) and not _NOT_ORGANISER.search(body) else None

    def _common_noun(self, label: str) -> bool:
        """"内阁会议", "起灵仪式", "表彰大会": one or two characters before a generic noun (``generic``
        in ``event_kinds.csv``) make a common noun, not a name, unless they name a place (a noun of
        its own there, "常务会议", is the table's to decide); before a noun generic only bare
        (``generic`` "bare": 论坛) one character does ("分论坛"), two name it ("两岸论坛", "海丝论坛")."""
        if label in self.kinds:
            return False  # a noun of the table: bare, decided by the table
        for noun in self.generic:
            longest = 2 if noun in self.common_bases else 1
            if len(noun) >= 2 and label.endswith(noun) and 1 <= len(label) - len(noun) <= longest:
                modifier = label[: -len(noun)]
                return bool(re.fullmatch(f"[{CJK}]+", modifier)) and not any(
                    m.kind in ("province", "city") for m in self.places.find(modifier))
        return False

    def _session_of(self, state: DocState, ev: EventRecord) -> str | None:
        """The numbered meeting ("十四届全国人大常委会第十八次会议") among the report's main events
        whose plenary or group session ``ev`` is."""
        for other in state.extraction.events:
            if other is not ev and other.key in state.main_events and _NUMBERED_MEETING.search(other.label) \
                    and not self.words.session.search(other.label):
                return other.label
        return None

    def _held_by(self, state: DocState, cue: int) -> str | None:
        """Who holds the event at ``cue`` and for whom: "俄方为习近平主席在机场举行迎接仪式" →
        "俄方为习近平", "王明…举行颁授仪式" → "王明" (the honoree after 为 is no host)."""
        text = state.article.text
        start = max(text.rfind(c, 0, cue) for c in "，。；\n") + 1
        hm = _HELD_FOR.search(text, start, cue)
        if hm is not None:
            s, e = hm.span("for")
            honoree = next((n for n, spans in state.person_mentions.items() for a, b in spans if s <= a and b <= e),
                           hm.group("for"))
            return f"{hm.group('by')}为{honoree}"
        return self._host(state, cue)

    @staticmethod
    def _host(state: DocState, cue: int) -> str | None:
        """The person last named before the cue in its clause ("国务院总理李强…举行仪式，欢迎")."""
        text = state.article.text
        start = max(text.rfind(c, 0, cue) for c in "。\n") + 1
        best: tuple[int, str] | None = None
        for name, spans in state.person_mentions.items():
            for s, e in spans:
                if start <= s and e <= cue and not re.search(r"[。；]", text[e:cue]) and (best is None or s > best[0]):
                    best = (s, name)
        return best[1] if best else None

    def _undated_trips(self, state: DocState, keyed: list[tuple[_Mention, EventRecord]], year: int | None) -> list[str]:
        """A trip no sentence gives a day is never stamped with the report's day: a trip a reaction
        report tells of is dated by the year, and so is one in days the text does not give ("近日在广东
        考察": ``DocState.vague_at``) when a stop of it has a day ("6日上午，…听取…汇报"); without one it
        has no day of its own (settled call 10) and, like a trip with no time at all ("习近平总书记在贵州
        考察时强调…" in a feature, "春节前夕…到基层调研"), is not recorded (its key is returned)."""
        text = state.article.text
        out = []
        reaction = bool(self.words.reaction.search(state.article.title or "")) or bool(
            self.words.reaction.search(text, 0, state.paragraphs[0][1] if state.paragraphs else len(text)))
        for ev in {id(e): e for m, e in keyed if m.how == "inspect"}.values():
            if ev.start_date is not None:
                continue
            spans = [state.evidence_at(m.start) for m, e in keyed if e is ev]
            vague = any(state.vague_at(m.start) for m, e in keyed if e is ev)
            # "近日在江西考察。…6日上午，听取…工作汇报": a stop of the trip has its day, the trip is news
            dated_stop = any(e is not ev and e.start_date and len(e.start_date) == 10 for _, e in keyed)
            if (reaction or (vague and dated_stop)) and year:
                ev.start_date = str(year)
            elif vague or not any(
                    _RECENT.search(text, sp.start, sp.end) for sp in spans):
                out.append(ev.key)
        return out

    @staticmethod
    def _organiser(state: DocState, m: _Mention) -> str | None:
        """The body before "举行/召开" in the mention's clause ("世界贸易组织14日在日内瓦举行会议"),
        when it is no person."""
        text = state.article.text
        sent = state.evidence_at(m.start)
        head = text[sent.start : m.start]
        head = re.sub(r"(?:隆重)?(?:举行|召开|举办|进行)了?$", "", head)
        head = head[max(head.rfind(c) for c in "，,：:；") + 1 :]
        head = _TIME_WORDS.sub("", head)  # "今天（3日）下午国新办举行专题发布会": the time before the body
        hit = _ORGANISER.fullmatch(head)
        if hit is None or _NOT_ORGANISER.search(hit.group("org")):
            return None
        start = text.rfind(head, sent.start, m.start) if head else m.start
        end = start + len(hit.group("org"))
        for spans in state.person_mentions.values():
            if any(s < end and start < e for s, e in spans):
                return None
        return hit.group("org")

    def _decisions(self, state: DocState, keyed: list[tuple[_Mention, EventRecord]]) -> None:
        for m, ev in keyed:
            if m.how != "decided":
                continue
            parent = None
            for s, e, key in state.event_scopes:
                if key != ev.key and s <= m.start < e and (parent is None or e - s < parent[0]):
                    parent = (e - s, key)
            if parent:
                state.extraction.decisions.append(Decision(parent[1], ev.key, state.evidence_at(m.start)))

    def _fill_dates(self, state: DocState, year: int | None, unrecorded_place: str | None = None) -> None:
        """An event no sentence of its own dates: its super event's day, else the day the report's
        lead gives ("习近平5日抵达莫斯科…。俄方…举行迎接仪式" broadcast on the 6th), else the report's."""
        by_key = {e.key: e for e in state.extraction.events}
        lead_day = self._lead_day(state, year)
        for ev in state.extraction.events:
            if ev.start_date is None and ev.super_event and by_key[ev.super_event].start_date:
                ev.start_date = by_key[ev.super_event].start_date
            if ev.start_date is None and not ev.scheduled and state.article.date:
                ev.start_date = lead_day or state.article.date.isoformat()
            if ev.location is None and ev.super_event:
                ev.location = by_key[ev.super_event].location
            main = by_key.get(state.main_events[0]) if state.main_events else None
            if ev.location is None and _AROUND_MAIN.match(ev.evidence.text):
                # "闭幕会后，…举行专题讲座": where the meeting was (a session closing that day, not
                # recorded for want of its opening day, was somewhere too)
                if main is not None and ev is not main:
                    ev.location = main.location
                elif unrecorded_place:
                    ev.location = self._place(unrecorded_place)

    def _lead_day(self, state: DocState, year: int | None) -> str | None:
        """The day the report's first dated sentence of its lead gives, when it is one of the days
        just before the report (a later date, or one weeks back, is no day of the news)."""
        text, day = state.article.text, state.article.date
        lead_end = state.paragraphs[0][1] if state.paragraphs else len(text)
        for ss, se in state.sentences:
            if ss >= lead_end:
                break
            m = _DATE_MD.search(text, ss, se)
            if m is None:
                continue
            if state.time_at(m.start()) is not None and state.time_at(m.start()).tense != "report":  # type: ignore[union-attr]
                return None
            when = self._date_in(text[ss : m.end()], year, day)
            if when and day and day - timedelta(days=3) <= date.fromisoformat(when) <= day:
                return when
            return None
        return None

    def _participation(self, state: DocState, keyed: list[tuple[_Mention, EventRecord]],
                       undayed: list[_Mention] | None = None) -> None:
        """Who took part in which event and how: the leader touring or hearing a report, the people
        before a cue ("出席", "主持", "陪同"), and the speaker before "X说，…"; each step is its own
        method so the cue wording of each stays readable."""
        ex = state.extraction
        cast = _Cast(
            spans=sorted((s, e, name) for name, spans in state.person_mentions.items() for s, e in spans),
            # an event named right after a cue that has no day of its own takes nobody ("" : no event)
            explicit={**{m.start: "" for m in undayed or []},
                      **{(m.start): ev.key for m, ev in keyed if m.how in ("chair", "attend", "at", "report")}},
            kinds={ev.key: ev.kind for ev in ex.events},
            inspections=[ev.key for m, ev in keyed if m.how == "inspect"],
            meets=[(m.start, ev.key) for m, ev in keyed if m.how == "meet"],
            letters=_letter_senders(state, self.words.letter),
        )
        self._tour_leaders(state, cast, keyed)
        self._sides_witness(state, cast, keyed)
        for m, ev in keyed:  # "习近平…接受…大使递交国书": the leader receiving the envoys attends
            if ev.label.endswith(_CREDENTIALS) and (host := self._person_before(state, m.start, state.evidence_at(m.start).start)):
                self._add_participation(state, cast, ev.key, host, "attendee", m.start)
        for ss, se in state.sentences:
            self._cue_participants(state, cast, ss, se)
            self._listed_after(state, cast, ss, se)
            self._speakers(state, cast, ss, se)
            self._reported_speakers(state, cast, ss, se)
        self._part_of_whole(state)
        self._each_its_cast(state, keyed)

    @staticmethod
    def _each_its_cast(state: DocState, keyed: list[tuple[_Mention, EventRecord]]) -> None:
        """"分别在A和B…主持召开座谈会": the two meetings one cue names have the same chair and attendees (the
        cue found the one its position is keyed by)."""
        ex = state.extraction
        pairs = [(m.start, ev.key) for m, ev in keyed if m.at_each]
        for start, key in pairs:
            for other_start, other in pairs:
                if other != key and other_start == start:
                    have = {(p.agent, p.role) for p in ex.participations if p.event == other}
                    ex.participations += [dataclasses.replace(p, event=other) for p in ex.participations
                                          if p.event == key and (p.agent, p.role) not in have]

    def _sides_witness(self, state: DocState, cast: _Cast, keyed: list[tuple[_Mention, EventRecord]]) -> None:
        """"会谈后，两国元首共同见证了…交换仪式": the two sides of the meeting before it (its host and guest,
        named in its label) attend the ceremony their clause's subject names them by."""
        text = state.article.text
        for m, ev in keyed:
            if m.how != "witness":
                continue
            ss = state.evidence_at(m.start).start
            clause = max(text.rfind(c, ss, m.start) for c in "，。；：") + 1
            if not self.words.sides.match(text, max(clause, ss)):
                continue
            met = [(o, k) for o, k in cast.meets if o < m.start]
            if not met:
                continue
            label = next(e.label for e in state.extraction.events if e.key == met[-1][1])
            sides = {p.agent.name for p in state.extraction.participations if p.event == met[-1][1]
                     and p.agent.kind == "person" and p.agent.name in label}
            for side in sorted(sides):
                self._add_participation(state, cast, ev.key, side, "attendee", m.start)

    def _listed_after(self, state: DocState, cast: _Cast, ss: int, se: int) -> None:
        """"出席座谈会的党外人士还有郑建邦、辜胜阻…等": the people listed after the cue attend the event
        it names (or the one in scope); "他们是：某国大使甲、…" after a credentials ceremony: its envoys."""
        text = state.article.text
        for lm in _LISTED_AFTER.finditer(text, ss, se):
            if state.is_past(lm.start()) or _future(state, lm.start()):
                continue
            target = self._cue_target(state, cast, lm)
            for s, e, name in cast.spans:
                if lm.end() <= s and e <= se:
                    self._add_participation(state, cast, target, name, "attendee", s)
        they = _THEY_ARE.match(text, ss)
        target = state.event_at(ss) if they is not None else None
        if they is not None and target and any(e.key == target and e.label.endswith(_CREDENTIALS) for e in state.extraction.events):
            for s, e, name in cast.spans:
                if they.end() <= s and e <= se:
                    self._add_participation(state, cast, target, name, "attendee", s)

    @staticmethod
    def _part_of_whole(state: DocState) -> None:
        """Who attends a ceremony within a forum ("出席论坛开幕式并致辞") attends the forum too; who
        speaks at it is its speaker, not the forum's.  When the report's lead is the ceremony (the
        forum's opening day), what it tells of the forum happens there: the forum's speakers
        ("…先后致辞") speak at the ceremony, and its attendees attend it."""
        ex = state.extraction
        parent: dict[str, str] = {e.key: e.super_event for e in ex.events if e.super_event and e.kind == "Ceremony"}
        if not parent:
            return
        children: dict[str, list[str]] = {}
        for child, up in parent.items():
            children.setdefault(up, []).append(child)
        opening = {up: kids[0] for up, kids in children.items() if len(kids) == 1 and kids[0] in state.main_events}
        moved = []
        for p in ex.participations:
            if p.event in opening:
                moved.append(dataclasses.replace(p, event=opening[p.event]))
                if p.role == "speaker":
                    continue  # said at the opening
            moved.append(p)
        spoke = {(parent[p.event], p.agent) for p in moved if p.event in parent and p.role == "speaker"}
        out: list[Participation] = []
        have: set[tuple[str, AgentRef, str]] = set()
        for p in moved:
            if (p.role == "speaker" and (p.event, p.agent) in spoke) or (p.event, p.agent, p.role) in have:
                continue
            have.add((p.event, p.agent, p.role))
            out.append(p)
            whole = parent.get(p.event)
            if whole is not None and p.role == "attendee" and (whole, p.agent, "attendee") not in have:
                have.add((whole, p.agent, "attendee"))
                out.append(dataclasses.replace(p, event=whole))
        ex.participations = out

    @staticmethod
    def _add_participation(state: DocState, cast: _Cast, event: str | None, person: str, role: str,
                           offset: int) -> None:
        """Record ``person`` in ``role`` at ``event`` once; a chair or speaker also attends, and on a
        trip everyone is an attendee (a trip has no chair or speaker; its meetings do)."""
        if not event:
            return  # no event, or one with no day of its own ("")
        ex = state.extraction
        if cast.kinds.get(event) == "Inspection":
            role = "attendee"
        ev = state.evidence_at(offset)
        for r in ([role, "attendee"] if role != "attendee" else [role]):
            p = Participation(event, AgentRef("person", person), r, ev)  # type: ignore[arg-type]
            if not any(q.event == p.event and q.agent == p.agent and q.role == p.role for q in ex.participations):
                ex.participations.append(p)

    def _tour_leaders(self, state: DocState, cast: _Cast, keyed: list[tuple[_Mention, EventRecord]]) -> None:
        """The leader who tours or hears the report takes part: the person named right before the cue,
        or the sentence's subject when others accompany him."""
        text = state.article.text
        for m, ev in keyed:
            if m.how not in ("inspect", "report", "meet", "lecture"):
                continue
            lead = [n for s, e, n in cast.spans if e <= m.start and m.start - e <= 24]
            if m.how == "meet":
                sent = state.evidence_at(m.start)
                # "X分别会见A、B": the host the label names, not the guest named before this one; that one is
                # a guest of this meeting too unless another meeting is his ("会见A、B和C": one meeting)
                named = _MEET_PARTS.match(ev.label)
                before = self._person_before(state, m.start, sent.start)
                host = named.group(1) if named and named.group(1) in state.person_mentions else before
                if before and before != host and not any(before in e.label for mm, e in keyed if mm.how == "meet" and e is not ev):
                    self._add_participation(state, cast, ev.key, before, "attendee", m.start)
                if named and named.group(3) in state.person_mentions and named.group(3) != host:
                    self._add_participation(state, cast, ev.key, named.group(3), "attendee", m.start)  # the guest it names
                lead = [host] if host else []
                # the guests named in the label attend too
                for s, e, n in cast.spans:
                    if m.start <= s and e <= m.end and n != host:
                        self._add_participation(state, cast, ev.key, n, "attendee", m.start)
            sent = state.evidence_at(m.start)
            subject = [n for s, e, n in cast.spans if sent.start <= s and e <= m.start]
            if subject and "陪同" in text[sent.start : m.start]:
                lead = subject[:1]  # "习近平在…崔世安陪同下，来到…考察": the subject tours
            if lead:
                # the leader hearing a province's work report speaks on it ("对…给予肯定，希望…")
                role = "speaker" if (m.how == "report" and m.label.endswith("工作汇报")) or m.how == "lecture" else "attendee"
                self._add_participation(state, cast, ev.key, lead[-1], role, m.start)

    def _cue_participants(self, state: DocState, cast: _Cast, ss: int, se: int) -> None:
        """The people named before each role cue of a sentence take part in the event the cue names
        (or the one in scope) in the cue's role."""
        text = state.article.text
        prev = ss
        last: tuple[list[str], str | None] = ([], None)
        for found in self._cue_scan.finditer(text, ss, se):
            cm = self.cue_re.match(text, found.start(), se)  # the same match, with its cue's group
            if cm is None:
                continue
            cue = self.cue_of[cm.lastgroup or ""]
            role = self.cue_role[cue]
            if _no_cue_here(state, ss, cm, role):
                continue
            persons = [n for s, e, n in cast.spans if prev <= s and e <= cm.start() and not self.words.studied.search(text, max(ss, s - 8), s)
                       and not self._others_described(text, e, cm) and not self.words.possessive.match(text, e)]
            target = self._cue_target(state, cast, cm)
            if self.words.in_remarks.search(text, ss, cm.start()) and not any(
                    cm.end() <= st <= cm.end() + 4 for st in cast.explicit):
                continue  # "王明表示，祝贺峰会成功举办，李华主席发表重要讲话": another event, in his words
            if not persons and "并" in text[prev : cm.start()] and last[0]:
                # "出席…开幕式并致辞": the same people, the same event; "陪同考察并出席…座谈会": the same people,
                # the event this cue names
                named_here = [k for st, k in cast.explicit.items() if cm.end() <= st <= cm.end() + 4]
                persons, target = last[0], named_here[-1] if named_here else last[1]
            if (cue == "陪同" or cue in _ACTIVITIES) and cast.inspections:
                target = cast.inspections[-1]  # those who accompanied the leader's tour
            if re.match(r"会见|接见", text[cm.end() : cm.end() + 2]):
                met = [k for o, k in cast.meets if o < cm.start()]
                target = met[-1] if met else target  # "张又侠陪同接见", "肖捷参加会见"
            role = self._spoken_role(text, cast, target, role, prev, cm.start())
            if role is None:
                continue
            targets = [target]
            # "分别参加广东代表团、青海代表团审议": every event the cue names
            clause_end = min([i for i in (text.find(c, cm.end(), se) for c in "，。；") if i >= 0] or [se])
            named = [k for st, k in cast.explicit.items() if cm.end() <= st < clause_end]
            if len(dict.fromkeys(named)) > 1:
                targets = list(dict.fromkeys(named))
            if cue in _ACTIVITIES:  # every activity the report tells of (meeting the press after talks: the two sides')
                targets = [e.key for e in state.extraction.events if not e.scheduled and (
                    e.kind != "PressConference" or e.key in state.main_events)]
            for person in dict.fromkeys(persons):
                for t in targets:
                    self._add_participation(state, cast, t, person, role, cm.start())
            if persons:
                prev = cm.end()
                last = (persons, target)

    @staticmethod
    def _spoken_role(text: str, cast: _Cast, target: str | None, role: str, prev: int, at: int) -> str | None:
        """The role a cue gives at ``target``: "介绍" (presenter) is a speech only at a press conference, or
        said "在座谈会上" at an event; "作讲解" (explainer) a study session's lecture, not a tour's host
        explaining what is shown ("…总裁就媒体融合发展作了讲解"); None: no role there."""
        if role == "explainer":
            return None if target is None or cast.kinds.get(target) == "Inspection" else "speaker"
        if role == "presenter":
            if target is None or (cast.kinds.get(target) != "PressConference" and not _AT_EVENT_BEFORE.search(text, prev, at)):
                return None
            return "speaker"
        return role

    @staticmethod
    def _cue_target(state: DocState, cast: _Cast, cm: re.Match[str]) -> str | None:
        """The event named right after the cue (the last such), else the one in scope."""
        target = None
        for start, key in cast.explicit.items():
            if cm.end() <= start <= cm.end() + 4:
                target = key
        titled = re.match(r"《[^》]{1,60}》的([^，。；《]{2,8})", state.article.text[cm.end() : cm.end() + 80])
        if titled:  # "梅宏作了题为《…》的讲座": the event that noun names
            named = [e.key for e in state.extraction.events if not e.scheduled and e.label.endswith(titled.group(1))]
            target = named[-1] if named else target
        return target if target is not None else state.event_at(cm.start())  # "": an event not recorded

    def _speakers(self, state: DocState, cast: _Cast, ss: int, se: int) -> None:
        """"X说，…" / "X强调，…": the speaker of the event in scope, and a speech scope to the end of
        the paragraph (so what follows is read as X's words)."""
        text = state.article.text
        for sm in self.speech_re.finditer(text, ss, se):
            if state.is_past(sm.start()):
                continue
            before = [(s, e, n) for s, e, n in cast.spans if e == sm.start() or (
                ss <= s and e <= sm.start() and text[e:sm.start()] in ("在讲话中", "在会上", "在会上讲话时"))]
            before = before or self._subject_speaking(state, cast, ss, sm)
            if not before:
                continue
            s, e, person = before[-1]
            if person in cast.letters:
                continue  # "习近平向峰会致贺信。习近平指出，…": the letter's words, no speech there
            event = state.event_at(s)
            if any(e.key == event and e.scheduled for e in state.extraction.events):
                continue  # "李华说，即将举行的…会议…": words about an event to come, not said at it
            targets: list[str | None] = [*self._occasion_meetings(state, cast, ss, person)] or [event]
            for met in targets:
                self._add_participation(state, cast, met, person, "speaker", s)
            para_end = next((pe for ps, pe in state.paragraphs if ps <= s < pe), se)
            state.speech_scopes.append((sm.end(), para_end, person))

    def _occasion_meetings(self, state: DocState, cast: _Cast, ss: int, person: str) -> list[str]:
        """"会见卡尔森时，王明表示…", "同马洛里会谈时，…": a sentence opening on the occasion of a meeting with
        guests names it by its guest; its speakers, the host or a guest of that meeting (named in its
        label), speak there, not at the event in scope; so do those of the rest of its paragraph.  [] when
        neither the sentence nor its paragraph opens on such an occasion."""
        text = state.article.text
        if not cast.meets:
            return []
        # the sentence's own opening, else its paragraph's ("会见卡尔森时，王明表示…。卡尔森表示，…")
        para = next((ps for ps, pe in state.paragraphs if ps <= ss < pe), ss)
        occasion = _OCCASION.match(text, ss) or _OCCASION.match(text, para)
        if occasion is None:
            return []
        labels = {e.key: e.label for e in state.extraction.events}
        named = [k for _, k in cast.meets if (parts := _MEET_PARTS.match(labels.get(k, ""))) is not None
                 and parts.group(3) in occasion.group("guest")]
        return [k for k in dict.fromkeys(named) if person in labels[k]]

    def _reported_speakers(self, state: DocState, cast: _Cast, ss: int, se: int) -> None:
        """Participation from the discourse layer: the person a sentence's reporting clause makes its speaker
        ("某国总统甲表示，", "他强调，", "甲通过视频…表示，" — the reading of ``kg_speakers``) speaks at the
        event the sentence belongs to.  That is the one event the person takes part in already, if any (a
        guest met before a reception speaks at the meeting), else the event in scope; a person new to the
        report's events speaks only at a press conference or a meeting that is not one with guests (at talks,
        a third person's words are a comment on them).  Not: a trip (no speakers), a reaction report (the
        people reacting were not there), words from another occasion or medium ("在…会晤时表示", "发来贺信
        指出", "在社交媒体上说": ``not_at_event`` in ``event_words.csv``), a recalled or future clause, and
        "宣布" (an act, not a speech).  "双方表示/两国元首一致认为" in a meeting with guests: both sides speak."""
        text = state.article.text
        scope = state.event_at(ss)
        if not scope or not self._speech_hint.search(text, ss, se) or _is_reaction(state, self.words.reaction):
            return
        scheduled = {e.key for e in state.extraction.events if e.scheduled}
        meets = {k for _, k in cast.meets}
        both = self.words.both_sides.search(text, ss, se)
        if both is not None and scope in meets and not state.is_past(both.start()) and not _future(state, both.start()):
            label = next(e.label for e in state.extraction.events if e.key == scope)
            sides = {p.agent.name for p in state.extraction.participations if p.event == scope
                     and p.agent.kind == "person" and p.agent.name in label}  # host and guest, named in its label
            for side in sorted(sides):
                self._add_participation(state, cast, scope, side, "speaker", both.start())
        clause = self.finder.reporting_clause(state, ss, se)
        if clause is None or (clause[0] == "other" and clause[1] in ("并", "还", "也", "并且")):
            clause = self._and_said(state, cast, ss, se)  # "…，并表示，": no subject of its own
        if clause is None:
            return
        kind, person, cs, ce = clause
        if kind == "other" and person and ("向" in person or "对" in person):
            # "甲通过视频，向与会嘉宾表示感谢，表示，…", "甲通过视频向…朋友们表示感谢": those addressed are no
            # speaker; the sentence's subject is (named before them)
            to = text.find(person, cs) + min(i for i in (person.find("向"), person.find("对")) if i >= 0)
            person = next((n for s, e, n in cast.spans if ss <= s and e <= to and s - ss <= 12), None)
            kind = "person"
        if kind != "person" or not person or person not in state.person_mentions or person in cast.letters:
            return
        occasion = self.words.not_at_event.search(text, ss, ce)
        if state.is_past(cs) or _future(state, cs) or text.startswith("宣布", ce - 2) or (
                occasion is not None and not any(occasion.start() <= o < occasion.end() for o, _ in cast.meets)):
            return  # (words at an occasion that is the meeting read from them are said there)
        if any(s <= cs < e and p != person for s, e, p in state.speech_scopes):
            return  # "甲说，…。总书记指出，…": a leader quoted in another's speech, not there
        own = self._own_events(state, person)
        occasions = self._occasion_meetings(state, cast, ss, person)
        if occasions:  # "会见卡尔森时，王明表示": the meeting the sentence opens on
            for met in occasions:
                self._add_participation(state, cast, met, person, "speaker", cs)
            return
        if len(own) == 1:
            event = own.pop()
        elif scope in own or (not own and cast.kinds.get(scope) in ("PressConference", "Meeting") and scope not in meets):
            event = scope
        else:
            return
        if event in scheduled or cast.kinds.get(event) in (None, "Inspection"):
            return
        self._add_participation(state, cast, event, person, "speaker", cs)

    def _and_said(self, state: DocState, cast: _Cast, ss: int, se: int) -> tuple[str, str | None, int, int] | None:
        """"某国总统甲通过视频向…表示感谢，并表示，…": the one person a sentence opens with (after a title at
        most) speaks at its "，并表示，" when no reported words come before it."""
        text = state.article.text
        said = _AND_SAID.search(text, ss, se)
        if said is None or _speech_before(text, ss, said.start(), self.words.in_remarks):
            return None
        first = [(s, e, n) for s, e, n in cast.spans if ss <= s < said.start()]
        if not first or first[0][0] - ss > 12 or re.match(r"[、和与同及]", text[first[0][1] : first[0][1] + 1]):
            return None
        return "person", first[0][2], ss, said.end()

    @staticmethod
    def _own_events(state: DocState, person: str) -> set[str]:
        """The events of the day ``person`` takes part in so far."""
        scheduled = {e.key for e in state.extraction.events if e.scheduled}
        return {p.event for p in state.extraction.participations if p.agent.name == person and p.event not in scheduled}

    def _reviewed(self, state: DocState) -> None:
        text = state.article.text
        for m in re.finditer(r"(?:审议|审定|通过|审阅)(?:并通过|通过)?了?((?:《[^》]{2,80}》[、和及与]?)+)", text):
            event = state.event_at(m.start())
            if event is None:
                continue
            for title in re.findall(r"《([^》]{2,80})》", m.group(1)):
                if not any(r.event == event and r.title == title for r in state.extraction.reviewed):
                    state.extraction.reviewed.append(ReviewedDocument(event, title, state.evidence_at(m.start())))
        # "全会讨论并通过了党的某届中央委员会向…的报告，…": a document named without title marks, up to its clause's end
        for m in _UNMARKED_TITLE.finditer(text):
            event = state.event_at(m.start())
            title = m.group("title")
            if event is not None and not any(r.event == event and r.title == title for r in state.extraction.reviewed):
                state.extraction.reviewed.append(ReviewedDocument(event, title, state.evidence_at(m.start())))

    def _themes(self, state: DocState) -> None:
        for m in re.finditer(r"以“([^”]{2,60})”为主题", state.article.text):
            key = state.event_at(m.start())
            for ev in state.extraction.events:
                if ev.key == key and ev.theme is None:
                    ev.theme = m.group(1)

    def _attest_posts(self, state: DocState) -> None:
        """A post is attested on the article's date; an undated article's posts take the
        date of the event the sentence reports on (or the first dated event)."""
        ex = state.extraction
        if state.article.date:
            return
        by_key = {e.key: e for e in ex.events}
        first = next((e.start_date for e in ex.events if e.start_date and len(e.start_date) == 10), None)
        for i, post in enumerate(ex.posts):
            if post.attested_on is not None:
                continue
            key = state.event_at(post.evidence.start)
            when = by_key[key].start_date if key in by_key else None
            when = when if when and len(when) == 10 else first
            if when:
                ex.posts[i] = dataclasses.replace(post, attested_on=date.fromisoformat(when))


    # -- events no person attends (issue 9) -------------------------------------------
    def _named_event_patterns(self, label: str, nouns: str) -> list[tuple[str, re.Pattern[str]]]:
        """The patterns of events named with a day of their own that no one need attend (cues in
        ``ontology/event_name_cues.csv``): "2021中国温州特色眼镜产业博览会今天（8日）开幕" (held, no
        place), "记者从第九届江南船展新闻发布会上了解到" (the source of a report), "某国9日在首都
        举行盛大活动，庆祝建国60周年" (an activity named by what it is held for).  Each has
        the tail a sentence must hold to be scanned for it (``_own_day_tails``); what they match is
        checked by :meth:`_named_on_its_day`."""
        cues = self.kg_rules["event_names"]
        occurs, source, purpose = alternation(cues.occurs), alternation(cues.source), alternation(cues.purpose)
        end = r"(?=[，。；！,;]|$)"
        # "…论坛当日在南州开幕" after a dated lead ("9月3日，王明向…论坛致贺信"): the lead's day (_SAME_DAY)
        held = re.compile(f"{label}[”’]?(?:[，,](?=今天|昨天|\\d{{1,2}}[日月]))?(?:{_OWN_DAY}|当日|当天)?(?:同时|也|还|分别)?(?:在(?P<place>[{CJK}、]{{1,24}}?))?"
                          f"(?:同时|隆重|正式)?(?:{occurs}){end}")
        learnt = re.compile(f"(?:从|在){label}上(?:{source})")
        activity = re.compile(f"(?:在(?P<place>[{CJK}]{{2,16}}?))?(?:隆重)?(?:举行|举办)了?"
                              f"(?P<label>[^，。；]{{0,10}}?活动)[，,](?P<purpose>(?:{purpose})[^，。；、]{{2,30}})")
        # "…第九届江南船展新闻发布会…，本届船展将于10月6日至9日在南州举行": this edition, named before
        edition = re.compile(f"(?:本届|本次)(?P<label>{nouns})(?:{_OWN_DAY}|当日|当天)(?:在(?P<place>[{CJK}]{{1,24}}?))?{_HELD}")
        # "某国9日举行庆祝建国60周年活动": what it is held for, inside its name
        named_activity = re.compile(f"(?:在(?P<place>[{CJK}]{{2,16}}?))?(?:隆重)?(?:举行|举办)了?"
                                    f"(?P<label>(?P<purpose>(?:{purpose})[^，。；、的]{{2,30}}?)的?(?:庆祝|纪念)?活动)")
        # "某某会议第二场“委员通道”今天（3月6日）开启", "…今天举行第三场“委员通道”": a session's interview
        # corridor (the nouns of event_kinds.csv that end in 通道), a press conference named by its session
        corridors = alternation([n for n in self.kinds if n.endswith("通道")]) or "(?!)"
        corridor = re.compile(f"(?P<label>(?P<session>[{CJK}\\d]{{0,24}}?(?:会议|两会|大会|二十大|党代会))?的?"
                              f"(?:(?:首|第[一二三四五六七八九十\\d]+|最后一)场)?“?(?:{corridors})”?)"
                              f"(?:{_OWN_DAY})?(?:再次|首次|正式|又一次)?开启")
        corridor_held = re.compile(f"(?P<session>[{CJK}\\d]{{2,24}}?(?:会议|两会|大会))(?:{_OWN_DAY})?举行"
                                   f"(?P<label>(?:(?:首|第[一二三四五六七八九十\\d]+|最后一)场)?“?(?:{corridors})”?)")
        self._corridors = {corridor, corridor_held}
        # "5月10日，某某专项工作部署培训会召开": any "…会" that 召开/举行 on its day at its clause's end is a meeting
        # (the table's nouns are not all there are); not a body's name ("某某委员会", ``body_hui`` in event_words.csv)
        unit = f"(?:{_LABEL_CHARS}|“[^”，。；]{{1,30}}”)"
        meeting = re.compile(f"(?P<label>{unit}{{4,40}}?会)(?:{_OWN_DAY}|当日|当天)?"
                             f"(?:在(?P<place>[{CJK}、]{{1,24}}?))?(?:隆重|正式)?(?:召开|举行){end}")
        # "十四届某某常委会第九次会议10日下午表决通过了《…》": a body's numbered session acting on its day
        voted = re.compile(f"{label}(?:{_OWN_DAY}|当日|当天)?(?:在(?P<place>[{CJK}]{{1,24}}?))?(?:分别)?(?:表决|审议)并?通过了?(?![的地])")
        self._voted, self._any_meeting = voted, meeting
        self._own_day_tails = {held: re.compile(f"(?:{occurs}){end}"), learnt: re.compile(f"上(?:{source})"),
                               voted: re.compile("(?:表决|审议)并?通过"), meeting: re.compile(f"会(?:[^，。；]{{0,30}})(?:召开|举行){end}"),
                               corridor: re.compile("通道”?(?:[^，。；]{0,16})开启"), corridor_held: re.compile("举行[^，。；]{0,6}通道"),
                               activity: re.compile(f"活动[，,](?:{purpose})"), edition: re.compile("本届|本次"),
                               named_activity: re.compile(f"(?:举行|举办)了?(?:{purpose})")}
        self._edition_named = {noun: re.compile(f"(?:第[一二三四五六七八九十百零\\d]+届|(?:19|20)\\d{{2}}年?)[{CJK}（）]{{1,16}}?{noun}")
                               for noun in self.kinds}
        self._vague_holder = re.compile(alternation(cues.vague)) if cues.vague else None
        self._name_prefix = re.compile(f"(?:{alternation(cues.prefix)})") if cues.prefix else None
        self._object_verb = re.compile(alternation(cues.object_verb)) if cues.object_verb else None
        self._rehearsal = re.compile(r"[”’]?(?:的)?(?:第[一二三四五六七八九十\d]+次|首次|最后一次|最后一场)?(?:全要素|全流程|综合|[、和])*"
                                     f"(?:{alternation(cues.rehearsal)})") if cues.rehearsal else None
        return [("held", corridor), ("held", corridor_held), ("held", held), ("source", learnt), ("convened", activity), ("held", edition),
                ("convened", named_activity), ("held", voted), ("held", meeting)]

    def _named_on_its_day(self, state: DocState, m: re.Match[str], mention: _Mention, ss: int) -> _Mention | None:
        """Keep what a pattern of :meth:`_named_event_patterns` matched only when it is a named event
        of a day of its own (settled call 10): a day written with it ("今天（12日）", "14日"), a
        name, not a description, and for a held event a name that opens its clause with an edition,
        a year, a place or a name prefix ("第五届…", "2021中国…", "温州…", "中国…"); an activity is
        named by its holder and what it is held for ("某国建国60周年庆祝活动") unless the holder is
        too vague ("各地")."""
        text = state.article.text
        ls, le = mention.start, m.end("label")
        raw = text[ls:le]
        if m.re in self._corridors:
            return self._corridor(state, m, mention, ss)
        if mention.how == "convened":
            return self._activity(state, m, mention, ss)
        if mention.how == "source":
            return self._source(state, m, mention, ss)
        if "的" in _ORGANISED_BY.sub("", raw):
            return None  # "日前召开的…会议": a described event, its day not given
        if self.words.ended.search(m.group()) and not mention.days:
            return None  # "…会议7日结束": the last day, its first not given (call 10); "为期两天的…" gives it
        if m.re.pattern.startswith("(?:本届|本次)"):
            return self._this_edition(state, mention)
        if m.re is self._voted:
            # only a numbered session votes on a day of its own ("会议表决通过": the one in scope); what follows
            # the vote is what others say of it (a reaction), not said at the session
            return dataclasses.replace(mention, sentence_only=True) if _NUMBERED_MEETING.search(mention.label) else None
        if m.re is self._any_meeting and self.words.body_hui.search(mention.label):
            return None  # "某某委员会召开": a body, not a meeting
        day_after = mention.how == "held" and re.search(r"\d日|今天|昨天|今晚|昨晚|当日|当天", text[le : m.end()])
        if not day_after and _OWN_DAY_IN.search(text, ss, ls) is None:
            return None  # no day of its own: "…博览会开幕" in a feature
        name_at = text.find(mention.label, ls, le)
        clause = max(text.rfind(c, ss, max(name_at, ss)) for c in "，。；：,;:") + 1
        # "由某部主办的2022年…研讨会，今天…举行": who organised it, said before the name
        opening = _DURATION.sub("", _ORGANISED_BY.sub("", text[max(clause, ss) : name_at].strip("“”‘’ ")))
        if name_at < 0 or not _CLAUSE_OPEN.fullmatch(opening) or mention.bare or self._common_noun(mention.label):
            return None  # "支持…博览会举办", "大会举行": not a named event opening its clause
        label = mention.label
        starts_with_place = any(p.start == 0 and p.kind in ("province", "city") for p in self.places.find(label))
        # "某某共同体第十二次首脑会议9日举行": a body's numbered meeting or edition is a name too
        # the name the headline gives ("王明向某某论坛致贺信" … "某某论坛当日在南州开幕") is a name too
        if not (_EDITION.match(label) or _NUMBERED_EDITION.match(label) or _NUMBERED.search(label, 2) or starts_with_place
                or (len(label) >= 6 and label in (state.article.title or ""))
                or (self._name_prefix is not None and self._name_prefix.match(label))):
            return None
        return mention

    def _corridor(self, state: DocState, m: re.Match[str], mention: _Mention, ss: int) -> _Mention | None:
        """"某某政协某届某次会议首场“委员通道”今天（3月6日）开启": a corridor opened on a day of its own, named by
        its session and edition ("某届某次会议第三场委员通道"); "今年全国两会的…" is the two sessions'."""
        text = state.article.text
        if _OWN_DAY_IN.search(text, ss, m.end()) is None or state.is_past(m.start()) or re.match(
                r"[^，。；]{0,3}?[一二三四五六七八九十两\d]+场", text[m.end() :]):
            return None  # "…通道已开启三场": a count over days, no one corridor
        session = re.sub(r"^(?:今年|本届|今天|此次)的?", "", m.group("session") or "")
        if not session:  # "在大会开幕前，首场党代表通道开启": the session the sentence or headline names
            named = _SESSION_NAMED.findall(text, ss, m.start()) or _SESSION_NAMED.findall(state.article.title or "")
            session = named[-1].removeprefix("在") if named else ""
        session = "全国两会" if session == "两会" else session  # the two sessions, as the reports name them in full
        label = session + m.group("label").removeprefix(m.group("session") or "").lstrip("的").replace("“", "").replace("”", "")
        return dataclasses.replace(mention, label=label, kind="PressConference", bare=False, place_text=None)

    def _source(self, state: DocState, m: re.Match[str], mention: _Mention, ss: int) -> _Mention | None:
        """"记者今天（6月3日）从第九届江南船展新闻发布会上了解到", "某某部负责人今天在全国某某
        工作会议上表示": the event a report cites, on the day the sentence gives, when no one named
        speaks there (an unnamed official, a reporter).  A press conference or a meeting only: a conference
        or forum learnt at may be in its second day (its opening day not given: call 10).  Described by its
        holder or place ("从国新办举行的新闻发布会上", "从在重庆召开的…会议上"), it is named by them."""
        text = state.article.text
        ls, le = mention.start, m.end("label")
        if mention.kind not in ("PressConference", "Meeting") or _OWN_DAY_IN.search(text, ss, ls) is None:
            return None
        if any(ss <= s and e <= ls for spans in state.person_mentions.values() for s, e in spans):
            return None  # "王明今天在…会议上表示": a person's event, read by the patterns of attendance
        raw = text[ls:le]
        cut = raw.rfind("的")
        if cut < 0:
            return None if mention.bare else mention
        held = _HELD_BY.fullmatch(raw, 0, cut)
        if held is None:
            return None  # "日前召开的…会议", "以…为主题的…": described, not named
        if held.group("place"):
            place = self._place(held.group("place"))
            return None if mention.bare or place is None else dataclasses.replace(mention, place_text=held.group("place"))
        body = held.group("body")
        if not self.words.body_name.search(body) or _NOT_ORGANISER.search(body):
            return None
        label = mention.label if mention.label.startswith(body) else body + mention.label
        return dataclasses.replace(mention, label=label, kind=self._kind(label), bare=False)

    def _this_edition(self, state: DocState, mention: _Mention) -> _Mention | None:
        """"本届船展将于10月6日至9日在南州举行" after "第九届江南船展新闻发布会": the edition the
        report named before ("第九届江南船展"), else no name, no event."""
        named = self._edition_named.get(mention.label)
        found = list(named.finditer(state.article.text, 0, mention.start)) if named else []
        if not found:
            return None
        label = self._clean_label(found[-1].group())
        return dataclasses.replace(mention, label=label, kind=self._kind(label), bare=False)

    def _activity(self, state: DocState, m: re.Match[str], mention: _Mention, ss: int) -> _Mention | None:
        """"某国9日在首都举行盛大活动，庆祝建国60周年" → "某国建国60周年庆祝活动",
        a Ceremony: held by a country, place or body that opens the clause, on a day of its own."""
        text = state.article.text
        clause = max(text.rfind(c, ss, m.start()) for c in "，。；：,;:") + 1
        holder = re.sub(r"(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|今天|昨天|今晚|昨晚|上午|下午|晚上|（[^）]{0,12}）)", "",
                        text[max(clause, ss) : m.start()])
        if _OWN_DAY_IN.search(text, ss, m.start()) is None or not 2 <= len(holder) <= 16:
            return None
        if self._vague_holder is not None and self._vague_holder.search(holder):
            return None  # "各地举行活动，庆祝…": whose, it does not say
        if not (self.abroad_re.fullmatch(holder) or self._only_places(holder) or self.words.body_name.search(holder)):
            return None
        purpose = m.group("purpose")
        verb = next(v for v in self.kg_rules["event_names"].purpose if purpose.startswith(v))
        label = f"{holder}{purpose[len(verb):]}{verb}活动"
        # a celebration is a ceremony (the gold's call); 活动 is no event noun of its own ("各地举行纪念活动",
        # "这一年，我们举办…系列庆祝活动": no one event of a day)
        return dataclasses.replace(mention, label=label, kind="Ceremony", bare=False)

    def _others_described(self, text: str, person_end: int, cm: re.Match[str]) -> bool:
        """"王国华总书记给参加湖滨论坛的部分青年学者回信": the cue describes the people a verb of the
        person's is about (``object_verb`` in ``event_name_cues.csv``), not the person."""
        if self._object_verb is None or cm.group() not in ("出席", "参加"):
            return False
        if not re.match(r"[^，。；、]{1,30}?的(?!同时|时候|还有|有)", text[cm.end() : cm.end() + 34]):
            return False
        return self._object_verb.search(text, person_end, cm.start()) is not None

    def _subject_speaking(self, state: DocState, cast: _Cast, ss: int, sm: re.Match[str]) -> list[tuple[int, int, str]]:
        """"绍伊古转达普京总统对习近平主席的亲切问候，表示…": the person the sentence opens with speaks
        at a "，表示" later in it, when no speech cue came before and he is its one subject (not "X和Y…")."""
        text = state.article.text
        if not text.startswith("，", sm.start() - 1) or _speech_before(text, ss, sm.start() - 1, self.words.in_remarks):
            return []
        first = next(((s, e, n) for s, e, n in cast.spans if s >= ss), None)
        if first is None or first[0] != ss or first[1] >= sm.start() or re.match(r"[、和与同及]", text[first[1] : first[1] + 1]):
            return []
        return [first]

    def _place_in_name(self, m: _Mention) -> PlaceRef | None:
        """The one province or city an event held with no place names in its name ("2021中国温州特色眼镜
        产业博览会今天开幕" → 温州), not one inside a body's name ("上海合作组织…")."""
        if m.how != "held" or m.place_text:
            return None
        found = {(p.kind, p.value) for p in self.places.find(m.label) if p.kind in ("province", "city")
                 and not self.words.named_after.match(m.label, p.end) and not re.match(r"合作|组织", m.label[p.end : p.end + 2])}
        if len(found) != 1:
            return None
        kind, value = found.pop()
        return PlaceRef("city" if kind == "city" else "province", value)


def _flexible_cue(cue: str) -> str:
    """A cue of five characters or more, a verb and its object ("回答记者提问", "发表重要讲话"), as the reports
    also write it: 了 after its verb, 的 before its last noun ("回答了记者的提问"); a shorter cue, or one that
    writes 了/的 itself, as it is."""
    if len(cue) < 5 or "了" in cue or "的" in cue or not all("\u4e00" <= c <= "\u9fff" for c in cue):
        return re.escape(cue)
    return f"{re.escape(cue[:2])}了?{re.escape(cue[2:-2])}的?{re.escape(cue[-2:])}"


def _no_cue_here(state: DocState, ss: int, cm: re.Match[str], role: str) -> bool:
    """Is the cue at ``cm`` no taking part in an event of the report: in a past clause ("时任…书记X
    陪同…"), a future one ("还将赴…出席…"), a noun ("陪同人员同机抵达": the entourage), a recorded
    address played ("视频致辞"), or a past speech ("…的重要讲话精神")?"""
    text = state.article.text
    if state.is_past(cm.start()) or _future(state, cm.start()):
        return True
    if cm.group() == "陪同" and text.startswith("人员", cm.end()):
        return True
    if cm.group() == "发言" and text.startswith("人", cm.end()):
        return True  # "…郭卫民为…新闻发言人": a spokesman named, no speech
    if cm.group() == "致辞" and (text.endswith("视频", 0, cm.start()) or text.startswith("视频", cm.end())):
        return True  # "在视频致辞中表示", "播放了…的致辞视频": a recorded address played, no one there
    return role == "speaker" and _past_speech_cue(text, ss, cm)


def _past_speech_cue(text: str, ss: int, cm: re.Match[str]) -> bool:
    """"习近平总书记…的重要讲话精神" reports a past speech, not one given at this event."""
    # "在视频致辞中表示": words played at the event, no speech given there (as a letter)
    if cm.group() == "致辞" and text.endswith("视频", max(ss, cm.start() - 2), cm.start()):
        return True
    return text[max(ss, cm.start() - 2) : cm.start()].endswith(("的", "重要", "系列", "书面")) or text.startswith(
        ("精神", "指示"), cm.end()
    )


def _speech_before(text: str, ss: int, pos: int, in_remarks: re.Pattern[str]) -> bool:
    """Is there a speech verb or reported words between ``ss`` and ``pos`` ("X说，…，表示")?"""
    return in_remarks.search(text, ss, pos) is not None or "“" in text[ss:pos]


def _without_headline_copies(state: DocState, mentions: list[_Mention]) -> list[_Mention]:
    """A headline line ("杭州举行亚运筹办誓师大会") restates the lead: its event is the one of the same
    kind the body reports ("…举行亚运筹办“决胜攻坚”誓师动员大会"), not a second one."""
    text, title = state.article.text, (state.article.title or "").strip()
    first = state.paragraphs[0] if state.paragraphs else None
    if not title or first is None or text[first[0] : first[1]].strip() != title:
        return mentions
    body_kinds = {m.kind for m in mentions if m.start >= first[1] and m.how in ("held", "convened")}
    return [m for m in mentions if m.start >= first[1] or m.kind not in body_kinds]


def _same_meeting(a: str, b: str) -> bool:
    """Do two meeting labels ("X会见Y") name one host meeting one guest ("习近平会见俄罗斯统一俄罗斯党
    代表团", "习近平会见统一俄罗斯党代表团")?"""
    pa, pb = _MEET_PARTS.match(a), _MEET_PARTS.match(b)
    if pa is None or pb is None or pa.group(1) != pb.group(1) or pa.group(2) != pb.group(2):
        return False
    ga, gb = pa.group(3), pb.group(3)
    return ga.endswith(gb) or gb.endswith(ga)


def _sides_unless_met(out: list[_Mention]) -> list[_Mention]:
    """Talks named by their sides ("两国外长…举行会谈") are dropped when the report names the people of a
    meeting (a "meet" mention): the sides are theirs, one meeting."""
    return [m for m in out if not m.sides] if any(m.how == "meet" for m in out) else out


def _after_duration(text: str, ls: int, le: int) -> tuple[int, int | None]:
    """Where a label starts past a duration said before the name ("为期两天的第8届…会议"), and the days it gives."""
    lasts = _DURATION.match(text, ls, le)
    return (lasts.end(), _days(lasts.group("n"))) if lasts is not None else (ls, None)


def _days(n: str) -> int | None:
    """"两" → 2, "十二" → 12, "5" → 5: the number of days of a duration."""
    if n.isdigit():
        return int(n)
    if "十" in n:
        tens, _, ones = n.partition("十")
        return (_NUMERALS.get(tens, 1) if tens else 1) * 10 + (_NUMERALS.get(ones, 0) if ones else 0)
    return _NUMERALS.get(n)


def _single_days(text: str) -> list[int]:
    """Where each date of one day ("4月17日", "17日") begins, in order; the ends of a range
    ("15日至17日") are left out (a range names no one day)."""
    spans = [(m.start(), m.end()) for m in _DATE_SPAN.finditer(text)]
    out, i = [], 0
    for m in _DATE_MD.finditer(text):
        while i < len(spans) and spans[i][1] <= m.start():
            i += 1
        if i < len(spans) and spans[i][0] <= m.start() < spans[i][1]:
            continue
        out.append(m.start())
    return out


def _last_day_before(days: list[int], start: int, end: int) -> int:
    """Where the last day written between ``start`` and ``end`` ("16日下午") begins, else -1
    (``days``: where every day of the text begins, in order)."""
    i = bisect.bisect_left(days, end) - 1
    return days[i] if i >= 0 and days[i] >= start else -1


def _no_one_event_held(text: str, how: str, m: re.Match[str], ss: int, not_one_held: re.Pattern[str]) -> bool:
    """Is the cue at ``m`` a trip's purpose, an event supported or a roundup, no one event held that day?"""
    if how == "attend" and re.search(r"(?:应[^。]{0,40}邀请[^。]*访问|离开北京|前往|启程|抵达|赴)[^。]*$", text[ss : m.start("label")]) \
            and not _OWN_DAY_BEFORE.search(text, m.start(), m.end("label")):
        # "应…邀请，对俄罗斯进行国事访问并出席…论坛", "离开北京，前往…出席", "抵达北都，将出席…会议",
        # "将于7日至10日赴某地出席…大会": the trip's purpose (its days are the trip's), unless the
        # event has a day of its own ("赴北都出席于5月8日举行的…就职仪式")
        return True
    # "我方支持东方举办第三届…论坛": supported, not held that day; "我驻外机构纷纷举办国庆招待会": a
    # roundup of many events on days the report does not give
    return how in ("convened", "held") and bool(not_one_held.search(text, _clause_start(text, ss, m.start()), m.start()))


def _spoken_or_studied(text: str, how: str, m: re.Match[str], ss: int, words: _EventWords) -> bool:
    """Is the cue at ``m`` an event in a person's words ("王明强调，召开某会议专题学习…是…重要安排";
    not a meeting's, "会议强调，…") or the setting of a speech studied ("在主持…第九次集体学习时的重要
    讲话精神")?"""
    if how == "convened" and words.spoken.search(text, ss, m.start()) and not words.body_speaks.match(text, ss):
        return True
    return how in ("chair", "attend") and bool(re.match(r"(?:时|期间)的", text[m.end("label") : m.end("label") + 3]))


def _clause_start(text: str, ss: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts (after the last ，；： before it, else at ``ss``)."""
    return max(ss, *(text.rfind(c, ss, pos) + 1 for c in "，；：,;:"))


def _clause_end(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends (the next ，。；, else the end of the text)."""
    ends = [i for i in (text.find(c, pos) for c in "，。；") if i >= 0]
    return min(ends) if ends else len(text)


def _last_outside_titles(label: str, *words: str) -> int:
    """Where one of ``words`` last occurs outside quotes and book titles ("《…的故事》…", "“…的…”论坛"),
    else -1."""
    depth, found = 0, -1
    for i, c in enumerate(label):
        depth += (c in "“《") - (c in "”》")
        if depth <= 0 and any(label.startswith(w, i) for w in words):
            found = i
    return found


def _label_start(text: str, ls: int, le: int) -> int:
    """Where a cue's label starts: after the last clause break inside it, since a pattern's
    label group may reach back over a comma into the previous clause."""
    cut, depth = -1, 0
    for i, c in enumerate(text[ls:le]):  # not inside a quoted name ("“不忘初心、牢记使命”主题教育…")
        depth += (c in "“（") - (c in "”）")  # nor a bracketed part ("省（区、市）系列新闻发布会")
        if depth <= 0 and c in "，,、：:；" and not (c == "、" and _TOPICS_LISTED.match(text, ls + i + 1, le)):
            cut = i  # (not "防汛、防台风专题视频会": the topics of one thematic meeting)
    return ls + cut + 1 if cut >= 0 else ls


def _session_of(mention: _Mention, before: list[_Mention], sessions: re.Pattern[str]) -> _Mention | None:
    """"十三届全国人大常委会第三十七次会议28日在京举行第三次全体会议": the sentence reports the
    plenary session, labelled with the meeting's name and held at its place; the meeting named
    before it is returned (it is not reported again as an event of its own)."""
    if mention.how != "convened" or not sessions.fullmatch(mention.label):
        return None
    host = next((o for o in reversed(before) if o.how == "held" and not o.bare and o.past == mention.past), None)
    if host is not None:
        mention.label = host.label + mention.label
        mention.bare = False
        mention.place_text = mention.place_text or host.place_text
    return host


def _recalled_date(state: DocState, offset: int) -> str | None:
    """The own date of a recalled event's clause ("2018年9月在沈阳召开…座谈会": 2018-09), or None
    when the clause signals the past without dating the event ("先后4次", "2012年以来，先后召开…")."""
    clause = state.time_at(offset)
    if clause is None or clause.tense != "past" or not clause.date or not re.match(r"\d{4}", clause.date):
        return None
    sentence = state.evidence_at(offset)
    head = state.article.text[sentence.start : offset]
    if re.search(r"年(?:\d{1,2}月)?(?:\d{1,2}日)?以来|年来|先后|多次|\d次|[两三四五六七八九十]次", head):
        return None  # the date starts a span of several events, none of them dated by it
    return clause.date


def _no_day_of_its_own(state: DocState, ss: int, ls: int, named_at: int, past: str | None) -> bool:
    """Is the event named at ``named_at`` (its cue's label from ``ls``) one the report gives no day of
    its own: named after a clause recalling it ("在前些天召开的全省科技大会上"), recalled without a
    day ("2018年9月在沈阳召开…", "今年3月，…赴贵州考察"), or in a clause dated by another month
    ("今年7月，习近平总书记出席…会议" in August)?"""
    if named_at > ls and state.recalled_in_passing(ss, named_at):
        return True
    if past is not None:
        return len(past) != 10
    return _another_month(state, ls)


def _another_month(state: DocState, offset: int) -> bool:
    """Does the clause at ``offset`` give a month alone ("今年7月，…") other than the report's?"""
    clause = state.time_at(offset)
    day = state.article.date
    return (clause is not None and clause.tense != "future" and clause.date is not None and len(clause.date) == 7
            and day is not None and clause.date != f"{day.year:04d}-{day.month:02d}")


def _one_bare_at_most(out: list[_Mention], future: set[int], paragraphs: list[tuple[int, int]] | None = None
                      ) -> list[_Mention]:
    """Bare event nouns ("主持召开座谈会") only stand for the report's event when nothing else
    names a meeting; then the first one does, else none.  A bare noun takes the name of the one
    named event with that noun, unless that one is announced for later (``future``: its starts); one
    held in a paragraph of its own ("…广东省举行…升旗仪式。\n香港特区政府在…举行升旗仪式") is another."""
    named = [m for m in out if not m.bare and m.how in ("held", "convened", "chair", "attend", "at", "report")
             and m.start not in future]
    starts = [ps for ps, _ in paragraphs or []]

    def para(pos: int) -> int:
        return bisect.bisect_right(starts, pos)

    if named:
        for m in out:
            own = m.how in ("held", "convened")
            same = {n.label for n in named if n.label.endswith(m.label)
                    and not (own and para(n.start) != para(m.start))} if m.bare else set()
            if len(same) == 1:  # "举行仪式…出席欢迎仪式": the one named event with that noun
                m.label, m.bare = same.pop(), False
        return [m for m in out if not m.bare]
    first_bare = [m for m in out if m.bare][:1]
    first_bare += [m for m in out if m.bare and m.at_each and first_bare[0].at_each and m is not first_bare[0]]
    return [m for m in out if not m.bare] + first_bare


def _letter_senders(state: DocState, letters: re.Pattern[str]) -> set[str]:
    """Who sends a letter or message to the report's event in its lead ("国家主席习近平向峰会致贺信"):
    a written contribution, so what he "指出" there is the letter, no speech at the event."""
    text = state.article.text
    lead_end = state.paragraphs[0][1] if state.paragraphs else len(text)
    out = set()
    for m in letters.finditer(text, 0, lead_end):
        sent = state.evidence_at(m.start())
        for name, spans in state.person_mentions.items():
            if any(sent.start <= s and e <= m.start() for s, e in spans):
                out.add(name)
    return out


def _vague_lead(state: DocState) -> bool:
    """Does the report's lead sentence (after a headline line) place what it tells of in days the text
    does not give ("连日来，我驻多国使馆举办…", "近日，各地…")?  Then an event of its body with no time
    word of its own is in those days too.  Read once per report (asked for every event mention)."""
    cached = state.__dict__.get("_kg_vague_lead")
    if cached is not None and cached[0] is state.article:
        return bool(cached[1])
    text, title = state.article.text, (state.article.title or "").strip()
    paras = [(s, e) for s, e in state.paragraphs if text[s:e].strip() != title] or state.paragraphs
    start = paras[0][0] if paras else 0
    first = next(((s, e) for s, e in state.sentences if s >= start), None)
    found = first is not None and any(c.vague for c in state.clauses if first[0] <= c.start < first[1])
    state.__dict__["_kg_vague_lead"] = (state.article, found)
    return found


def _rekey(state: DocState, old: str, new: str) -> None:
    """What was said of event ``old`` is said of event ``new`` (the same event named twice)."""
    ex = state.extraction
    have = {(p.agent.name, p.role) for p in ex.participations if p.event == new}
    moved = []
    for p in ex.participations:
        if p.event == old and (p.agent.name, p.role) not in have:
            have.add((p.agent.name, p.role))
            moved.append(Participation(new, p.agent, p.role, p.evidence))
    ex.participations.extend(moved)
    for e in ex.events:
        if e.super_event == old:
            e.super_event = new


def _commentary(state: DocState, genre: re.Pattern[str]) -> bool:
    """Is the report a commentary ("快评", "评论员文章", "短评") by its title or lead?  Read once per report."""
    cached = state.__dict__.get("_kg_commentary")
    if cached is None or cached[0] is not state.article:
        text, title = state.article.text, (state.article.title or "").strip()
        paras = [(s, e) for s, e in state.paragraphs if text[s:e].strip() != title] or state.paragraphs
        lead_end = paras[0][1] if paras else len(text)
        found = bool(genre.search(title)) or bool(genre.search(text, 0, lead_end))
        cached = (state.article, found)
        state.__dict__["_kg_commentary"] = cached
    return bool(cached[1])


def _lead_dated(state: DocState) -> bool:
    """Does the report's lead sentence (after a headline line) hold a time word ("今天", "5日",
    "当天上午")?  A report whose lead gives no day tells no event of its own day.  Read once per report."""
    cached = state.__dict__.get("_kg_lead_dated")
    if cached is not None and cached[0] is state.article:
        return bool(cached[1])
    first = _lead_sentence(state)
    found = _TIME_WORD.search(state.article.text, first[0], first[1]) is not None
    state.__dict__["_kg_lead_dated"] = (state.article, found)
    return found


def _lead_sentence(state: DocState) -> tuple[int, int]:
    """Where the report's lead sentence (after a headline line) is.  Read once per report."""
    cached = state.__dict__.get("_kg_lead_sentence")
    if cached is not None and cached[0] is state.article:
        return (int(cached[1]), int(cached[2]))
    text, title = state.article.text, (state.article.title or "").strip()
    paras = [(s, e) for s, e in state.paragraphs if text[s:e].strip() != title] or state.paragraphs
    start = paras[0][0] if paras else 0
    first = next(((s, e) for s, e in state.sentences if s >= start), (0, len(text)))
    state.__dict__["_kg_lead_sentence"] = (state.article, first[0], first[1])
    return first


def _is_reaction(state: DocState, reaction: re.Pattern[str]) -> bool:
    """Is the report one about reactions ("…引发热烈反响") by its title or lead?  Read once per report
    (it is asked for every event mention; scanning the lead each time would be quadratic)."""
    cached = state.__dict__.get("_kg_reaction")
    if cached is None or cached[0] is not state.article:
        text = state.article.text
        lead_end = state.paragraphs[0][1] if state.paragraphs else len(text)
        found = bool(reaction.search(state.article.title or "")) or bool(reaction.search(text, 0, lead_end))
        cached = (state.article, found)
        state.__dict__["_kg_reaction"] = cached
    return bool(cached[1])


def _future(state: DocState, offset: int) -> bool:
    """"在即将举行的…会议上", "将于…召开": an announced event, not one that took place."""
    clause = state.time_at(offset)
    return clause is not None and clause.tense == "future"


def _nearest_past(d: date, report: date, month_given: bool) -> date:
    """A date written without its year (or month) that falls more than a week after the report: the
    same day a month ("28日" read on the 2nd) or a year ("12月28日" read in early January) back, when
    that lies nearer the report than the date ahead; else the date ahead stands (a future date:
    "10月26日至30日" in an early October report, "6月21日" in late May)."""
    try:
        if month_given:
            back = d.replace(year=d.year - 1)
        else:
            back = d.replace(year=d.year - (d.month == 1), month=(d.month - 2) % 12 + 1)
    except ValueError:
        return d
    return back if report - back < d - report else d


def self_date(day: str, year: int | None, article_date: date | None) -> str | None:
    """The date of "9月16日" / "16日" in the article's year and month (see :meth:`EventRecognizer._date_in`)."""
    return EventRecognizer._date_in(day, year, article_date)


def _series(label: str) -> str | None:
    """"2022年度长三角地区主要领导座谈会" belongs to the series "长三角地区主要领导座谈会"."""
    m = re.match(r"^(?:(?:19|20)\d{2}年度?|第[一二三四五六七八九十百零\d]+[届次])(.{4,})$", label)
    return m.group(1) if m else None


@Language.factory("kg_events", default_config={"rules": RULES_CONFIG})
def make_events(nlp: Language, name: str, rules: Rules) -> EventRecognizer:
    return EventRecognizer(nlp, name, rules)

