"""What the linker knows about the world outside the project: builtins, and the bases and decorators that make
a class a Protocol, an ABC, an enum or a dataclass-like record."""

from __future__ import annotations

import builtins as _builtins
import re

SIMPLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")

# dunder attributes that are plumbing, not API
IGNORED_DUNDERS = {
    "__doc__", "__module__", "__slots__", "__annotations__", "__dict__", "__weakref__", "__all__", "__match_args__",
    "__dataclass_fields__", "__dataclass_params__", "__qualname__", "__orig_bases__", "__parameters__",
    "__abstractmethods__", "__firstlineno__", "__static_attributes__", "__hash__", "__version__", "__author__",
    "__signature__", "__text_signature__", "__classcell__",
    "__required_keys__", "__optional_keys__", "__total__", "__protocol_attrs__", "__dir__",
}
# hooks such as __init_subclass__, __class_getitem__ and a class's __getattr__ are API: every subclass, every
# `Cls[int]`, every delegated attribute access goes through them
# module attributes the import system owns: never API, whatever a module __getattr__ says about them
MODULE_PLUMBING = {"__path__", "__file__", "__spec__", "__loader__", "__all__", "__name__", "__dict__", "__builtins__",
                   "__getattr__", "__dir__", "__doc__", "__package__", "__cached__", "__annotations__", "__warningregistry__"}
PROTOCOL_BASES = {"x:typing.Protocol", "x:typing_extensions.Protocol"}
ABC_BASES = {"x:abc.ABC"}
ABC_META = {"ABCMeta", "abc.ABCMeta"}
ENUM_BASES = {f"x:enum.{n}" for n in ("Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum")}
NAMEDTUPLE_BASES = {"x:typing.NamedTuple", "x:typing_extensions.NamedTuple", "x:collections.namedtuple"}
TYPEDDICT_BASES = {"x:typing.TypedDict", "x:typing_extensions.TypedDict"}
PYDANTIC_BASES = {"x:pydantic.BaseModel", "x:pydantic.main.BaseModel", "x:pydantic_settings.BaseSettings", "x:pydantic.BaseSettings"}
DATACLASS_DECOS = {"dataclass", "dataclasses.dataclass", "pydantic.dataclasses.dataclass"}
ATTRS_DECOS = {"attr.s", "attr.attrs", "attrs.define", "attrs.frozen", "attrs.mutable", "attr.define", "attr.frozen",
                "attr.mutable", "define", "frozen", "mutable", "attrs", "attr.dataclass"}
# external bases that add no members callers rely on and do not hide a constructor
INERT_BASES = {"x:builtins.object", "x:typing.Generic", "x:typing_extensions.Generic", "x:abc.ABC"} | PROTOCOL_BASES

BUILTIN_NAMES = frozenset(dir(_builtins))

BUILTIN_CLASSES = {
    "object", "int", "float", "complex", "str", "bytes", "bytearray", "bool", "list", "dict", "set", "frozenset",
    "tuple", "type", "Exception", "BaseException", "ValueError", "TypeError", "KeyError", "RuntimeError",
    "LookupError", "AttributeError", "OSError", "IOError", "IndexError", "NotImplementedError", "ImportError",
    "Warning", "UserWarning", "DeprecationWarning", "PendingDeprecationWarning", "FutureWarning", "RuntimeWarning",
    "ArithmeticError", "ZeroDivisionError", "StopIteration", "AssertionError", "PermissionError",
    "FileNotFoundError", "FileExistsError", "ConnectionError", "TimeoutError", "EnvironmentError", "UnicodeError",
    "UnicodeDecodeError", "UnicodeEncodeError", "OverflowError", "SyntaxError", "SystemExit", "KeyboardInterrupt",
    "GeneratorExit", "MemoryError", "NameError", "ReferenceError", "BufferError", "EOFError", "property",
    "staticmethod", "classmethod", "memoryview", "range", "slice", "BlockingIOError", "ChildProcessError",
    "BrokenPipeError", "InterruptedError", "IsADirectoryError", "NotADirectoryError", "ProcessLookupError",
    "RecursionError", "StopAsyncIteration", "UnboundLocalError", "ModuleNotFoundError", "ResourceWarning",
    "SyntaxWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "EncodingWarning",
}
