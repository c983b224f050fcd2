from .store import Catalog, Product, find, page_count

__all__ = ["Catalog", "Product", "find", "page_count"]
