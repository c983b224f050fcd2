from typing import Any, Callable, Dict, List, Optional


class Blueprint:
    def __init__(
        self,
        name: str,
        import_name: str,
        url_prefix: Optional[str] = None,
        static_folder: Optional[str] = None,
    ) -> None:
        """import_name is required: it locates templates and static files."""
        if "." in name:
            raise ValueError("'name' may not contain a dot '.' character.")
        self.name = name
        self.import_name = import_name
        self.url_prefix = url_prefix
        self.static_folder = static_folder
        self.deferred: List[Callable[[Any], None]] = []

    def route(self, rule: str, **options: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def decorator(f: Callable[..., Any]) -> Callable[..., Any]:
            self.deferred.append(lambda app: app.url_map.append(((self.url_prefix or "") + rule, f, options)))
            return f

        return decorator

    def register(self, app: Any, options: Dict[str, Any]) -> None:
        app.blueprints[self.name] = self
        for fn in self.deferred:
            fn(app)
