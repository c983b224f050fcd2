from .net import Uploader, download, resolve_host

__all__ = ["Uploader", "download", "resolve_host"]
