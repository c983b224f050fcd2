from typing import Any, Dict, Iterator, List, Optional, Union

from .config import Config


class PageIterator:
    def __init__(self, pages: List[Dict[str, Any]]) -> None:
        self._pages = pages

    def __iter__(self) -> Iterator[Dict[str, Any]]:
        return iter(self._pages)

    def build_full_result(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        for page in self._pages:
            out.update(page)
        return out


class Paginator:
    def __init__(self, operation_name: str) -> None:
        self.operation_name = operation_name

    def paginate(self, **kwargs: Any) -> PageIterator:
        return PageIterator([{"Operation": self.operation_name, **kwargs}])


class BaseClient:
    def __init__(self, service_name: str, region_name: str, config: Config) -> None:
        self.service_name = service_name
        self.region_name = region_name
        self.config = config

    def can_paginate(self, operation_name: str) -> bool:
        return operation_name.startswith("list_")

    def get_paginator(self, operation_name: str) -> Paginator:
        return Paginator(operation_name)


class Session:
    def __init__(
        self,
        aws_access_key_id: Optional[str] = None,
        aws_secret_access_key: Optional[str] = None,
        aws_session_token: Optional[str] = None,
        region_name: Optional[str] = None,
        profile_name: Optional[str] = None,
    ) -> None:
        self.region_name = region_name or "us-east-1"
        self.profile_name = profile_name

    def client(
        self,
        service_name: str,
        region_name: Optional[str] = None,
        api_version: Optional[str] = None,
        use_ssl: bool = True,
        verify: Union[bool, str, None] = None,
        endpoint_url: Optional[str] = None,
        config: Optional[Config] = None,
    ) -> BaseClient:
        return BaseClient(service_name, region_name or self.region_name, config or Config())

    def get_available_regions(self, service_name: str, partition_name: str = "aws") -> List[str]:
        return ["us-east-1", "eu-west-1"]
