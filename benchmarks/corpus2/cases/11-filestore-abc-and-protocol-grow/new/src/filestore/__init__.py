from .base import Readable, Storage
from .filesystem import FileSystemStorage

__all__ = ["Readable", "Storage", "FileSystemStorage"]
