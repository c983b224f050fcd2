class BaseModel:
    def __init__(self, **data):
        self.__dict__.update(data)

    def dict(self):
        return self.model_dump()

    def model_dump(self):
        return dict(self.__dict__)
