from .proto import Sink
from .impl import FileSink, MemorySink
