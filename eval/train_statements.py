"""Train the statement-kind classifier of ``kg_statement_kind`` from the dev gold, and cross-validate it.

    python eval/train_statements.py                # train on all of eval/dev → kg/models/statement_kind/
    python eval/train_statements.py --cv 5         # item-level 5-fold CV (classifier and end to end)

**Training data.**  Every gold file of ``eval/dev`` with a ``statements`` block names the
sentences that hold a commitment or a directive by fingerprint (``docs/gold-format.md``); every
other sentence of the item is "neither".  The items are read from ``../shared/corpus/xwlb.jsonl``
with ``eval/sentences.py`` (kg's reader and normaliser, bundles split into reports), run through
kg's pipeline up to ``kg_speakers``, and each of kg's sentences gets the kind of the gold
sentence it holds (the frozen sentence rule and fingerprint of ``eval/sentences.py``, matched the
way ``kg eval`` matches statements).  The (sentence, label) pairs live in memory only: no corpus
text is written anywhere.

**Model.**  A spaCy TextCategorizer (``spacy.TextCatBOW.v3``, exclusive classes COMMITMENT /
DIRECTIVE / NEITHER) over the words ``kg.nlp.statement_kind.sentence_words`` gives it; trained on
CPU with a fixed seed (same data, same weights).  What is written to ``--out`` is the
component's labels and weights and ``features.json``, no vocabulary.

**Cross-validation** (``--cv K``): the items are dealt into K folds (seeded); for each fold a
model is trained on the other folds' items and (1) its argmax is compared with the gold kind of
every held-out sentence (per-class P/R/F1, pooled over folds), (2) the held-out items are built
end to end with ``eval/run_eval.py``'s in-process build (``build_and_score``) once per combination
policy of ``kg_commitments`` (``rules``, ``veto``, ``add``, ``both``) and scored with ``kg eval``'s
own code; the counts are pooled over folds (micro P/R/F1).  ``--json FILE`` writes the figures.
The choice of the default policy and the figures are in ``docs/statements-model.md``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from run_eval import build_and_score  # noqa: E402
from sentences import DEFAULT_CORPUS, articles, fingerprint  # noqa: E402
from sentences import sentences as frozen_sentences  # noqa: E402

from kg.nlp.state import SentenceSpeaker  # noqa: E402
from kg.nlp.statement_kind import (  # noqa: E402
    DEFAULT_FEATURES,
    DEFAULT_MODEL,
    LABELS,
    StatementKindModel,
    sentence_words,  # noqa: E402
)
from kg.nlp.statement_kind import train_model as train  # noqa: E402

KIND_LABEL = {"commitment": "COMMITMENT", "directive": "DIRECTIVE"}
# the policies (and thresholds) of the ablation in docs/statements-model.md
POLICIES = ("rules", "veto:0.9", "veto:0.95", "veto:0.98", "add:0.9", "add:0.95", "add:0.98", "both:0.98:0.95")
SEED = 0


@dataclass
class Item:
    """One gold item: its file, and per kg sentence what the model may read of it (the sentence,
    its tokens and its speaker, offsets within the sentence), its gold label and the rules' kind."""

    ident: str
    gold: Path
    sentences: list[tuple[str, list[tuple[int, int]], SentenceSpeaker | None, str]] = field(default_factory=list)
    missed: int = 0  # gold statement sentences no kg sentence holds
    rules: list[str] = field(default_factory=list)  # the rules' kind of each sentence (rules-only pipeline)

    def examples(self, features: dict[str, Any]) -> list[tuple[list[str], str]]:
        return [(sentence_words(text, tokens, (0, len(text)), speaker, features), label)
                for text, tokens, speaker, label in self.sentences]


def gold_items(gold_dir: Path) -> dict[str, tuple[Path, dict[str, str]]]:
    """Item id → (gold file, fingerprint → label) of every gold file with a ``statements`` block."""
    out: dict[str, tuple[Path, dict[str, str]]] = {}
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if "statements" not in gold or not str(gold.get("document", "")).startswith("xwlb:"):
            continue
        kinds = {e["sent"]: KIND_LABEL[e["kind"]] for e in gold["statements"]}
        out[gold["document"].split(":", 1)[1]] = (path, kinds)
    return out


