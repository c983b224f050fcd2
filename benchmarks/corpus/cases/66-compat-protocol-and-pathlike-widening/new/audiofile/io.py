import os
from typing import Generator, List, Literal, SupportsFloat, SupportsIndex, Union


class Clip:
    def __init__(self, samples: List[float], rate: int) -> None:
        self.samples = samples
        self.rate = rate


def open_clip(path: Union[str, "os.PathLike[str]"]) -> Clip:
    with open(path, "rb") as fh:
        data = fh.read()
    return Clip([b / 255 for b in data], 44100)


def set_gain(clip: Clip, db: SupportsFloat) -> None:
    factor = 10 ** (float(db) / 20)
    clip.samples = [s * factor for s in clip.samples]


def write_raw(path: Union[str, "os.PathLike[str]"], data: Union[bytes, bytearray, memoryview]) -> int:
    with open(path, "wb") as fh:
        return fh.write(data)


def resample(clip: Clip, rate: SupportsIndex, quality: Literal["fast", "best", "medium"] = "fast") -> Clip:
    rate = int(rate)
    step = clip.rate / rate
    return Clip([clip.samples[int(i * step)] for i in range(int(len(clip.samples) / step))], rate)


def frames(clip: Clip, size: int) -> Generator[List[float], None, None]:
    for i in range(0, len(clip.samples), size):
        yield clip.samples[i : i + size]
