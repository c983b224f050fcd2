from .enums import ACL, StorageClass
from .objects import put_object

__all__ = ["ACL", "StorageClass", "put_object"]
