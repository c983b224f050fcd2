import json
import uuid
from typing import Any, Dict, List, Optional


class SQSClient:
    def __init__(self, region_name: str = "us-east-1", *, endpoint_url: Optional[str] = None) -> None:
        self.region_name = region_name
        self.endpoint_url = endpoint_url or f"https://sqs.{region_name}.example.com"
        self._queues: Dict[str, List[Dict[str, Any]]] = {}

    def send_message(
        self,
        queue_url: str,
        message_group_id: str,
        message_body: str,
        delay_seconds: int = 0,
        message_attributes: Optional[Dict[str, Any]] = None,
    ) -> Dict[str, Any]:
        """All queues are FIFO queues now: every message needs a group id."""
        msg = {
            "MessageId": str(uuid.uuid4()),
            "MessageGroupId": message_group_id,
            "Body": message_body,
            "DelaySeconds": delay_seconds,
            "Attributes": dict(message_attributes or {}),
        }
        self._queues.setdefault(queue_url, []).append(msg)
        return {"MessageId": msg["MessageId"]}

    def receive_messages(
        self,
        queue_url: str,
        max_number: int = 1,
        *,
        visibility_timeout: Optional[int] = None,
        wait_time: int = 0,
    ) -> List[Dict[str, Any]]:
        queue = self._queues.get(queue_url, [])
        return queue[:max_number]

    def delete_message(self, queue_url: str, receipt_handle: str) -> None:
        queue = self._queues.get(queue_url, [])
        self._queues[queue_url] = [m for m in queue if m["MessageId"] != receipt_handle]

    def dump(self, queue_url: str) -> str:
        return json.dumps(self._queues.get(queue_url, []), indent=2)
