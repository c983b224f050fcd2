import threading
import weakref
from typing import Any, Callable, List, Optional, Tuple, TypeVar, Union

F = TypeVar("F", bound=Callable[..., Any])


class Signal:
    """Base class for all signals."""

    def __init__(self, providing_args: Optional[List[str]] = None, use_caching: bool = False) -> None:
        self.receivers: List[Tuple[Any, Any]] = []
        self.providing_args = set(providing_args or [])
        self.use_caching = use_caching
        self.lock = threading.Lock()

    def connect(
        self,
        receiver: Callable[..., Any],
        sender: Any = None,
        weak: bool = True,
        dispatch_uid: Optional[str] = None,
    ) -> None:
        ref: Any = weakref.ref(receiver) if weak else (lambda: receiver)
        with self.lock:
            self.receivers.append(((dispatch_uid or id(receiver), id(sender)), ref))

    def disconnect(self, receiver: Optional[Callable[..., Any]] = None, sender: Any = None, dispatch_uid: Optional[str] = None) -> bool:
        key = (dispatch_uid or id(receiver), id(sender))
        with self.lock:
            before = len(self.receivers)
            self.receivers = [r for r in self.receivers if r[0] != key]
            return len(self.receivers) != before

    def send(self, sender: Any, **named: Any) -> List[Tuple[Callable[..., Any], Any]]:
        return [(ref(), ref()(signal=self, sender=sender, **named)) for _, ref in self.receivers if ref() is not None]

    def send_robust(self, sender: Any, **named: Any) -> List[Tuple[Callable[..., Any], Any]]:
        out = []
        for _, ref in self.receivers:
            fn = ref()
            try:
                out.append((fn, fn(signal=self, sender=sender, **named)))
            except Exception as err:
                out.append((fn, err))
        return out


def receiver(signal: Union[Signal, List[Signal]], **kwargs: Any) -> Callable[[F], F]:
    def _decorator(func: F) -> F:
        for s in signal if isinstance(signal, list) else [signal]:
            s.connect(func, **kwargs)
        return func

    return _decorator
