import logging

import pytest

from alertly._base import BaseNotifier
from alertly import Notifier


def test_base_deliver_not_implemented():
    with pytest.raises(NotImplementedError):
        BaseNotifier().notify(logging.ERROR, "x")


def test_custom_transport_subclass():
    class ListNotifier(BaseNotifier):
        def __init__(self):
            super().__init__(min_level=logging.DEBUG)
            self.box = []

        def deliver(self, text):
            self.box.append(text)

    n = ListNotifier()
    assert n.notify(logging.DEBUG, "hello") is True
    assert n.box == ["[alert] DEBUG: hello"]
    assert issubclass(Notifier, BaseNotifier)
