class S3Store:
    def __init__(self, bucket: str, *, region: str = "us-east-1") -> None:
        self.bucket = bucket
        self.region = region

    def put(self, key: str, data: bytes) -> None:
        pass
