"""Connected groups of a graph given by its edges (union-find)."""

from __future__ import annotations

from collections.abc import Iterable


def connected_groups(nodes: Iterable[int], edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The connected groups of ``nodes``, each sorted, biggest first; unknown ends are ignored."""
    parent = {node: node for node in nodes}

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in edges:
        if a in parent and b in parent:
            parent[root(a)] = root(b)
    groups: dict[int, list[int]] = {}
    for node in parent:
        groups.setdefault(root(node), []).append(node)
    return sorted((sorted(group) for group in groups.values()), key=lambda g: (-len(g), g[0]))
