from typing import Any, Dict, Iterator, List, Optional, Union

from .config import Config


class PageIterator:
    def __init__(self, pages: List[Dict[str, Any]]) -> None:
        self._pages = pages

    def __iter__(self) -> Iterator[Dict[str, Any]]:
        return iter(self._pages)

    @property
    def result_keys(self) -> List[str]:
        return sorted({k for page in self._pages for k in page})

    def build_full_result(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        for page in self._pages:
            out.update(page)
        return out

    def search(self, expression: str) -> Iterator[Any]:
        for page in self._pages:
            if expression in page:
                yield page[expression]


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
        return operation_name.startswith(("list_", "describe_"))

    def get_paginator(self, operation_name: str) -> Paginator:
        return Paginator(operation_name)

    def close(self) -> None:
        """Close the underlying HTTP connections."""


class Session:
    def __init__(
        self,
        aws_access_key_id: Optional[str] = None,
        aws_secret_access_key: Optional[str] = None,
        aws_session_token: Optional[str] = None,
        region_name: Optional[str] = None,
        profile_name: Optional[str] = None,
        aws_account_id: Optional[str] = None,
    ) -> None:
        self.region_name = region_name or "us-east-1"
        self.profile_name = profile_name
        self.aws_account_id = aws_account_id

    def client(
        self,
        service_name: str,
        region_name: Optional[str] = None,
        api_version: Optional[str] = None,
        use_ssl: bool = True,
        verify: Union[bool, str, None] = None,
        endpoint_url: Optional[str] = None,
        config: Optional[Config] = None,
        aws_account_id: Optional[str] = None,
    ) -> BaseClient:
        return BaseClient(service_name, region_name or self.region_name, config or Config())

    def get_available_regions(
        self,
        service_name: str,
        partition_name: str = "aws",
        allow_non_regional: bool = False,
    ) -> List[str]:
        regions = ["us-east-1", "eu-west-1"]
        return regions + (["aws-global"] if allow_non_regional else [])
