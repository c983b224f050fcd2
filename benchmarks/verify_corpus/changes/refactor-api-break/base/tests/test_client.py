from shipwire import Quote, RatesClient


def test_fetch_rates_sorted_by_price():
    quotes = RatesClient("https://x.invalid").fetch_rates("DE", "FR", 2.0)
    assert [q.carrier for q in quotes] == ["parcelco", "speedpost"]


def test_cheapest_same_zone():
    quote = RatesClient("https://x.invalid").cheapest("DE", "NL", 1.0)
    assert quote == Quote("parcelco", 570, 3)


def test_legacy_quote_is_one_kilo():
    client = RatesClient("https://x.invalid")
    assert client.legacy_quote("DE", "NL") == client.cheapest("DE", "NL", 1.0)


def test_client_defaults():
    client = RatesClient("https://x.invalid")
    assert (client.timeout, client.retries) == (30.0, 3)
