from .rec import Record
