from .io import Clip, frames, open_clip, resample, set_gain, write_raw

__all__ = ["Clip", "frames", "open_clip", "resample", "set_gain", "write_raw"]
