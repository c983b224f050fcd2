from textstats import top_words, unique_ratio, word_counts

TEXT = "The cat and the hat. The end!"


def test_word_counts_first_occurrence_order():
    assert list(word_counts(TEXT).items()) == [("the", 3), ("cat", 1), ("and", 1), ("hat", 1), ("end", 1)]


def test_top_words_ties_alphabetical():
    assert top_words(TEXT, 3) == [("the", 3), ("and", 1), ("cat", 1)]


def test_unique_ratio():
    assert unique_ratio(TEXT) == 5 / 7


def test_empty_text():
    assert word_counts("") == {} and top_words("") == [] and unique_ratio("...") == 0.0
