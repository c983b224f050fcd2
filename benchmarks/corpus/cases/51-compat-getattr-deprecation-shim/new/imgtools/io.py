import warnings
from pathlib import Path
from typing import Any, List, Union


class ImageLoader:
    def __init__(self, path: Union[str, Path]) -> None:
        self.path = Path(path)

    def read(self) -> List[List[int]]:
        data = self.path.read_bytes()
        return [list(data)]


def load_image(path: Union[str, Path]) -> List[List[int]]:
    return ImageLoader(path).read()


_DEPRECATED = {"ImageReader": ImageLoader, "read_image": load_image}


def __getattr__(name: str) -> Any:
    if name in _DEPRECATED:
        warnings.warn(f"imgtools.io.{name} was renamed", DeprecationWarning, stacklevel=2)
        return _DEPRECATED[name]
    raise AttributeError(name)
