from typing import Any, Dict

from .enums import ACL, StorageClass


def put_object(
    bucket: str,
    key: str,
    body: bytes,
    storage_class: StorageClass = StorageClass.STANDARD,
    acl: ACL = ACL.PRIVATE,
) -> Dict[str, Any]:
    return {"Bucket": bucket, "Key": key, "Size": len(body), "StorageClass": storage_class.value, "ACL": acl.value}
