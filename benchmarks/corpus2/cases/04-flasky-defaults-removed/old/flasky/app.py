from typing import Any, Callable, Dict, List, Optional


class Flasky:
    def __init__(self, import_name: str, static_url_path: Optional[str] = None) -> None:
        self.import_name = import_name
        self.static_url_path = static_url_path
        self.blueprints: Dict[str, Any] = {}
        self.url_map: List[tuple] = []

    def route(self, rule: str, **options: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def decorator(f: Callable[..., Any]) -> Callable[..., Any]:
            self.url_map.append((rule, f, options))
            return f

        return decorator

    def register_blueprint(self, blueprint: Any, **options: Any) -> None:
        blueprint.register(self, options)
