"""boto-style clients for a message queue service."""
from .sqs import SQSClient

__all__ = ["SQSClient"]
