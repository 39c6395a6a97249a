"""Node positions, computed once in Python so the page never runs a physics simulation.

vis-network's physics on a few thousand nodes keeps the browser busy for minutes, and with
physics off and no positions every node lands on one ring.  networkx's own force layouts are
no way out at that size here: ``spring_layout`` needs SciPy beyond 500 nodes and, like
``forceatlas2_layout``, is quadratic (≈10 s for 2,000 nodes).  So this module runs
Fruchterman–Reingold with the *grid* variant of the original paper: repulsion only between
nodes in neighbouring cells of side 2k, which makes one iteration linear in the number of
nodes and edges, vectorised with numpy.  Each connected component is laid out on its own and
the components are packed in rows, largest first, so that many small components (typical of
a news graph) do not drift or overlap.  Everything is seeded: same graph, same picture.
"""

from __future__ import annotations

import math
from collections.abc import Hashable

import networkx as nx
import numpy as np

#: Ideal edge length in pixels: room for a short Chinese label on each end.
EDGE_PX = 150.0
#: Gap between packed components, in pixels.
GAP_PX = 80.0
#: Strength of the far field relative to FR's: full strength balloons large graphs.
FAR_WEIGHT = 1.0
#: Nodes per grid cell on average: fewer cells mean more exact pairs, more cells a bigger far field.
PER_CELL = 8.0


def _cells(pos: np.ndarray, per_side: int) -> tuple[np.ndarray, np.ndarray, float, np.ndarray]:
    """Grid cell (cx, cy) of each node, the cell side and the grid's origin."""
    lo = pos.min(axis=0)
    side = float(max((pos.max(axis=0) - lo).max(), 1e-6)) / per_side * (1 + 1e-9)
    c = np.minimum(np.floor((pos - lo) / side).astype(np.int64), per_side - 1)
    return c[:, 0], c[:, 1], side, lo


def _near_pairs(cx: np.ndarray, cy: np.ndarray, per_side: int) -> tuple[np.ndarray, np.ndarray]:
    """All pairs (i, j), i ≠ j, in the same or touching grid cells: repelled exactly."""
    n = len(cx)
    width = per_side + 2
    key = (cx + 1) * width + (cy + 1)
    order = np.argsort(key, kind="stable")
    uniq, start, count = np.unique(key[order], return_index=True, return_counts=True)
    is_, js_ = [], []
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            target = key + dx * width + dy
            slot = np.minimum(np.searchsorted(uniq, target), len(uniq) - 1)
            cnt = np.where(uniq[slot] == target, count[slot], 0)
            total = int(cnt.sum())
            if total == 0:
                continue
            src = np.repeat(np.arange(n), cnt)
            offsets = np.arange(total) - np.repeat(np.cumsum(cnt) - cnt, cnt)
            dst = order[np.repeat(start[slot], cnt) + offsets]
            keep = src != dst
            is_.append(src[keep])
            js_.append(dst[keep])
    if not is_:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    return np.concatenate(is_), np.concatenate(js_)


