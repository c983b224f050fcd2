class OrderError(RuntimeError):
    pass


class PaymentDeclined(OrderError):
    pass


class StorageFailure(OrderError, OSError):
    pass
