"""A least-recently-used cache bounded by the total size of what it holds (bytes, say)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class SizedLRU(Generic[V]):
    """Values by key, at most `max_size` in total by `size_of`, the least recently used dropped first. The value
    just added always stays, even alone over the bound: the caller is about to use it."""

    def __init__(self, max_size: int, size_of: Callable[[V], int]):
        self.max_size = max_size
        self.size_of = size_of
        self.size = 0
        self.entries: OrderedDict[Hashable, tuple[V, int]] = OrderedDict()

    def get(self, key: Hashable) -> V | None:
        if key not in self.entries:
            return None
        self.entries.move_to_end(key)
        return self.entries[key][0]

    def put(self, key: Hashable, value: V) -> V:
        if key in self.entries:
            self.size -= self.entries.pop(key)[1]
        size = self.size_of(value)
        self.entries[key] = (value, size)
        self.size += size
        while self.size > self.max_size and len(self.entries) > 1:
            self.size -= self.entries.popitem(last=False)[1][1]
        return value
