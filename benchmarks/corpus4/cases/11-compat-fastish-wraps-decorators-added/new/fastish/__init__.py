from .endpoints import get_item, list_items
