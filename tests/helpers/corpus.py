"""Made-up corpus items and a fake extractor for the build, parallel, crash, Dask and remote tests.

``FakeExtractor`` is importable in worker processes because pytest puts ``tests/`` on
``sys.path`` (``pythonpath`` in pyproject.toml) and child processes inherit it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.graph import iri
from kg.graph.rdf import to_nquads
from kg.records import Article, Extraction
from kg.store import Store

PROVINCES = ("浙江", "江苏", "安徽", "福建", "江西", "湖南")
NAMES = ("袁家军", "吴政隆", "郑栅洁", "尹力", "易炼红", "张庆伟")


def synthetic_items(n: int, *, start: int = 0) -> list[dict[str, str]]:
    """Short made-up reports in the corpus's JSONL shape, each with a distinct text."""
    items = []
    for i in range(start, start + n):
        prov, name = PROVINCES[i % len(PROVINCES)], NAMES[i % len(NAMES)]
        text = (
            f"{prov}省委书记{name}主持召开省委常委会会议，研究部署第{i + 1}批重点工作。"
            f"会议指出，要加快建设长三角生态绿色一体化发展示范区。"
        )
        items.append(
            {"id": f"item{i:03d}", "title": f"{prov}部署第{i + 1}批工作", "date": "2022-08-16", "text": text}
        )
    return items


def write_jsonl(path: Path, items: Iterable[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")
    return path


def graphs(store: Store) -> dict[str, str]:
    """Each article graph as sorted N-Quads."""
    return {g: to_nquads(store.quads(g)) for g in store.named_graphs() if g.startswith(iri.KGR + "article/")}


class FakeExtractor:
    """Stands in for kg.nlp in worker processes (importable there: tests/ is on sys.path).

    Finds listed names; an article whose text contains 出错 raises.
    """

    def extract(self, article: Article) -> Extraction:
        if "出错" in article.text:
            raise ValueError("cannot parse this one")
        return Extraction(article=article, persons=[n for n in NAMES if n in article.text])

    def extract_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Extraction]:
        for article in articles:
            yield self.extract(article)
