"""The time every clause is about: the report's day, or a past (or future) the text signals.

A news report mixes what happens now with what it recalls: "时任浙江省委书记习近平…",
"2018年9月在沈阳召开…座谈会以来", "先后4次到天津考察", "他回忆说，当年…".  A post or an
event read from such a clause is not a fact of the report's day, so every later component
asks this layer before it stamps a fact with the article's date.

Clauses are the pieces of a sentence between ，；： (sentences themselves are cut by
``kg_segmenter`` and never changed here).  A clause is

* ``past`` when it carries a past cue (``past`` rows of ``ontology/past_cues.csv``: 时任, 曾任,
  曾在…, 当年, 回忆, 先后N次, 去年, N年前, 此前, 前不久, 同年 …) or a date more than
  ``_RECENT_DAYS`` before the report's day ("同年8月" gives no date: the year is an earlier
  sentence's; "明年1月" is next year's);
* ``future`` when it carries a date after the report's day or a future cue (``future`` rows: 将于,
  即将, 届时, 将出席, 待召开);
* ``report`` otherwise.

This module is the one place that decides whether words are about a recalled past: every cue is a
row of ``ontology/past_cues.csv`` (read once into :class:`TimeCues` through :class:`~kg.nlp.rules.Rules`),
and the other components ask :class:`~kg.nlp.state.DocState` — ``time_at``/``is_past`` for a
clause, ``recalled_words`` for a statement's reported words ("时任…", "近年来，…", "…以来，"),
``recalled_intro`` for the clause that introduces them ("2014年12月，…考察时强调"), and
``recalled_in_passing`` for an event named as held before the one reported ("在刚刚举行的…大会上").

A cue scopes over the rest of its sentence ("2013年11月，习近平在湘西考察时，首次提出…": both
clauses are about 2013), except a clause ending in 以来/之后/以后, which is past itself but
introduces the present ("…座谈会以来，东北三省…取得…"); a later clause with a recent date of its
own ("今天，…") starts the report's time again.  A dated clause keeps its date (``YYYY``,
``YYYY-MM`` or ``YYYY-MM-DD``) so that a past fact can be recorded with its own date.

The result is written twice: as :class:`ClauseTime` records on ``DocState.clauses`` (for
components that work on character offsets) and as spans ``doc.spans["kg_clauses"]`` with
the extensions ``Span._.kg_tense``, ``Span._.kg_date`` and ``Span._.kg_cue``.
"""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.errors import KgError
from kg.nlp.rules import RULES_CONFIG, Rules, RulesOnDisk, load_rules, rule_table
from kg.nlp.state import ClauseTime, DocState, Tense, TimeCues
from kg.reference import ontology_dir

_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
_USES = ("past", "since", "now", "future", "vague", "recalled_words", "recalled_opening", "recalled_intro",
         "recalled_in_passing", "recalled_report", "sequel")


@rule_table("past_cues")
def load_time_cues(directory: str | Path | None = None) -> TimeCues:
    """Read ``past_cues.csv`` (columns ``use,pattern,comment``) and compile one pattern per use."""
    d = Path(directory) if directory else ontology_dir()
    path = d / "past_cues.csv"
    parts: dict[str, list[str]] = {u: [] for u in _USES}
    with path.open(encoding="utf-8", newline="") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            use, pattern = (row.get("use") or "").strip(), row.get("pattern") or ""
            if use not in parts or not pattern:
                raise KgError(f"{path}:{line}: use must be one of {', '.join(_USES)} and pattern non-empty")
            try:
                re.compile(pattern)
            except re.error as exc:
                raise KgError(f"{path}:{line}: pattern {pattern!r} is no regular expression: {exc}") from exc
            parts[use].append(pattern)
    missing = [u for u, ps in parts.items() if not ps]
    if missing:
        raise KgError(f"{path}: no row for {', '.join(missing)}")
    return TimeCues(**{u: re.compile("|".join(ps)) for u, ps in parts.items()})


def time_cues(state: DocState | None = None) -> TimeCues:
    """The cues the discourse layer ran with on ``state``, else the installed ones."""
    return state.cues() if state is not None else load_rules()["past_cues"]
# (?=\d): a date starts with a digit; without it the pattern matches the empty string at every
# character and the scan costs a step per character of every clause
_DATE = re.compile(r"(?=\d)(?:((?:19|20)\d{2})年)?(?:(\d{1,2})月)?(?:(\d{1,2})[日号])?")
# a title or the topic of a report: "《…》", "关于…的" (a date inside dates the document)
_DIGIT = re.compile(r"\d")
_TOPIC = re.compile(r"《[^》]*》|关于[^，。；《》]*?的")
_RECENT_DAYS = 10  # a meeting reported up to ten days later is still the report's news


