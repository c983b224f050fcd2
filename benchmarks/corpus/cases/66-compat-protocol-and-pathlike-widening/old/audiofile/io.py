import os
from pathlib import Path
from typing import Iterator, List, Literal, Union


class Clip:
    def __init__(self, samples: List[float], rate: int) -> None:
        self.samples = samples
        self.rate = rate


def open_clip(path: Union[str, Path]) -> Clip:
    data = Path(path).read_bytes()
    return Clip([b / 255 for b in data], 44100)


def set_gain(clip: Clip, db: float) -> None:
    factor = 10 ** (float(db) / 20)
    clip.samples = [s * factor for s in clip.samples]


def write_raw(path: Union[str, Path], data: bytes) -> int:
    with open(path, "wb") as fh:
        return fh.write(data)


def resample(clip: Clip, rate: int, quality: Literal["fast", "best"] = "fast") -> Clip:
    step = clip.rate / rate
    return Clip([clip.samples[int(i * step)] for i in range(int(len(clip.samples) / step))], rate)


def frames(clip: Clip, size: int) -> Iterator[List[float]]:
    for i in range(0, len(clip.samples), size):
        yield clip.samples[i : i + size]
