class DataFrame:
    def __init__(self, data=None, columns=None):
        self.data = data or []
        self.columns = columns or []

    def drop_duplicates(self, subset=None, keep="first", inplace=False, ignore_index=False):
        return self

    def sort_values(self, by, ascending=True, *, kind="quicksort"):
        return self