def grid_fruchterman_reingold(
    n: int, edges: np.ndarray, *, seed: int = 42, iterations: int | None = None, far_weight: float = FAR_WEIGHT
) -> np.ndarray:
    """Positions (n × 2, ideal edge length 1) for a connected graph given as an edge index array.

    Repulsion k²/d is exact between nodes in touching cells of a coarse grid (about eight
    nodes a cell) and taken from each farther cell's centre of mass otherwise: a one-level
    multipole approximation, O(n·√n) a step instead of O(n²), and still global, so the
    graph spreads out instead of collapsing into a dense disc.
    """
    rng = np.random.default_rng(seed)
    if n == 1:
        return np.zeros((1, 2))
    side = math.sqrt(n)
    pos = rng.uniform(0.0, side, size=(n, 2))
    if iterations is None:
        iterations = 60 if n > 2000 else 100 if n > 500 else 150
    k = 1.0
    temp = side / 5
    cool = (0.01 / temp) ** (1.0 / iterations) if temp > 0.01 else 1.0
    per_side = max(1, int(math.sqrt(n / PER_CELL)))
    src, dst = (edges[:, 0], edges[:, 1]) if len(edges) else (np.empty(0, np.int64), np.empty(0, np.int64))
    grid_x, grid_y = np.meshgrid(np.arange(per_side), np.arange(per_side), indexing="ij")
    gx, gy = grid_x.ravel(), grid_y.ravel()
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        cx, cy, cell, _lo = _cells(pos, per_side)
        # Near field: exact.
        pi, pj = _near_pairs(cx, cy, per_side)
        if len(pi):
            delta = pos[pi] - pos[pj]
            dist2 = np.maximum((delta**2).sum(axis=1), 1e-4)
            f = (k * k / dist2)[:, None] * delta
            disp[:, 0] += np.bincount(pi, weights=f[:, 0], minlength=n)
            disp[:, 1] += np.bincount(pi, weights=f[:, 1], minlength=n)
        # Far field: every non-touching cell acts as its mass at its centroid.
        if per_side > 2:
            cid = cx * per_side + cy
            mass = np.bincount(cid, minlength=per_side * per_side).astype(float)
            cxm = np.bincount(cid, weights=pos[:, 0], minlength=per_side * per_side)
            cym = np.bincount(cid, weights=pos[:, 1], minlength=per_side * per_side)
            occupied = mass > 0
            cent = np.stack([cxm[occupied], cym[occupied]], axis=1) / mass[occupied][:, None]
            m = mass[occupied]
            far = (np.abs(cx[:, None] - gx[occupied][None, :]) > 1) | (np.abs(cy[:, None] - gy[occupied][None, :]) > 1)
            dxm = pos[:, 0][:, None] - cent[None, :, 0]
            dym = pos[:, 1][:, None] - cent[None, :, 1]
            w = np.where(far, far_weight * k * k * m[None, :] / np.maximum(dxm * dxm + dym * dym, 1e-4), 0.0)
            disp[:, 0] += (w * dxm).sum(axis=1)
            disp[:, 1] += (w * dym).sum(axis=1)
        # Attraction d²/k along each edge.
        if len(src):
            delta = pos[src] - pos[dst]
            dist = np.sqrt(np.maximum((delta**2).sum(axis=1), 1e-8))
            pull = (dist / k)[:, None] * delta
            for axis in (0, 1):
                disp[:, axis] -= np.bincount(src, weights=pull[:, axis], minlength=n)
                disp[:, axis] += np.bincount(dst, weights=pull[:, axis], minlength=n)
        length = np.sqrt(np.maximum((disp**2).sum(axis=1), 1e-12))
        pos += disp / length[:, None] * np.minimum(length, temp)[:, None]
        temp *= cool
    return pos - pos.mean(axis=0)


def _pack(blocks: list[np.ndarray]) -> list[np.ndarray]:
    """Place component blocks (already in pixels, centred) in rows, largest first."""
    sizes = [(b.max(axis=0) - b.min(axis=0)) if len(b) else np.zeros(2) for b in blocks]
    area = sum(float((s[0] + GAP_PX) * (s[1] + GAP_PX)) for s in sizes)
    row_width = max(math.sqrt(area) * 1.3, float(max(s[0] for s in sizes)) if sizes else 0.0)
    placed = []
    x = y = row_h = 0.0
    for block, size in zip(blocks, sizes, strict=True):
        if x > 0 and x + size[0] > row_width:
            x, y, row_h = 0.0, y + row_h + GAP_PX, 0.0
        offset = np.array([x, y]) - block.min(axis=0)
        placed.append(block + offset)
        x += size[0] + GAP_PX
        row_h = max(row_h, float(size[1]))
    return placed


def layout(graph: nx.Graph, *, seed: int = 42, centre: Hashable | None = None) -> dict[Hashable, tuple[float, float]]:
    """Pixel positions for every node of ``graph``, deterministic for a given graph and seed.

    ``centre`` (the focus of an ego view) is moved to the origin, where the page opens.
    """
    if graph.number_of_nodes() == 0:
        return {}
    simple = nx.Graph()
    nodes = sorted(graph.nodes, key=str)
    simple.add_nodes_from(nodes)
    simple.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    components = sorted(
        (sorted(c, key=str) for c in nx.connected_components(simple)), key=lambda c: (-len(c), str(c[0]))
    )
    blocks = []
    for comp in components:
        index = {n: i for i, n in enumerate(comp)}
        edges = np.array(
            sorted((index[u], index[v]) for u, v in simple.subgraph(comp).edges()), dtype=np.int64
        ).reshape(-1, 2)
        pos = grid_fruchterman_reingold(len(comp), edges, seed=seed) * EDGE_PX
        blocks.append(pos)
    placed = _pack(blocks)
    out: dict[Hashable, tuple[float, float]] = {}
    for comp, pos in zip(components, placed, strict=True):
        for n, (x, y) in zip(comp, pos, strict=True):
            out[n] = (float(x), float(y))
    origin = out[centre] if centre is not None and centre in out else tuple(
        np.mean(np.array(list(out.values())), axis=0)
    )
    return {n: (round(x - origin[0], 1), round(y - origin[1], 1)) for n, (x, y) in out.items()}