def _year_of(before: str, report: date | None) -> int | None:
    """The year of a month written without one: the report's, moved by "明年"/"去年" or "十年前的"; None
    after "同年"/"当年" (an earlier sentence's year)."""
    if report is None or before[-2:] in ("同年", "当年", "是年", "那年"):
        return None
    back = _YEARS_AGO.search(before)
    if back is not None:
        n = back.group(1)
        return report.year - (int(n) if n.isdigit() else _CN_NUMBER.get(n, 0))
    return report.year + {"明年": 1, "去年": -1}.get(before[-2:], 0)


# a year written in Chinese numerals ("一九九一年", "二〇〇三年"), read as the Arabic one it is
_CN_YEAR = re.compile("[一二三四五六七八九〇零○]{4}(?=年)")
_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


def _arabic_years(clause: str) -> str:
    """``clause`` with its years in Chinese numerals written in Arabic ones, character for character
    (offsets stay): "一九九一年，X同志任…" is as past as "1991年，…"."""
    if "年" not in clause:
        return clause
    return _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGITS), clause)


def _nearer_year(d: date, report: date) -> date:
    """A day written without its year that falls well after the report: the same day a year
    earlier when that lies nearer the report ("12月28日" read in early January), else the day ahead
    ("10月26日至30日" in an early October report: the future, not last year)."""
    try:
        back = d.replace(year=d.year - 1)
    except ValueError:
        return d  # 29 February
    return back if report - back < d - report else d


# "十年前的12月4日": the month of a year some years back
_YEARS_AGO = re.compile(r"(\d{1,2}|[一二两三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十)年前的?$")
_CN_NUMBER = {c: i for i, c in enumerate("零一二三四五六七八九十", start=0)} | {"两": 2} | {
    f"十{c}": 10 + i for i, c in enumerate("一二三四五六七八九", start=1)} | {
    f"{c}十": 10 * i for i, c in enumerate("二三四五六七八九", start=2)}


def _own_date(clause: str, report: date | None, future: re.Pattern[str]) -> tuple[str | None, Tense | None]:
    """The date the clause writes and whether it lies before, at or after the report's day.  A date
    inside a title or a topic ("《2021年…》", "作了关于2021年中央决算的报告") dates the document,
    not the clause."""
    topics = [t.span() for t in _TOPIC.finditer(clause)]
    for m in (d for d in _DATE.finditer(clause) if not any(s < d.start() < e for s, e in topics)):
        year, month, day = m.group(1), m.group(2), m.group(3)
        if not year and not month:
            continue  # a bare "16日" is the report's week
        if not month and not clause.startswith(("年", "年度"), m.end()) and not m.group().endswith("年"):
            continue
        if year and not month:
            if clause.startswith("度", m.end()):
                continue  # "2021年度…总结会" names a meeting, not its time
            if report is None or int(year) == report.year:
                return year, None
            return year, "past" if int(year) < report.year else "future"
        if not month or not (year or report):
            continue
        y = int(year) if year else _year_of(clause[max(0, m.start() - 6) : m.start()], report)
        if y is None:
            continue  # "同年8月": the year of an earlier sentence, not the report's
        mo = int(month)
        if not 1 <= mo <= 12:
            continue
        try:
            d = date(y, mo, int(day)) if day else date(y, mo, 1)
        except ValueError:
            continue
        text = d.isoformat() if day else f"{y:04d}-{mo:02d}"
        if report is None:
            return text, None
        if not year and d > report + timedelta(days=_RECENT_DAYS) and not future.search(clause, 0, m.start()):
            d = _nearer_year(d, report)
            text = d.isoformat() if day else f"{d.year:04d}-{mo:02d}"
        last = d if day else (date(d.year + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1))
        if last < report - timedelta(days=_RECENT_DAYS):
            return text, "past"
        if d > report + timedelta(days=1):
            return text, "future"
        return text, "report"
    return None, None


