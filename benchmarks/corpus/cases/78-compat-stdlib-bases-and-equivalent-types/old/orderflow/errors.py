class OrderError(Exception):
    pass


class PaymentDeclined(OrderError):
    pass


class StorageFailure(OrderError, IOError):
    pass
