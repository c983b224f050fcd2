from enum import Enum


class StorageClass(str, Enum):
    STANDARD = "STANDARD"
    REDUCED_REDUNDANCY = "REDUCED_REDUNDANCY"
    STANDARD_IA = "STANDARD_IA"
    GLACIER = "GLACIER"
    DEEP_ARCHIVE = "DEEP_ARCHIVE"


class ACL(str, Enum):
    PRIVATE = "private"
    PUBLIC_READ = "public-read"
    PUBLIC = "public-read"  # alias kept from 0.x
    AUTHENTICATED_READ = "authenticated-read"
