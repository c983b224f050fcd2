from .funcs import cached, removeprefix
