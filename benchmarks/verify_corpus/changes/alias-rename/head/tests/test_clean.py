from textkit import normalize, squash_spaces


def test_squash():
    assert squash_spaces("a   b\tc") == "a b c"


def test_normalize_lower():
    assert normalize("  Hello   World ") == "hello world"


def test_normalize_keep_case():
    assert normalize(" Hello  World", lower=False) == "Hello World"


def test_clean_text_is_normalize():
    from textkit import clean_text
    assert clean_text is normalize
    assert clean_text("  A  B ") == "a b"
