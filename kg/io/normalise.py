"""Turn a :class:`~kg.records.Document` into the clean text extraction reads.

Every evidence offset in the graph points into the text produced here, so the
rules must be deterministic and idempotent (``normalise_text`` applied to its
own output changes nothing).

Output format
-------------
One paragraph per line: paragraphs are separated by exactly one ``"\\n"``,
there are no blank lines, no leading/trailing spaces on a line and no
trailing newline.  :func:`split_paragraphs` returns the line offsets.

What is repaired, and why
-------------------------
Newspaper pages converted to text carry layout artefacts that break sentences
in the middle of a word ("把稳增" / "长放在"), interleave pull-quote sidebars
("■ …") with the body, and leave jump lines ("(下转第3版)").  Markdown
conversions add ``#``/``**`` markers, and half-width punctuation leaks into
Chinese text.  Left alone these split names and phrases that the gazetteers
and rules must see whole.

Date rule
---------
``Article.date`` is ``Document.date`` when the reader found one; otherwise the
first date expression in the text decides: ``2022年8月16日`` or ``2022-08-16``
give that date; a bare ``8月16日`` takes its year from the first ``YYYY年``
(``2022年度`` counts) in the title or in the headline block (the leading
paragraphs before the first one containing "。"), else the date is unknown.
Later date expressions are never consulted: they usually refer to other events.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from kg.records import Article, Document

# --- character classes shared with kg.io.read -----------------------------------

CJK_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
"""Han characters (a regex character-class body)."""

ZH_PUNCT = (
    "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u201c\u201d\u2018\u2019\u2026\u2014"
)
"""Full-width / CJK punctuation and the curly quotes, dashes and ellipsis Chinese text uses."""

SENTENCE_END = "。！？!?"
"""Characters that end a sentence (a paragraph containing one is body text, not a headline)."""

PARAGRAPH_END = SENTENCE_END + "；;：:…”」』"
"""Characters after which a paragraph may legitimately end."""

_CJK = re.compile(f"[{CJK_RANGES}]")
_ZH = re.compile(f"[{CJK_RANGES}{ZH_PUNCT}]")

# --- character-level cleanup ---------------------------------------------------

_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_FULLWIDTH_ALNUM = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
}
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_PAREN_PAIR = re.compile(r"\(([^()\n]*)\)")
_SPACE_NEAR_PUNCT = re.compile(r" ?([，。；：！？、（）《》“”【】]) ?")


def _drop_invisible(text: str) -> str:
    """Remove control and format characters (zero-width, BOM, bidi marks), keeping newlines."""
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cf"))


def clean_chars(text: str) -> str:
    """Character-level cleanup that needs no context beyond one character.

    Full-width digits and Latin letters become ASCII (so "２０２２年" matches the
    date rules) but full-width punctuation stays: it is the Chinese norm.
    """
    text = _NEWLINES.sub("\n", text)
    text = _SPACES.sub(" ", text)
    text = _drop_invisible(text)
    return text.translate(_FULLWIDTH_ALNUM)


def _is_zh(ch: str) -> bool:
    return bool(ch) and _ZH.match(ch) is not None


def _neighbour(line: str, i: int, step: int) -> str:
    """The nearest non-space character from ``i`` in direction ``step`` ('' at the edge)."""
    i += step
    while 0 <= i < len(line) and line[i] == " ":
        i += step
    return line[i] if 0 <= i < len(line) else ""


def _convert_pair(m: re.Match[str]) -> str:
    line, start, end = m.string, m.start(), m.end()
    context = m.group(1) + (line[start - 1] if start else "") + (line[end] if end < len(line) else "")
    if _ZH.search(context):
        return f"（{m.group(1)}）"
    return m.group(0)


def fix_punctuation(line: str) -> str:
    """Make half-width punctuation full-width where it sits in Chinese text.

    Parentheses are converted as pairs so "北京(Beijing)" does not end up with
    one of each; "1,000", "10:30", "3.5%" and Latin text are left alone.
    """
    line = _PAREN_PAIR.sub(_convert_pair, line)
    while True:  # "好?!" needs two rounds: "!" is in Chinese context once "?" is "？"
        converted = _convert_singles(line)
        if converted == line:
            return _SPACE_NEAR_PUNCT.sub(r"\1", line)
        line = converted


def _convert_singles(line: str) -> str:
    chars = list(line)
    for i, ch in enumerate(line):
        full = _HALF_TO_FULL.get(ch)
        if full is None:
            continue
        before, after = _neighbour(line, i, -1), _neighbour(line, i, 1)
        if before.isascii() and before.isdigit() and after.isascii() and after.isdigit():
            continue
        if _is_zh(before) or _is_zh(after):
            chars[i] = full
    return "".join(chars)


# --- markdown and layout markers -----------------------------------------------

_MD_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_MD_RULE = re.compile(r"^ {0,3}([-=_*])(?:\s*\1){2,}\s*$")
_MD_PREFIX = re.compile(r"^ {0,3}(?:>\s?)+|^ {0,3}[-*+]\s+")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\s]*\)")
_MD_STRONG = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_MD_EM = re.compile(r"(?<![A-Za-z0-9*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![A-Za-z0-9*])")
_JUMP_LINE = re.compile(
    r"[(（]\s*(?:下转|上接|紧接|续接|转|接|续)\s*(?:第\s*)?[A-Za-z]?\s*[0-9一二三四五六七八九十]+\s*版\s*[)）]"
)


@dataclass(frozen=True)
class _Para:
    text: str
    heading: bool = False


def _strip_inline_markdown(line: str) -> str:
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_STRONG.sub(lambda m: m.group(1) or m.group(2), line)
    return _MD_EM.sub(r"\1", line)


def _clean_inline(text: str) -> str:
    """Markdown markers, jump lines, spacing and punctuation of one paragraph.

    Repeated until nothing changes, because removing one marker can make
    another ("***x***"); a join of two paragraphs can too, so this runs again
    on joined paragraphs.
    """
    while True:
        cleaned = _JUMP_LINE.sub("", _strip_inline_markdown(_MD_PREFIX.sub("", text)))
        cleaned = fix_punctuation(_SPACES.sub(" ", cleaned).strip())
        if cleaned == text:
            return cleaned
        text = cleaned


def _clean_line(raw: str) -> _Para | None:
    """One input line to a paragraph, or None when nothing is left of it."""
    heading = _MD_HEADING.match(raw)
    line = _clean_inline(heading.group(1) if heading else raw)
    if not line or _MD_RULE.match(line):
        return None
    return _Para(line, heading is not None)


def _paragraphs(text: str) -> list[_Para]:
    paras: list[_Para] = []
    for raw in clean_chars(text).split("\n"):
        if _MD_RULE.match(raw):
            # A setext underline ("标题\n===") makes the line above a heading.
            if paras and raw.strip()[0] in "=-" and not paras[-1].heading:
                paras[-1] = _Para(paras[-1].text, True)
            continue
        para = _clean_line(raw)
        if para is not None:
            paras.append(para)
    return paras


# --- pull-quote sidebars ---------------------------------------------------------

_SIDEBAR = re.compile(r"^[■◆]\s*")
_CLAUSE_BREAK = re.compile(f"[\\s,.;:!?()\"'{ZH_PUNCT}■◆]+")
_REPEAT_SHARE = 0.8


def _repeats_body(snippet: str, body: str) -> bool:
    """True when most of ``snippet``, clause by clause, is found verbatim in ``body``.

    Pull quotes are stitched from several body sentences, so the snippet as a
    whole is not a substring of the body; its clauses are.
    """
    clauses = [c for c in _CLAUSE_BREAK.split(snippet) if len(c) >= 2]
    total = sum(len(c) for c in clauses)
    found = sum(len(c) for c in clauses if c in body)
    return total > 0 and found >= _REPEAT_SHARE * total


def _remove_sidebars(paras: list[_Para]) -> list[_Para]:
    body = "".join(p.text for p in paras if not _SIDEBAR.match(p.text)).replace(" ", "")
    return [p for p in paras if not (_SIDEBAR.match(p.text) and _repeats_body(p.text, body))]


# --- paragraphs broken by a page or column break ---------------------------------

_CONTINUATION_START = re.compile(f"[{CJK_RANGES}A-Za-z0-9“《（]")
_DATELINE = re.compile(
    r"^(?:本报讯|本报[^，。\s]{0,12}电|新华社|中新社|央视网消息|人民网|新华网|据[^，。]{1,12}(?:报道|消息)|（?记者)"
)
_SPACED_CJK = re.compile(f"[{CJK_RANGES}] [{CJK_RANGES}]")
_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、])")
_BOOK_TITLE = re.compile(r"《[^》\n]*》")
_SENTENCE_DONE = "。；"
_CLAUSE_MARKS = "，、："
_LONG_FRAGMENT = 40


def _is_body_fragment(text: str, after_body: bool) -> bool:
    """Whether an unterminated paragraph is the first half of a body paragraph.

    Headlines carry no sentence punctuation and separate their parts with
    spaces ("李强吴政隆…出席 李强主持成果发布会"); section headings start with an
    enumerator ("一、"); a body paragraph cut by a page break has already
    finished a sentence, or is long, full of commas and follows body text
    (``after_body``) -- at the top of an article such a line is a headline
    deck.  Punctuation inside 《…》 is part of a title and proves nothing.
    """
    bare = _BOOK_TITLE.sub("", text)
    if _SPACED_CJK.search(bare):
        return False
    if any(ch in bare for ch in _SENTENCE_DONE):
        return True
    if _ENUMERATOR.match(bare):
        return False
    return after_body and len(bare) >= _LONG_FRAGMENT and any(ch in bare for ch in _CLAUSE_MARKS)


def _is_paragraph_rest(text: str) -> bool:
    """Whether a paragraph can be the second half of a broken one.

    It must start like a continuation and carry some punctuation: a bare
    phrase ("哈总统表示将延续与俄友好关系") is a headline.
    """
    starts = _CONTINUATION_START.match(text) is not None and _DATELINE.match(text) is None
    return starts and any(ch in text for ch in _SENTENCE_DONE + _CLAUSE_MARKS + "！？…")


def _continues(before: _Para | None, prev: _Para, nxt: _Para) -> bool:
    """Whether ``nxt`` is the rest of ``prev`` (preceded by ``before``), cut by a page break."""
    if prev.heading or nxt.heading or prev.text.endswith(tuple(PARAGRAPH_END)):
        return False
    if _SIDEBAR.match(prev.text) or _SIDEBAR.match(nxt.text):
        return False
    after_body = before is not None and any(ch in before.text for ch in _SENTENCE_DONE)
    return _is_paragraph_rest(nxt.text) and _is_body_fragment(prev.text, after_body)


def _glue(left: str, right: str) -> str:
    """Join two halves; a page break can fall inside "G60" or "2022" too, so only
    two Latin letters (an English word wrap) get a space between them."""
    latin = left[-1].isascii() and left[-1].isalpha() and right[0].isascii() and right[0].isalpha()
    return left + (" " if latin else "") + right


def _join_broken(paras: list[_Para]) -> list[_Para]:
    out: list[_Para] = []
    for para in paras:
        if out and _continues(out[-2] if len(out) > 1 else None, out[-1], para):
            out[-1] = _Para(_glue(out[-1].text, para.text))
        else:
            out.append(para)
    return out


def normalise_text(text: str, *, rejoin: bool = True) -> str:
    """The normalised form of ``text`` (see the module docstring for the format).

    ``rejoin=False`` keeps every paragraph boundary: in text stripped from
    HTML each one is real markup, never a page break, and an unterminated
    paragraph there is a truncated one that must not swallow the next headline.
    """
    paras = _remove_sidebars(_paragraphs(text))
    if rejoin:
        paras = [_Para(_clean_inline(p.text), p.heading) for p in _join_broken(paras)]
    return "\n".join(p.text for p in paras if p.text)


_PARAGRAPH = re.compile(r"[^\n]+")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the paragraphs (lines with more than blanks) of the text.

    The one definition: the pipeline's segmenter (:mod:`kg.nlp.segment`) uses it too."""
    return [m.span() for m in _PARAGRAPH.finditer(text) if not m.group().isspace()]


