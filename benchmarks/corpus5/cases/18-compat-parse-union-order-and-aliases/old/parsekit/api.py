from typing import Union, List, Dict, Optional
import os
def parse(src: Union[str, bytes, "os.PathLike[str]"], opts: Optional[Dict[str, int]] = None) -> List[str]:
    return []
def merge(a: Union[int, float], b: Union[int, float, None] = None) -> Union[int, float]:
    return a
