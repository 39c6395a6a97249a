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
