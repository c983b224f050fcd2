"""Word counts and simple readability figures for plain text."""

from textstats.counting import top_words, unique_ratio, word_counts
from textstats.readability import avg_sentence_length, sentence_count

__all__ = ["avg_sentence_length", "sentence_count", "top_words", "unique_ratio", "word_counts"]
__version__ = "0.2.0"
