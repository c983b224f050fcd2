from ._base import _Base
class Connection(_Base):
    pass
