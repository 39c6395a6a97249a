"""Gazetteer matching of places, regions and organisations.

The surface forms come from the reference data under ``ontology/`` (see
``kg.reference``); nothing is listed here.  Matching is leftmost-longest over
characters rather than tokens because jieba often glues a place to the next
word ("上海张江", "安徽省召开") and a token-level matcher would miss it.
Single-character abbreviations (沪, 苏 …) are not matched on their own: in
running text they are almost always part of a longer word (沪宁, 苏州); the
collectives built from them (沪苏浙皖) are region aliases and do match.

The matcher's table is data and is saved with the pipeline (``to_disk``), like
spaCy's ``SpanRuler`` patterns.  The component also teaches the pipeline's jieba tokenizer
its surface forms, when it is built and when its table is loaded, so that a pipeline
restored with ``spacy.load`` tokenises like the one that was saved ("安徽省委" one token).

A second layer reads the names of bodies no table lists by their shape (``kg.nlp.orgnames``: a suffix,
an anchor, no word between that cannot stand in a name) onto ``DocState.orgs`` and ``doc.spans["kg_orgs"]``;
they are kept apart from the mentions, so that only the readers of a statement's subject and speaker see them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.literals import alternation
from kg.nlp.orgnames import SPANS_KEY, OrgNames
from kg.nlp.rules import RULES_CONFIG, Rules, load_rules
from kg.nlp.state import Mention
from kg.reference import Reference

_TABLE_FILE = "gazetteer.json"
_JIEBA_FREQ = 2000  # high enough that jieba keeps a place or organisation name whole


def build_table(ref: Reference) -> dict[str, tuple[str, str]]:
    """surface form → (kind, canonical value)."""
    table: dict[str, tuple[str, str]] = {}

    def put(form: str, kind: str, value: str) -> None:
        form = form.strip()
        if len(form) >= 2 and form not in table:
            table[form] = (kind, value)

    # Organisations first: "上海市委" must win over "上海市" + "委".
    for p in ref.provinces:
        put(p.party_org, "org", p.party_org)
        put(p.gov_org, "org", p.gov_org)
    for c in ref.cities:
        for attr in ("party_org", "gov_org"):
            label = getattr(c, attr, "") or ""
            if label:
                put(label, "org", label)
    for b in ref.national_bodies:
        put(b.label, "org", b.label)
        for alias in b.aliases:
            put(alias, "org", b.label)
    for r in ref.regions:
        put(r.name, "region", r.name)
        for alias in r.aliases:
            put(alias, "region", r.name)
    for p in ref.provinces:
        for form in (p.name, p.short, *p.aliases):
            put(form, "province", p.short)
    for c in ref.cities:
        for form in (c.name, c.short, *getattr(c, "aliases", ())):
            put(form, "city", c.short)
    return table


class Gazetteer:
    """Adds place, region and organisation :class:`Mention`s to ``doc._.kg``."""

    def __init__(
        self,
        nlp: Language | None,
        name: str,
        table: dict[str, tuple[str, str]] | None = None,
        rules: Rules | None = None,
    ) -> None:
        self.name = name
        self.nlp = nlp
        if table is None:
            table = build_table((rules if rules is not None else load_rules()).reference)
        self.table: dict[str, tuple[str, str]] = table
        self.orgs = OrgNames((rules if rules is not None else load_rules())["org_names"])
        self._compile()
        self._teach_tokenizer()

    def _teach_tokenizer(self) -> None:
        """Add the surface forms to the pipeline's jieba dictionary.  jieba's dictionary is
        process-wide; a form already there with our frequency is skipped, so building a
        second pipeline changes nothing (``add_word`` would otherwise grow jieba's total)."""
        seg = getattr(getattr(self.nlp, "tokenizer", None), "jieba_seg", None)
        if seg is None:
            return
        for form in self.table:
            if seg.get_FREQ(form) != _JIEBA_FREQ:
                seg.add_word(form, freq=_JIEBA_FREQ)

    def _compile(self) -> None:
        # the longest form at each position, as a trie: the same matches as the forms joined longest
        # first, three times faster (kg/nlp/literals.py)
        self.pattern = re.compile(alternation(self.table)) if self.table else None
        self.orgs.known = frozenset(self.table)

    def surface_forms(self) -> Iterable[str]:
        return self.table.keys()

    def find(self, text: str, offset: int = 0) -> list[Mention]:
        if self.pattern is None:
            return []
        out = []
        for m in self.pattern.finditer(text):
            kind, value = self.table[m.group()]
            out.append(Mention(offset + m.start(), offset + m.end(), kind, value))
        return out

    def __call__(self, doc: Doc) -> Doc:
        state = doc._.kg
        state.mentions.extend(self.find(state.article.text))  # Doc.text re-joins every token
        state.orgs = self.orgs.find(state.article.text, state.tokens, state.mentions)
        spans = [doc.char_span(m.start, m.end, label="ORG", alignment_mode="expand") for m in state.orgs]
        doc.spans[SPANS_KEY] = [s for s in spans if s is not None]
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / _TABLE_FILE, {k: list(v) for k, v in sorted(self.table.items())})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Gazetteer:
        data = srsly.read_json(Path(path) / _TABLE_FILE)
        self.table = {k: (v[0], v[1]) for k, v in data.items()}
        self._compile()
        self._teach_tokenizer()
        return self


@Language.factory("kg_gazetteer", default_config={"rules": RULES_CONFIG})
def make_gazetteer(nlp: Language, name: str, rules: Rules) -> Gazetteer:
    return Gazetteer(nlp, name, rules=rules)
