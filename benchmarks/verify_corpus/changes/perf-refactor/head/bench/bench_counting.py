"""Rough timing of textstats.counting on a large text: PYTHONPATH=. python bench/bench_counting.py"""

import timeit

from textstats import top_words, unique_ratio

TEXT = "the quick brown fox jumps over the lazy dog " * 20000

if __name__ == "__main__":
    for name, stmt in (("top_words", lambda: top_words(TEXT)), ("unique_ratio", lambda: unique_ratio(TEXT))):
        print(f"{name}: {min(timeit.repeat(stmt, number=3, repeat=3)) / 3:.4f} s")
