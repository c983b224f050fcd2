from .filters import blur, sharpen
from .io import ImageReader, read_image

__all__ = ["blur", "sharpen", "ImageReader", "read_image"]
