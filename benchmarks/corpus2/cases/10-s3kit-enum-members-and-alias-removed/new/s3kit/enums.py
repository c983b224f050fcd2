from enum import Enum


class StorageClass(str, Enum):
    STANDARD = "STANDARD"
    STANDARD_IA = "STANDARD_IA"
    INTELLIGENT_TIERING = "INTELLIGENT_TIERING"
    GLACIER_IR = "GLACIER_IR"
    GLACIER_FLEXIBLE_RETRIEVAL = "GLACIER"
    DEEP_ARCHIVE = "DEEP_ARCHIVE"


class ACL(str, Enum):
    PRIVATE = "private"
    PUBLIC_READ = "public-read"
    AUTHENTICATED_READ = "authenticated-read"
    BUCKET_OWNER_FULL_CONTROL = "bucket-owner-full-control"
