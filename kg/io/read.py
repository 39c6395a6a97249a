"""Read input files into :class:`~kg.records.Document`\\ s.

A corpus is messy: mixed encodings, an odd binary file in a folder, one broken
line in a million-line JSONL dump.  :func:`iter_documents` therefore *yields*
an :class:`~kg.errors.InputError` for each document it cannot read and carries
on; the caller decides whether to report or stop.

Supported inputs: ``.txt``, ``.md``/``.markdown``, ``.html``/``.htm`` (read
whole, up to ``max_bytes``), ``.jsonl`` (streamed line by line, one object per
line) and ``.json`` (one object or a list of objects; a ``.json`` file that is
really JSON Lines is streamed as such).  ``Document.text`` is always plain text
with paragraphs separated by a blank line; ``is_html`` records that it was
stripped from HTML.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

import charset_normalizer

from kg.errors import InputError
from kg.io.normalise import CJK_RANGES, SENTENCE_END, ZH_PUNCT, make_date, normalise_title
from kg.records import Document

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Largest file read whole, and largest single JSONL line."""

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
JSON_SUFFIXES = frozenset({".json"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES

Item = Document | InputError


# --- files and folders -------------------------------------------------------------


def _is_hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def walk_folder(folder: Path) -> list[Path | InputError]:
    """Supported, non-hidden files under ``folder``, in sorted path order.

    A subfolder that cannot be listed is an :class:`InputError` (its files would
    otherwise vanish from the build without a word), and so is a symbolic link:
    links are not followed, so a tree never pulls in files from outside itself.
    """
    found: list[Path] = []
    errors: list[InputError] = []

    def unreadable(exc: OSError) -> None:
        errors.append(InputError(str(exc.filename or folder), f"folder cannot be read: {exc.strerror or exc}"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        for d in dirs:
            if (Path(root) / d).is_symlink() and not d.startswith("."):
                errors.append(InputError(str(Path(root) / d), "is a symbolic link to a folder; links are not followed"))
        dirs[:] = [d for d in dirs if not d.startswith(".") and not (Path(root) / d).is_symlink()]
        for name in files:
            path = Path(root) / name
            if path.suffix.lower() not in SUFFIXES or _is_hidden(path.relative_to(folder)):
                continue
            if path.is_symlink():
                errors.append(InputError(str(path), "is a symbolic link; links inside a folder are not followed"))
            else:
                found.append(path)
    items: list[Path | InputError] = [*found, *errors]
    return sorted(items, key=lambda p: Path(p if isinstance(p, Path) else p.source).relative_to(folder).parts)


Input = tuple[Path, Path]
"""A file to read and the input root its key and ``sourcePath`` are relative to."""


def _iter_files(paths: Iterable[str | Path]) -> Iterator[Input | InputError]:
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in walk_folder(path):
                yield found if isinstance(found, InputError) else (found, path)
        elif not path.exists() and not path.is_symlink():
            yield InputError(str(path), "no such file or folder")
        elif path.suffix.lower() not in SUFFIXES:
            expected = ", ".join(sorted(SUFFIXES))
            yield InputError(
                str(path), f"unsupported file type {path.suffix or '(none)'!r}; expected {expected}"
            )
        else:
            yield path, path.parent


def relative_name(path: Path, root: Path) -> str:
    """``path`` inside the input ``root``, with ``/`` separators: the same for
    ``kg build c.jsonl`` and ``kg build /abs/c.jsonl``, and unique within a tree."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.name


def _key_base(path: Path, root: Path) -> str:
    """The key of a file's article (or the stem of its items' keys): its path inside the
    input root without the suffix, so ``2022/report.txt`` and ``2023/report.txt`` differ."""
    name = relative_name(path, root)
    return name[: -len(path.suffix)] if path.suffix and name.endswith(path.suffix) else name


def iter_documents(
    paths: Iterable[str | Path],
    date: dt.date | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Item]:
    """Documents (or the reason they could not be read) from files and folders.

    ``date`` (the CLI's ``--date``) overrides every other date source; next
    come a JSON ``date`` field, then a date in the file name.
    """
    for found in _iter_files(paths):
        if isinstance(found, InputError):
            yield found
            continue
        path, root = found
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, root, date, max_bytes)
        elif suffix in JSON_SUFFIXES:
            yield from _read_json(path, root, date, max_bytes)
        else:
            yield _read_text_file(path, root, date, max_bytes)



# --- dates ---------------------------------------------------------------------------

_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})([-_]?)(\d{2})\2(\d{2})(?!\d)")


def date_from_name(name: str) -> dt.date | None:
    """A date written in a file name: ``20200822_x``, ``2022-08-18-x``, ``2022_08_18``."""
    for m in _NAME_DATE.finditer(name):
        found = make_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if found:
            return found
    return None


def _parse_date_field(value: object) -> dt.date:
    """A JSON ``date`` field: ``YYYY-MM-DD``, optionally followed by a time."""
    if isinstance(value, str) and len(value) >= 10 and value[10:11] in ("", "T", " "):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise ValueError(f"the date field {value!r} is not a YYYY-MM-DD date")


# --- decoding ------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_PLAUSIBLE = 0.9
_MAX_CONTROL_SHARE = 0.01
_TEXT_CONTROLS = "\t\n\r\f\v"


class DecodeError(ValueError):
    """Bytes that are not text in any encoding we accept; the message is the reason."""


def _gb2312_share(text: str) -> float:
    """Share of non-ASCII characters that are in GB2312, i.e. common simplified Chinese.

    A wrong decoding of Chinese bytes scatters rare characters, Yi syllables
    and Hangul; the right one stays almost entirely within GB2312.
    """
    wide = [ch for ch in text if not ch.isascii() and not ch.isspace()]
    if not wide:
        return 1.0
    common = 0
    for ch in wide:
        try:
            ch.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common / len(wide)


def _control_share(text: str) -> float:
    controls = sum(1 for ch in text if ch < " " and ch not in _TEXT_CONTROLS)
    return controls / max(len(text), 1)


def _decode_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: the byte order whose decoding reads as Chinese text.

    Random bytes rarely decode strictly (lone surrogates) and never read as
    common characters, so this also tells UTF-16 text from binary data.
    """
    if len(data) % 2:
        return None
    candidates = []
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        share = _gb2312_share(text)
        if share >= _PLAUSIBLE and _control_share(text) <= _MAX_CONTROL_SHARE:
            candidates.append((share, text))
    return max(candidates)[1] if candidates else None


def _decode_gb18030(data: bytes) -> str | None:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    return text if _gb2312_share(text) >= _PLAUSIBLE else None


def _decode_detected(data: bytes) -> str | None:
    best = charset_normalizer.from_bytes(data).best()
    return str(best) if best is not None else None


def decode_bytes(data: bytes) -> str:
    """Text from bytes: BOM, then strict UTF-8, GB18030, UTF-16 without BOM, detection.

    GB18030 is tried before the generic detector because detectors often take
    short simplified-Chinese text for Big5, Shift-JIS or a Korean code page.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as e:
                raise DecodeError(
                    f"has a {encoding} byte-order mark but byte {e.start} is not {encoding}"
                ) from e
    if b"\x00" in data:
        text = _decode_utf16(data)
        if text is None:
            raise DecodeError("is a binary file (it contains NUL bytes), not text")
        return text
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        found = _decode_gb18030(data) or _decode_utf16(data) or _decode_detected(data)
        if found is None:
            raise DecodeError("is not text in UTF-8, UTF-16 or GB18030, and no other encoding fits") from None
        text = found
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise DecodeError("is a binary file (it is full of control characters), not text")
    return text


# --- HTML --------------------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    "p div br h1 h2 h3 h4 h5 h6 li ul ol dl dt dd tr table section article header footer "
    "blockquote hr pre figure figcaption aside nav main address".split()
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
_WRAPPED_LINE = re.compile(f"(?<=[{CJK_RANGES}{ZH_PUNCT}])\\s*\\n\\s*(?=[{CJK_RANGES}{ZH_PUNCT}])")
_WHITESPACE = re.compile(r"\s+")


def _collapse(text: str) -> str:
    """HTML whitespace rules, except that a line wrap between Chinese characters is no space."""
    return _WHITESPACE.sub(" ", _WRAPPED_LINE.sub("", text)).strip()


class _HtmlText(HTMLParser):
    """Collects paragraphs of visible text, the <title> and the first <h1>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title: list[str] = []
        self.h1: list[str] = []
        self._current: list[str] = []
        self._skip = 0
        self._in_title = False
        self._in_h1 = False
        self._h1_done = False

    def _break(self) -> None:
        text = _collapse("".join(self._current))
        if text:
            self.paragraphs.append(text)
        self._current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "h1" and not self._h1_done:
            self._in_h1 = True
        if tag in _BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(self._skip - 1, 0)
        elif tag == "title":
            self._in_title = False
        elif tag == "h1" and self._in_h1:
            self._in_h1, self._h1_done = False, True
        if tag in _BLOCK_TAGS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title:
            self.title.append(data)
            return
        if self._in_h1:
            self.h1.append(data)
        self._current.append(data)

    def close(self) -> None:
        super().close()
        self._break()


_MARKUP_TAG = re.compile(
    r"<(?:!doctype\s+html|/?(?:html|head|body|p|div|span|br|script|style|a|table|tr|td|li|ul|ol|h[1-6]"
    r"|section|article|img|meta|link|title)\b[^<>]*)>",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """A page of markup under a ``.txt`` name or in a JSON ``text`` field: it starts with a
    tag, or holds five or more.  Read as plain text, its scripts and attributes would be
    extracted as if they were sentences (commitments read out of markup)."""
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("<") and _MARKUP_TAG.match(head):
        return True
    return len(_MARKUP_TAG.findall(text, 0, 200_000)) >= 5


def html_to_text(html: str) -> tuple[str, str | None]:
    """Visible text (paragraphs separated by a blank line) and the title of an HTML page.

    The title is the <title>, else the first <h1>; scripts and styles are dropped.
    """
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    title = _collapse("".join(parser.title)) or _collapse("".join(parser.h1))
    return "\n\n".join(parser.paragraphs), title or None


def first_line_title(text: str) -> str | None:
    """The first non-empty line, without markdown heading and emphasis markers."""
    for line in text.splitlines():
        title = normalise_title(line)
        if title:
            return title
    return None


# --- whole files ----------------------------------------------------------------------------


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.3g} MB"


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; OSError and DecodeError carry the reason it cannot be read."""
    if path.exists() and not path.is_file():  # a FIFO or device named *.txt would block or never end
        raise DecodeError("is not a regular file")
    size = path.stat().st_size
    if size > max_bytes:
        raise DecodeError(
            f"is {_megabytes(size)}, larger than the {_megabytes(max_bytes)} limit for one file"
        )
    return path.read_bytes()


def _read_decoded(path: Path, max_bytes: int) -> str | InputError:
    try:
        text = decode_bytes(_read_bytes(path, max_bytes))
    except OSError as e:
        return InputError(str(path), f"cannot be read: {e.strerror or e}")
    except DecodeError as e:
        return InputError(str(path), f"file {e}")
    if not text.strip():
        return InputError(str(path), "file is empty")
    return text


def _read_text_file(path: Path, root: Path, date: dt.date | None, max_bytes: int) -> Item:
    text = _read_decoded(path, max_bytes)
    if isinstance(text, InputError):
        return text
    is_html = path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text)
    title = None
    if is_html:
        text, title = html_to_text(text)
        if not text:
            return InputError(str(path), "HTML page has no visible text")
    return Document(
        source=str(path),
        key=_key_base(path, root),
        source_path=relative_name(path, root),
        text=text,
        title=title or first_line_title(text),
        date=date or date_from_name(path.name),
        is_html=is_html,
    )


# --- JSON records ------------------------------------------------------------------------------


def _string_field(obj: dict[str, Any], name: str) -> str | None:
    value = obj.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"the {name!r} field is a {type(value).__name__}, not a string")
    return value.strip() or None


def _record_body(obj: dict[str, Any]) -> tuple[str, str | None, bool]:
    """Plain text, the HTML title if any, and whether it came from HTML."""
    text = _string_field(obj, "text")
    if text and not looks_like_html(text):
        return text, None, False
    html = text or _string_field(obj, "html")
    if html:
        stripped, title = html_to_text(html)
        if stripped:
            return stripped, title, True
        raise ValueError(f"the {'text' if text else 'html'!r} field has no visible text (it is markup)")
    present = [name for name in ("text", "html") if name in obj]
    if present:
        raise ValueError(f"the {present[0]!r} field is empty")
    raise ValueError("has no 'text' or 'html' field")


def _record_document(
    obj: object,
    source: str,
    fallback_key: str,
    date: dt.date | None,
    name_date: dt.date | None,
    source_path: str | None = None,
) -> Item:
    """One JSON object to a Document; any problem becomes an InputError for ``source``."""
    if not isinstance(obj, dict):
        return InputError(source, f"expected a JSON object, found a {type(obj).__name__}")
    try:
        text, html_title, is_html = _record_body(obj)
        key = obj.get("id")
        field_date = None if obj.get("date") in (None, "") else _parse_date_field(obj["date"])
        return Document(
            source=source,
            key=str(key) if key not in (None, "") else fallback_key,
            text=text,
            title=_string_field(obj, "title") or html_title or first_line_title(text),
            date=date or field_date or name_date,
            url=_string_field(obj, "url"),
            is_html=is_html,
            source_path=source_path,
        )
    except ValueError as e:
        return InputError(source, str(e))


def _parse_line(raw: bytes) -> object:
    """One JSONL line's value; UTF-8 as JSON requires, GB18030 tolerated."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        decoded = _decode_gb18030(raw)
        if decoded is None:
            raise ValueError("line is not UTF-8 text") from None
        line = decoded
    try:
        return json.loads(line)
    except json.JSONDecodeError as e:
        raise ValueError(f"line is not valid JSON ({e.msg} at column {e.colno})") from None
    except RecursionError:
        raise ValueError("line is JSON nested too deeply to be an article") from None


def _skip_line(stream: IO[bytes], chunk: int) -> None:
    while True:
        part = stream.readline(chunk)
        if not part or part.endswith(b"\n"):
            return


def _jsonl_lines(stream: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)`` of non-blank lines; ``None`` for a line over ``max_bytes``.

    Blank means whitespace to Python, not only to ASCII: a line holding just U+2028, U+001C or an
    ideographic space (U+3000) is skipped like an empty one, not reported as broken JSON."""
    lineno = 0
    while raw := stream.readline(max_bytes + 1):
        lineno += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            _skip_line(stream, max_bytes)
            yield lineno, None
        elif raw.strip() and raw.decode("utf-8", "replace").strip():
            yield lineno, raw.removeprefix(codecs.BOM_UTF8) if lineno == 1 else raw


def _read_jsonl(path: Path, root: Path, date: dt.date | None, max_bytes: int) -> Iterator[Item]:
    name_date = date_from_name(path.name)
    count = 0
    try:
        with path.open("rb") as stream:
            if stream.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
                yield InputError(str(path), "JSON Lines must be UTF-8; this file is UTF-16")
                return
            stream.seek(0)
            for lineno, raw in _jsonl_lines(stream, max_bytes):
                count += 1
                source = f"{path}:{lineno}"
                if raw is None:
                    yield InputError(source, f"line is longer than the {_megabytes(max_bytes)} limit")
                    continue
                try:
                    obj = _parse_line(raw)
                except ValueError as e:
                    yield InputError(source, str(e))
                    continue
                yield _record_document(
                    obj, source, f"{_key_base(path, root)}-{lineno}", date, name_date, f"{relative_name(path, root)}:{lineno}"
                )
    except OSError as e:
        yield InputError(str(path), f"cannot be read: {e.strerror or e}")
        return
    if count == 0:
        yield InputError(str(path), "file is empty")


def _read_json(path: Path, root: Path, date: dt.date | None, max_bytes: int) -> Iterator[Item]:
    text = _read_decoded(path, max_bytes)
    if isinstance(text, InputError):
        yield text
        return
    try:
        value = json.loads(text)
    except RecursionError:
        yield InputError(str(path), "file is JSON nested too deeply to be an article")
        return
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":  # several values: JSON Lines under a .json name
            yield from _read_jsonl(path, root, date, max_bytes)
        else:
            yield InputError(str(path), f"file is not valid JSON ({e.msg} at line {e.lineno})")
        return
    name_date = date_from_name(path.name)
    if not isinstance(value, list):
        yield _record_document(value, str(path), _key_base(path, root), date, name_date, relative_name(path, root))
        return
    for i, obj in enumerate(value, start=1):
        yield _record_document(
            obj, f"{path}#{i}", f"{_key_base(path, root)}-{i}", date, name_date, f"{relative_name(path, root)}#{i}"
        )


# --- 新闻联播 news-in-brief bundles -----------------------------------------------------------

BUNDLE_MARKER = "联播快讯"
_BUNDLE_HEADLINE_MAX = 50


def _is_brief_headline(paragraph: str) -> bool:
    """A short paragraph that finishes no sentence, e.g. "京张高铁全线铺轨完成".

    "！" may appear inside ("礼赞新时代！总台迎二十大首批重点节目片单发布") but not at the end.
    """
    return (
        len(paragraph) <= _BUNDLE_HEADLINE_MAX
        and not any(ch in paragraph for ch in "。；;")
        and not paragraph.endswith(tuple(SENTENCE_END + "：:"))
    )


def _bundle_reports(paragraphs: list[str]) -> list[list[str]]:
    """Group paragraphs into reports, each opened by a headline followed by body text.

    The lead-in before the first headline ("央视网消息（新闻联播）：") is dropped.
    """
    reports: list[list[str]] = []
    for i, para in enumerate(paragraphs):
        following = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        if _is_brief_headline(para) and following is not None and not _is_brief_headline(following):
            reports.append([para])
        elif reports:
            reports[-1].append(para)
    return reports


def split_bundle(doc: Document) -> list[Document]:
    """One Document per report of a 新闻联播 "联播快讯" bundle; ``[doc]`` for anything else.

    Each report is keyed ``<key>-<n>`` and titled by its own headline, which
    also stays as its first paragraph.
    """
    if BUNDLE_MARKER not in (doc.title or ""):
        return [doc]
    paragraphs = [p.strip() for p in doc.text.split("\n") if p.strip()]
    reports = _bundle_reports(paragraphs)
    if not reports:
        return [doc]
    return [
        replace(
            doc,
            key=f"{doc.key}-{n}",
            source=f"{doc.source}#{n}",
            source_path=f"{doc.source_path}#{n}" if doc.source_path else None,
            title=report[0],
            text="\n\n".join(report),
        )
        for n, report in enumerate(reports, start=1)
    ]