def clause_times(
    text: str, sentences: list[tuple[int, int]], report: date | None, lead_end: int = 0,
    cues: TimeCues | None = None,
) -> list[ClauseTime]:
    """Every clause of every sentence with the time it is about (see the module docstring).
    Before ``lead_end`` (the first paragraph) a date of the report's year is the news itself,
    however late it is reported ("中共中央8月31日在中南海召开…" broadcast in October)."""
    cues = cues if cues is not None else time_cues()
    out: list[ClauseTime] = []
    for ss, se in sentences:
        carried: tuple[Tense, str | None, str | None] = ("report", None, None)
        before = out[-1] if out else None
        if before is not None and before.tense == "past" and (sequel := cues.sequel.match(text, ss, se)):
            carried = ("past", None, sequel.group())  # "…1920年5月…。此后，…召开了…会议": still then
        vague: str | None = None
        start = ss
        cuts = [m.start() for m in _CLAUSE_BREAK.finditer(text, ss, se)]
        for cut in [*cuts, se]:
            if cut <= start:
                start = cut + 1
                continue
            clause = _arabic_years(text[start:cut])
            # every date starts with a digit: most clauses have none
            when, rel = _own_date(clause, report, cues.future) if _DIGIT.search(clause) else (None, None)
            if rel == "report" and report and when and when > report.isoformat() and cues.future.search(clause):
                rel = "future"  # "将参加计划于3月2日…举行的会议", reported on 1 March
            cue_m = cues.past.search(clause)
            tense, cue = carried[0], carried[2]
            own: str | None = carried[1]
            if cues.now.match(clause):
                tense, own, cue = "report", None, None
            if rel == "past" and start < lead_end and not re.search(r"(?:19|20)\d{2}年", clause):
                rel = "report"
            if rel is not None:
                tense, own, cue = rel, when, when
            elif when is not None:
                own = when
            since = cues.since.search(clause)
            if cue_m is not None or since is not None:
                tense, cue = "past", (cue_m or since).group()  # type: ignore[union-attr]
            elif rel is None and cues.future.search(clause):
                tense, cue = "future", cues.future.search(clause).group()  # type: ignore[union-attr]
            vague = _vague(clause, cues, when, vague)
            out.append(ClauseTime(start, cut, tense, own, cue, vague))
            # "…以来，": the present begins after it; otherwise the clause's time carries on
            carried = ("report", None, None) if since else (tense, own, cue)
            start = cut + 1
    return out


def _vague(clause: str, cues: TimeCues, when: str | None, carried: str | None) -> str | None:
    """The words that place ``clause`` in days the text does not give: its own vague cue ("近日",
    "连日来", "本月初"), else the one carried from an earlier clause of the sentence, unless the
    clause writes a day ("16日", "今天", "昨天") of its own."""
    own = cues.vague.search(clause)
    if own is not None:
        return own.group()
    if (when is not None and len(when) == 10) or _DAY_WORD.search(clause) or _DAY.search(clause):
        return None
    return carried


# a day the clause names without a month: "16日", "今天", "昨晚", "当天"
_DAY = re.compile(r"\d{1,2}[日号]")
_DAY_WORD = re.compile(r"今天|今日|昨天|昨日|今晚|昨晚|前天|当天|当晚|当日|同日|次日|翌日")


for _ext in ("kg_tense", "kg_date", "kg_cue", "kg_vague"):
    if not Span.has_extension(_ext):
        Span.set_extension(_ext, default=None)


class ClauseTimer(RulesOnDisk):
    """Writes the time of every clause on ``DocState.clauses`` and ``doc.spans["kg_clauses"]``, and
    the cues it decided by on ``DocState.time_cues`` (for the ``recalled_*`` queries)."""

    def __init__(self, nlp: Language, name: str, rules: Rules | None = None) -> None:
        self.name = name
        self.kg_rules = rules if rules is not None else load_rules()
        self.cues: TimeCues = self.kg_rules["past_cues"]

    def __call__(self, doc: Doc) -> Doc:
        state: DocState = doc._.kg
        state.time_cues = self.cues
        lead_end = state.paragraphs[0][1] if state.paragraphs else 0
        state.clauses = clause_times(state.article.text, state.sentences, state.article.date, lead_end, self.cues)
        spans = []
        for c in state.clauses:
            if c.tense == "report" and c.date is None and c.vague is None:
                continue  # only marked clauses become spans: most clauses are plain report time
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is None:
                continue
            span._.kg_tense, span._.kg_date, span._.kg_cue, span._.kg_vague = c.tense, c.date, c.cue, c.vague
            spans.append(span)
        doc.spans["kg_clauses"] = spans
        return doc


@Language.factory("kg_discourse", default_config={"rules": RULES_CONFIG})
def make_clause_timer(nlp: Language, name: str, rules: Rules) -> ClauseTimer:
    return ClauseTimer(nlp, name, rules)
