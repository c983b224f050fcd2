class BaseModel:
    def __init__(self, **data):
        self.__dict__.update(data)

    def dict(self):
        return dict(self.__dict__)
