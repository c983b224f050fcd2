from pathlib import Path
from typing import List, Union


class ImageReader:
    def __init__(self, path: Union[str, Path]) -> None:
        self.path = Path(path)

    def read(self) -> List[List[int]]:
        data = self.path.read_bytes()
        return [list(data)]


def read_image(path: Union[str, Path]) -> List[List[int]]:
    return ImageReader(path).read()
