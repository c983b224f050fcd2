class DictMixin:
    def to_dict(self) -> dict:
        return dict(vars(self))
    @classmethod
    def from_dict(cls, data: dict):
        return cls(**data)