def labelled_items(gold_dir: Path, corpus: Path) -> list[Item]:
    """The gold items with each kg sentence's words and gold label (in memory)."""
    from kg.nlp import PIPELINE, make_nlp

    golds = gold_items(gold_dir)
    # the whole pipeline, rules only: the words the model reads, and the rules' own kind of each sentence
    # (without kg_statement_kind: training needs no model, not even the shipped one)
    nlp = make_nlp({"kg_commitments": {"model_policy": "rules"}}, [c for c in PIPELINE if c != "kg_statement_kind"])
    items = {ident: Item(ident, path) for ident, (path, _) in golds.items()}
    seen: dict[str, set[str]] = {ident: set() for ident in golds}
    for art in articles(sorted(golds), corpus):
        ident = re.sub(r"-\d+$", "", art.key)  # type: ignore[attr-defined]
        kinds = golds[ident][1]
        doc = nlp.make_doc(art.text)  # type: ignore[attr-defined]
        doc.user_data["kg_article"] = art
        state = nlp(doc)._.kg
        ruled = {r.evidence.start: "COMMITMENT" for r in state.extraction.commitments}
        ruled.update({r.evidence.start: "DIRECTIVE" for r in state.extraction.directives})
        speakers = {sp.sentence: sp for sp in state.sentence_speakers}
        for i, (ss, se) in enumerate(state.sentences):
            text = state.article.text[ss:se]
            fps = [fingerprint(s) for s in frozen_sentences(text)]
            hits = [f for f in fps if f in kinds]
            seen[ident].update(hits)
            sp = speakers.get(i)
            tokens = [(s - ss, e - ss) for s, e in state.tokens_between(ss, se)]
            items[ident].sentences.append((text, tokens, replace(sp, body_start=sp.body_start - ss) if sp else None,
                                           kinds[hits[0]] if hits else "NEITHER"))
            items[ident].rules.append(ruled.get(ss, "NEITHER"))
    for ident, item in items.items():
        item.missed = len(set(golds[ident][1]) - seen[ident])
    return [items[i] for i in sorted(items)]


def folds(items: Sequence[Item], k: int, seed: int = SEED) -> list[list[Item]]:
    """Items dealt into ``k`` folds after a seeded shuffle."""
    order = sorted(items, key=lambda it: it.ident)
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def class_scores(pairs: Sequence[tuple[str, str]]) -> dict[str, dict[str, float]]:
    """Per-class P/R/F1 of (gold, predicted) label pairs, and the accuracy."""
    out: dict[str, dict[str, float]] = {}
    for label in LABELS:
        tp = sum(1 for g, p in pairs if g == p == label)
        n_pred, n_gold = sum(1 for _, p in pairs if p == label), sum(1 for g, _ in pairs if g == label)
        prec, rec = tp / n_pred if n_pred else 0.0, tp / n_gold if n_gold else 0.0
        out[label] = {"p": prec, "r": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
                      "gold": n_gold, "predicted": n_pred}
    out["accuracy"] = {"value": sum(1 for g, p in pairs if g == p) / len(pairs) if pairs else 0.0}
    return out


def predictions(model: StatementKindModel, items: Sequence[Item]) -> Iterator[tuple[str, str]]:
    for item in items:
        examples = item.examples(model.features)
        for (_, gold), scores in zip(examples, model.score([w for w, _ in examples]), strict=True):
            yield gold, max(scores, key=scores.__getitem__)


def policy_config(spec: str, model_dir: Path, veto: float, add: float) -> dict[str, dict[str, Any]]:
    """The pipeline config of a policy spec: ``veto``, ``add:0.8`` (its threshold), ``both:0.95:0.8``
    (veto, then add threshold); thresholds not given are ``veto``/``add``."""
    name, *values = spec.split(":")
    thresholds = [float(v) for v in values]
    if name == "veto" and thresholds:
        veto = thresholds[0]
    elif name == "add" and thresholds:
        add = thresholds[0]
    elif name == "both" and thresholds:
        veto, add = thresholds[0], thresholds[-1]
    return {"kg_statement_kind": {"model": str(model_dir)},
            "kg_commitments": {"model_policy": name, "veto_threshold": veto, "add_threshold": add}}


ASPECTS = ("statement_kind", "statement_committers", "statement_issuers", "statement_addressees", "statement_speakers")


