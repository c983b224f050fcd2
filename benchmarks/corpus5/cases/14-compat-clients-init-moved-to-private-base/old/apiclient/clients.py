class UsersClient:
    def __init__(self, token: str, base_url: str = "https://api", timeout: float = 5.0) -> None:
        self.token = token
        self.base_url = base_url
        self.timeout = timeout
    def list(self, page: int = 1) -> list:
        return []
class OrdersClient:
    def __init__(self, token: str, base_url: str = "https://api", timeout: float = 5.0) -> None:
        self.token = token
        self.base_url = base_url
        self.timeout = timeout
    def get(self, order_id: int) -> dict:
        return {}
