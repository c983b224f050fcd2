from ._base import _Client
class UsersClient(_Client):
    def list(self, page: int = 1) -> list:
        return []
class OrdersClient(_Client):
    def get(self, order_id: int) -> dict:
        return {}
