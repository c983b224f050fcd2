from .clients import UsersClient, OrdersClient
