"""Regular expressions over long lists of literal words (places, bodies, cue words).

``"|".join`` of a few thousand words sorted longest first makes Python's ``re`` try every word at
every position of the text.  :func:`alternation` writes the same words as a trie
(``上海(?:市)?|北京(?:市)?`` …), so that each position costs the length of the longest word that
starts there.  The matches are the same: at each position the longest word, and inside a larger
pattern the same words tried in the same order, longest first, when what follows fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

_END = ""  # the key marking that a word ends at a node (words are never empty here)


def alternation(words: Iterable[str]) -> str:
    """Regex source matching exactly what ``"|".join(map(re.escape, sorted(words, key=len,
    reverse=True)))`` matches, as a trie.  Empty words are ignored; no words give ``(?!)``."""
    trie: dict[str, dict] = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _source(trie) if trie else "(?!)"


def _source(node: dict[str, dict]) -> str:
    """A node's children, each a character and its subtree; a word ending here makes them optional
    (greedy: the longer words are tried first, as in the longest-first alternation)."""
    branches = [re.escape(ch) + _source(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body


@lru_cache(maxsize=1024)
def anchor(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """Literal words one of which every match of ``pattern`` holds (the most selective such set the
    pattern's parse tree shows: a run of literal characters, or an alternation of them, that no match
    can leave out), as a pattern; None when the tree shows none.  A pattern that opens with an optional
    group (``(?:在(?P<place>…))?主持…``) or a lazy label makes ``re`` try it at every position of a
    sentence; a sentence without its anchor cannot hold a match and need not be scanned for it
    (found once per pattern)::

        anchor(re.compile("(?:在(?P<p>[一-龥]{2,9}?))?(?:会见|接见)了?")).pattern == "会见|接见"
    """
    from re import _parser  # type: ignore[attr-defined]  # the parser of the standard library

    if pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError):
        return None
    words = _required(list(tree))
    if not words:
        return None
    return re.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))))


def _required(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Of a sequence of parsed items, the best set of words one of which every match holds."""
    from re import _constants as c  # type: ignore[attr-defined]

    best: frozenset[str] | None = None
    run = ""

    def better(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and all(found) and (best is None or (min(map(len, found)), -len(found)) > (min(map(len, best)), -len(best))):
            best = found

    for op, av in items:
        if op is c.LITERAL:
            run += chr(av)
            continue
        better(frozenset((run,)) if run else None)
        run = ""
        better(_required_item(op, av))
    better(frozenset((run,)) if run else None)
    return best


def _required_item(op: Any, av: Any) -> frozenset[str] | None:
    from re import _constants as c  # type: ignore[attr-defined]

    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _required(list(sub))
    if op is c.ATOMIC_GROUP:
        return _required(list(av))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _required(list(sub)) if low >= 1 else None
    if op is c.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            words = _required(list(branch))
            if not words:
                return None  # a branch that may hold none of them
            found |= words
        return frozenset(found)
    if op is c.IN and all(o is c.LITERAL for o, _ in av):
        return frozenset(chr(v) for _, v in av)
    return None
