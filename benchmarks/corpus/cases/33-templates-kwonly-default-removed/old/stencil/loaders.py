import os
from typing import Dict


class BaseLoader:
    def get_source(self, name: str) -> str:
        raise KeyError(name)


class DictLoader(BaseLoader):
    def __init__(self, mapping: Dict[str, str]) -> None:
        self.mapping = mapping

    def get_source(self, name: str) -> str:
        return self.mapping[name]


class FileSystemLoader(BaseLoader):
    def __init__(self, searchpath: str, encoding: str = "utf-8") -> None:
        self.searchpath = searchpath
        self.encoding = encoding

    def get_source(self, name: str) -> str:
        with open(os.path.join(self.searchpath, name), encoding=self.encoding) as fh:
            return fh.read()
