from .errors import OrderError, PaymentDeclined, StorageFailure
from .orders import OrderPayload, Side, Status, place_order, price_of

__all__ = ["OrderError", "PaymentDeclined", "StorageFailure", "OrderPayload", "Side", "Status", "place_order", "price_of"]
