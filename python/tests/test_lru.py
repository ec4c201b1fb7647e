"""lru.SizedLRU: the bound, the order, and the value just added."""

from observe_worker.lru import SizedLRU


def test_least_recently_used_values_go_first_and_the_size_is_kept():
    cache = SizedLRU(max_size=10, size_of=len)
    cache.put("a", "aaaa")
    cache.put("b", "bbbb")
    assert cache.get("a") == "aaaa"  # now b is the least recently used
    cache.put("c", "cccc")
    assert list(cache.entries) == ["a", "c"] and cache.size == 8
    cache.put("a", "aaaaaa")  # replacing a value counts its new size only
    assert cache.size == 10 and cache.get("a") == "aaaaaa"
    assert cache.get("b") is None


def test_a_value_over_the_bound_alone_stays_until_the_next():
    cache = SizedLRU(max_size=3, size_of=len)
    cache.put("x", "xx")
    assert cache.put("big", "bigger") == "bigger"
    assert list(cache.entries) == ["big"] and cache.size == 6
    cache.put("y", "y")
    assert list(cache.entries) == ["y"] and cache.size == 1