# --- title and date ---------------------------------------------------------------

_TITLE_FALLBACK_CHARS = 60


def normalise_title(title: str) -> str:
    """A title as one normalised line (markdown markers stripped, spaces collapsed)."""
    return " ".join(p.text for p in _paragraphs(title))


def _fallback_title(text: str) -> str:
    first = text.split("\n", 1)[0]
    cut = min((first.find(ch) for ch in SENTENCE_END if ch in first), default=-1)
    first = first[: cut + 1] if cut >= 0 else first
    return first[:_TITLE_FALLBACK_CHARS]


_CN_DATE = re.compile(r"(?:(?<!\d)((?:19|20)\d{2})\s*年\s*)?(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_NUMERIC_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})([-/])(\d{1,2})\2(\d{1,2})(?!\d)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


def make_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when the numbers do not form one (13月, 2月30日)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _headline_year(text: str, title: str) -> int | None:
    head = [title]
    for para in text.split("\n"):
        if "。" in para:
            break
        head.append(para)
    found = _YEAR.search("\n".join(head))
    return int(found.group(1)) if found else None


def infer_date(text: str, title: str = "") -> date | None:
    """The date of a normalised text by the rule in the module docstring."""
    matches = [m for m in (_CN_DATE.search(text), _NUMERIC_DATE.search(text)) if m]
    if not matches:
        return None
    first = min(matches, key=lambda m: m.start())
    if first.re is _NUMERIC_DATE:
        return make_date(int(first.group(1)), int(first.group(3)), int(first.group(4)))
    year = int(first.group(1)) if first.group(1) else _headline_year(text, title)
    return make_date(year, int(first.group(2)), int(first.group(3))) if year else None


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise(doc: Document) -> Article:
    """The :class:`Article` for ``doc``: clean text, its hash, a title and a date.

    ``doc.text`` is plain text (readers strip HTML).  A title that is also the
    first paragraph stays in the text: it often names the event.
    """
    text = normalise_text(doc.text, rejoin=not doc.is_html)
    title = normalise_title(doc.title or "") or _fallback_title(text)
    return Article(
        key=doc.key,
        source=doc.source,
        text=text,
        title=title,
        date=doc.date or infer_date(text, title),
        content_hash=content_hash(text),
        url=doc.url,
        source_path=doc.source_path,
    )