#: Layered layout: horizontal gap between layers, between sub-columns of a layer, and between rows.
LAYER_GAP_PX = 420.0
COLUMN_PX = 230.0
ROW_PX = 50.0

#: Commitment-view layers, left to right: who commits or instructs, whom they address (and
#: where projects lie), the events statements were made at, the projects.
_LAYER_OF_TYPE = {"project": 3, "event": 2}
_AGENT_KINDS = frozenset({"commitment", "directive"})


def layers_of(graph: nx.MultiDiGraph) -> dict[Hashable, int]:
    """Layer of every node for :func:`layered_layout`: 0 committers and issuers, 1 addressees
    and places, 2 events, 3 projects."""
    agents = {u for u, _, k in graph.edges(data="kind") if k in _AGENT_KINDS}
    return {n: _LAYER_OF_TYPE.get(str(t), 0 if n in agents else 1) for n, t in graph.nodes(data="type")}


def _barycentre_order(nodes: list[Hashable], fixed: dict[Hashable, float], graph: nx.Graph) -> list[Hashable]:
    """``nodes`` sorted by the mean position of their neighbours in ``fixed`` (fewer crossings)."""
    def key(n: Hashable) -> tuple[float, int, str]:
        ps = [fixed[m] for m in graph.neighbors(n) if m in fixed]
        return (sum(ps) / len(ps) if ps else float("inf"), -graph.degree(n), str(n))
    return sorted(nodes, key=key)


def layered_layout(graph: nx.MultiDiGraph, layers: dict[Hashable, int] | None = None,
                   *, centre: Hashable | None = None) -> dict[Hashable, tuple[float, float]]:
    """Columns instead of a force picture: who commits (left) → where (middle) → to what (right).

    Actors are sorted by degree, most connected at the top; events and projects then follow
    the mean position of the actors they are linked to, and the actors once more the projects
    (barycentre sweeps, linear in the edges).  A layer taller than about 2.5·√n rows wraps
    into several sub-columns, so the picture keeps a screen-like shape.
    """
    if graph.number_of_nodes() == 0:
        return {}
    layers = layers if layers is not None else layers_of(graph)
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes)
    simple.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    by_layer: dict[int, list[Hashable]] = {}
    for n in sorted(graph.nodes, key=lambda n: (-simple.degree(n), str(graph.nodes[n].get("label", n)), str(n))):
        by_layer.setdefault(layers.get(n, 0), []).append(n)
    order = {layer: list(ns) for layer, ns in by_layer.items()}
    rank: dict[Hashable, float] = {}

    def fix(layer: int) -> None:
        for i, n in enumerate(order.get(layer, [])):
            rank[n] = float(i)

    fix(0)
    for layer in (3, 2, 1):
        order[layer] = _barycentre_order(order.get(layer, []), rank, simple)
        fix(layer)
    if 0 in order and 3 in order:
        top = order[0][:1]  # the most connected actor stays first
        projects = {n: r for n, r in rank.items() if layers.get(n) == 3}
        order[0] = top + _barycentre_order(order[0][1:], projects, simple)
    rows = max(12, math.ceil(2.5 * math.sqrt(graph.number_of_nodes())))
    out: dict[Hashable, tuple[float, float]] = {}
    x0 = 0.0
    for layer in sorted(order):
        nodes = order[layer]
        cols = math.ceil(len(nodes) / rows)
        height = min(rows, len(nodes))
        for i, n in enumerate(nodes):
            col, row = divmod(i, rows)
            out[n] = (x0 + col * COLUMN_PX, (row - (height - 1) / 2) * ROW_PX)
        x0 += (cols - 1) * COLUMN_PX + LAYER_GAP_PX
    origin = out[centre] if centre is not None and centre in out else (x0 / 2 - LAYER_GAP_PX / 2, 0.0)
    return {n: (round(x - origin[0], 1), round(y - origin[1], 1)) for n, (x, y) in out.items()}