def training_examples(items: Sequence[Item], features: dict[str, Any], oversample: int = 1) -> list[tuple[list[str], str]]:
    """The (words, label) pairs of ``items``; a COMMITMENT pair ``oversample`` times (a class weight:
    commitments are the rarest kind)."""
    return [ex for it in items for ex in it.examples(features) for _ in range(oversample if ex[1] == "COMMITMENT" else 1)]


def item_ids(lists: Sequence[Path]) -> set[str]:
    """The item ids of lists such as ``/work/annot7/dev8.txt``: the first tab-separated column of each line."""
    return {line.split("\t", 1)[0].strip() for f in lists for line in f.read_text(encoding="utf-8").splitlines()} - {""}


def holdout(items: list[Item], held_ids: set[str], features: dict[str, Any], policies: Sequence[str], corpus: Path,
            veto: float, add: float, epochs: int, learn_rate: float, oversample: int = 1) -> dict[str, Any]:
    """Train on the items not in ``held_ids``, score the held-out items: the classifier per sentence and
    each policy end to end (``kg eval``'s micro P/R/F1 per aspect)."""
    held = [it for it in items if it.ident in held_ids]
    train_items = [it for it in items if it.ident not in held_ids]
    model = train(training_examples(train_items, features, oversample), features, epochs=epochs, learn_rate=learn_rate)
    out: dict[str, Any] = {"classifier": class_scores(list(predictions(model, held))),
                           "rules_in_sample": class_scores([(label, ruled) for it in held for (_, _, _, label), ruled
                                                            in zip(it.sentences, it.rules, strict=True)]),
                           "policies": {}}
    with tempfile.TemporaryDirectory() as tmp:
        model.to_disk(Path(tmp) / "model")
        for policy in policies:
            scores = build_and_score([it.gold for it in held], corpus, policy_config(policy, Path(tmp) / "model", veto, add))
            out["policies"][policy] = {a: scores[a].to_dict() for a in ASPECTS if a in scores}
    return out


def cross_validate(items: list[Item], k: int, features: dict[str, Any], policies: Sequence[str],
                   corpus: Path, veto: float, add: float, epochs: int, learn_rate: float,
                   oversample: int = 1) -> dict[str, Any]:
    """Classifier and end-to-end figures of ``k``-fold item-level CV, pooled over folds."""
    from kg.apps.evaluate import Score

    pairs: list[tuple[str, str]] = []
    pooled: dict[str, dict[str, Score]] = {p: {} for p in policies}
    for n, held in enumerate(folds(items, k)):
        held_ids = {it.ident for it in held}
        train_items = [it for it in items if it.ident not in held_ids]
        t0 = time.time()
        model = train(training_examples(train_items, features, oversample), features, epochs=epochs,
                      learn_rate=learn_rate)
        pairs.extend(predictions(model, held))
        with tempfile.TemporaryDirectory() as tmp:
            model.to_disk(Path(tmp) / "model")
            for policy in policies:
                scores = build_and_score([it.gold for it in held], corpus,
                                         policy_config(policy, Path(tmp) / "model", veto, add))
                for aspect in ASPECTS:
                    pooled[policy][aspect] = pooled[policy].get(aspect, Score()) + scores.get(aspect, Score())
        print(f"fold {n + 1}/{k}: {len(held)} items held out, {time.time() - t0:.0f} s", file=sys.stderr)
    rules = [(label, ruled) for it in items for (_, _, _, label), ruled in zip(it.sentences, it.rules, strict=True)]
    return {"classifier": class_scores(pairs), "rules_in_sample": class_scores(rules),
            "policies": {p: {a: s.to_dict() for a, s in pooled[p].items()} for p in policies}}


def print_report(result: dict[str, Any]) -> None:
    """The CV figures as the markdown tables of docs/statements-model.md."""
    print("| per sentence | " + " | ".join(f"{label} P / R / F1" for label in LABELS) + " | accuracy |")
    print("|---|" + "---|" * (len(LABELS) + 1))
    for key, name in (("classifier", "model, held-out folds"), ("rules_in_sample", "rules (tuned on these items)")):
        cells = [f"{result[key][label]['p']:.3f} / {result[key][label]['r']:.3f} / {result[key][label]['f1']:.3f}"
                 for label in LABELS]
        print(f"| {name} | " + " | ".join(cells) + f" | {result[key]['accuracy']['value']:.3f} |")
    gold = {label: result["classifier"][label]["gold"] for label in LABELS}
    print(f"\ngold sentences: {gold}\n")
    if result.get("policies"):
        print("| policy | " + " | ".join(f"{a.removeprefix('statement_')} P / R / F1" for a in ASPECTS) + " |")
        print("|---|" + "---|" * len(ASPECTS))
        for policy, scores in result["policies"].items():
            cells = [f"{_f(scores[a]['precision'])} / {_f(scores[a]['recall'])} / {_f(scores[a]['f1'])}" for a in ASPECTS]
            print(f"| {policy} | " + " | ".join(cells) + " |")


