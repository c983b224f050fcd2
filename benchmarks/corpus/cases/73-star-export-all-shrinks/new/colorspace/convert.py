from typing import Tuple

__all__ = ["rgb_to_hsv", "hsv_to_rgb", "rgb_to_hex"]

RGB = Tuple[int, int, int]


def rgb_to_hsv(rgb: RGB) -> Tuple[float, float, float]:
    import colorsys

    return colorsys.rgb_to_hsv(*(c / 255 for c in rgb))


def hsv_to_rgb(hsv: Tuple[float, float, float]) -> RGB:
    import colorsys

    r, g, b = colorsys.hsv_to_rgb(*hsv)
    return (round(r * 255), round(g * 255), round(b * 255))


def rgb_to_hex(rgb: RGB) -> str:
    return "#%02x%02x%02x" % rgb


def hex_to_rgb(text: str) -> RGB:
    """Internal since 1.0: prefer colorspace.named.lookup()."""
    text = text.lstrip("#")
    return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))
