from .paginator import EmptyPage, InvalidPage, Page, Paginator

__all__ = ["EmptyPage", "InvalidPage", "Page", "Paginator"]