def _f(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=HERE / "dev", help="gold folder (default eval/dev)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=DEFAULT_MODEL, help="where the model goes (default: the shipped one)")
    ap.add_argument("--cv", type=int, default=0, metavar="K", help="K-fold cross-validation instead of training")
    ap.add_argument("--policies", default=",".join(POLICIES),
                    help="policies to cross-validate end to end, comma-separated ('' none); a threshold after a "
                         "colon: veto:0.8, add:0.95, both:0.8:0.95 (veto, add)")
    ap.add_argument("--veto", type=float, default=0.98, help="veto threshold on P(neither) for the CV runs")
    ap.add_argument("--add", type=float, default=0.95, help="add threshold on P(commitment|directive) for the CV runs")
    ap.add_argument("--no-standing", action="store_true", help="no speaker-standing tokens")
    ap.add_argument("--clause-heads", action=argparse.BooleanOptionalAction, default=DEFAULT_FEATURES["clause_heads"],
                    help="the first characters of every clause as features")
    ap.add_argument("--chars", action=argparse.BooleanOptionalAction, default=DEFAULT_FEATURES["chars"],
                    help="every character as a feature")
    ap.add_argument("--learn-rate", type=float, default=0.003)
    ap.add_argument("--ngram-size", type=int, default=DEFAULT_FEATURES["ngram_size"])
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--oversample", type=int, default=1, metavar="N",
                    help="each COMMITMENT sentence N times in training (a class weight)")
    ap.add_argument("--holdout", type=Path, nargs="+", metavar="LIST",
                    help="lists of item ids (first column): train on the other items, score these (instead of --cv)")
    ap.add_argument("--json", type=Path, help="write the CV figures to this file")
    args = ap.parse_args(argv)
    features = {**DEFAULT_FEATURES, "standing": not args.no_standing, "ngram_size": args.ngram_size,
                "clause_heads": args.clause_heads, "chars": args.chars}
    if not args.corpus.is_file():
        print(f"train_statements: corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    items = labelled_items(args.gold, args.corpus)
    counts = Counter(label for it in items for _, _, _, label in it.sentences)
    missed = sum(it.missed for it in items)
    print(f"{len(items)} items, {sum(counts.values())} sentences: {dict(sorted(counts.items()))}; "
          f"{missed} gold sentences held by no kg sentence", file=sys.stderr)
    if args.holdout:
        held_ids = item_ids(args.holdout)
        policies = [p for p in args.policies.split(",") if p]
        result = holdout(items, held_ids, features, policies, args.corpus, args.veto, args.add, args.epochs,
                         args.learn_rate, args.oversample)
        result["setup"] = {"items": len(items), "held_out": sum(1 for it in items if it.ident in held_ids),
                           "features": features, "veto_threshold": args.veto, "add_threshold": args.add,
                           "epochs": args.epochs, "learn_rate": args.learn_rate, "oversample": args.oversample,
                           "seed": SEED}
        print_report(result)
        if args.json:
            args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return 0
    if args.cv:
        policies = [p for p in args.policies.split(",") if p]
        result = cross_validate(items, args.cv, features, policies, args.corpus, args.veto, args.add, args.epochs,
                                args.learn_rate, args.oversample)
        result["setup"] = {"items": len(items), "sentences": dict(counts), "folds": args.cv, "features": features,
                           "veto_threshold": args.veto, "add_threshold": args.add, "epochs": args.epochs,
                           "learn_rate": args.learn_rate, "oversample": args.oversample, "seed": SEED}
        print_report(result)
        if args.json:
            args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return 0
    model = train(training_examples(items, features, args.oversample), features, epochs=args.epochs,
                  learn_rate=args.learn_rate)
    model.to_disk(args.out)
    size = sum(p.stat().st_size for p in args.out.iterdir())
    print(f"model written to {args.out} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
