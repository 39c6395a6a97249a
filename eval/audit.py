"""Precision audit: a seeded random sample of extracted facts, each with its evidence sentence.

Gold files measure recall and precision on a few dozen items; this measures precision on a
large slice no rule was tuned on, by putting a random sample of facts in front of a reader::

    python eval/audit.py --items 2000 --seed 9 --persons 200 --memberships 100 --events 100
    python eval/audit.py --items 2000 --seed 9 --persons 0 --memberships 0 --events 0 \
        --commitments 100 --directives 100

It picks ``--items`` lines of ``../shared/corpus/xwlb.jsonl`` at random (``--seed``), leaves out
the items of every gold set under eval/ (``--keep-gold`` keeps them, as the audits up to session 6's
seed 1204 were drawn), runs the extraction in this process (no store is written), and prints, per class, the sampled facts
numbered for judging:

* **persons**: distinct person names over the slice, each with the sentence of its first
  mention (the sentence a reader needs to tell a name from a glued phrase);
* **memberships**: posts (person, title, role, attested day) with their evidence sentence;
* **events**: events (kind, label, date, place) with their evidence sentence;
* **commitments** / **directives**: statements (one per sentence) with their committers or
  issuer and addressees, speaker, actions, projects and event, and the sentence.  Judged strictly
  (``shared/statements-guide.md``): right kind, right actor (committers / issuer), right action.

Every fact line also shows the article's day and, when the discourse layer marked its clause,
the clause's time (``[past 2018-09]``), so that a past fact stamped with the report's day is
easy to spot.  ``--json`` writes the sample as JSON lines instead, for a judging sheet.
Corpus text is printed to the terminal only; nothing is written inside the repository.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "xwlb.jsonl"


def _articles(lines: list[str]) -> Iterator[Any]:
    """The articles of the chosen corpus lines, read and normalised as ``kg build`` does."""
    import tempfile

    try:
        from kg.io.normalise import normalise
        from kg.io.read import iter_documents, split_bundle
    except ImportError:  # before the layout with kg/io/
        from kg.io.normalise import normalise
        from kg.io.read import iter_documents, split_bundle
    from kg.records import Document

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "slice.jsonl"
        path.write_text("".join(lines), encoding="utf-8")
        for item in iter_documents([path]):
            if not isinstance(item, Document):
                continue
            for doc in split_bundle(item):
                yield normalise(doc)


def gold_ids(root: Path = ROOT / "eval") -> set[str]:
    """Items of every gold set under eval/ (dev, test…, heldout): a slice to judge must hold none of
    them — a dev item's facts were tuned on, and showing a test item's output leaks the test."""
    ids = set()
    for path in root.glob("*/*.json"):
        try:
            document = json.loads(path.read_text(encoding="utf-8")).get("document", "")
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(document, str) and document.startswith("xwlb:"):
            ids.add(document.split(":", 1)[1])
    return ids


def choose_lines(corpus: Path, items: int, seed: int, without: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """``items`` corpus lines at random (``seed``), minus the items ``without`` names (drawn first, then
    left out, so a seed picks the same other items whatever the gold sets hold)."""
    with corpus.open(encoding="utf-8") as fh:
        lines = fh.readlines()
    rng = random.Random(seed)
    chosen = [lines[i] for i in sorted(rng.sample(range(len(lines)), min(items, len(lines))))]
    return [line for line in chosen if not without or json.loads(line).get("id") not in without]


def _fact(state: Any, kind: str, what: str, offset: int) -> dict[str, Any]:
    """One sampled fact: what it says, its article and day, its clause's time and sentence."""
    article = state.article
    clause = state.time_at(offset)
    time = f"{clause.tense} {clause.date or ''}".strip() if clause and clause.tense != "report" else ""
    return {
        "article": article.key,
        "day": article.date.isoformat() if article.date else None,
        "fact": what,
        "time": time,
        "evidence": state.evidence_at(offset).text,
    }


def collect(lines: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Every person (first mention), membership and event of the slice, with evidence."""
    from kg.nlp import Extractor

    extractor = Extractor()
    facts: dict[str, list[dict[str, Any]]] = {"persons": [], "memberships": [], "events": [],
                                              "commitments": [], "directives": []}
    seen_persons: set[str] = set()
    for article in _articles(lines):
        state = extractor.nlp(extractor._doc(article))._.kg
        ex = state.extraction
        for name in ex.persons:
            if name in seen_persons:
                continue
            seen_persons.add(name)
            spans = state.person_mentions.get(name) or [(0, 0)]
            facts["persons"].append(_fact(state, "persons", name, min(spans)[0]))
        for post in ex.posts:
            when = post.attested_on.isoformat() if post.attested_on else "-"
            what = f"{post.person} | {post.title} | {post.role} | {when}"
            facts["memberships"].append(_fact(state, "memberships", what, post.evidence.start))
        for e in ex.events:
            place = e.location.name if e.location else "-"
            what = f"{e.kind} | {e.label} | {e.start_date or '-'} | {place}"
            facts["events"].append(_fact(state, "events", what, e.evidence.start))
        labels = {e.key: e.label for e in ex.events}
        for c in ex.commitments:
            what = (f"{'、'.join(a.name for a in c.committed_by)} | speaker {c.speaker or '-'} | "
                    f"{'；'.join(c.actions or (c.action,))} | {'、'.join(c.projects) or '-'} | {labels.get(c.event or '', '-')}")
            facts["commitments"].append(_fact(state, "commitments", what, c.evidence.start))
        for d in ex.directives:
            what = (f"{d.issued_by.name} → {'、'.join(a.name for a in d.addressed_to) or '(none named)'} | "
                    f"{'；'.join(d.actions or (d.action,))} | {'、'.join(d.projects) or '-'} | {labels.get(d.event or '', '-')}")
            facts["directives"].append(_fact(state, "directives", what, d.evidence.start))
    return facts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--items", type=int, default=2000, help="corpus lines in the slice")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--persons", type=int, default=200)
    parser.add_argument("--memberships", type=int, default=100)
    parser.add_argument("--events", type=int, default=100)
    parser.add_argument("--commitments", type=int, default=100)
    parser.add_argument("--directives", type=int, default=100)
    parser.add_argument("--json", action="store_true", help="one JSON object per sampled fact")
    parser.add_argument("--keep-gold", action="store_true",
                        help="keep items of the eval/ gold sets in the slice (how audits before session 6's end were drawn)")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"audit: corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    lines = choose_lines(args.corpus, args.items, args.seed, frozenset() if args.keep_gold else gold_ids())
    facts = collect(lines)
    rng = random.Random(args.seed)
    wanted = {"persons": args.persons, "memberships": args.memberships, "events": args.events,
              "commitments": args.commitments, "directives": args.directives}
    for kind, n in wanted.items():
        pool = facts[kind]
        sample = rng.sample(pool, min(n, len(pool)))
        if not args.json:
            print(f"\n== {kind}: {len(sample)} of {len(pool)}")
        for i, f in enumerate(sample, 1):
            if args.json:
                print(json.dumps({"class": kind, "n": i, **f}, ensure_ascii=False))
            else:
                time = f" [{f['time']}]" if f["time"] else ""
                print(f"{kind[0]}{i:03d} {f['fact']}  (article {f['article']}, {f['day']}){time}\n     {f['evidence']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
