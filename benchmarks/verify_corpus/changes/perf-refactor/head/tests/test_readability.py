from textstats import avg_sentence_length, sentence_count


def test_sentence_count():
    assert sentence_count("One. Two! Three?") == 3


def test_avg_sentence_length():
    assert avg_sentence_length("The cat and the hat. The end!") == 3.5
