"""Declarations outside the code: ``.env.example``-style files and docker-compose services (environment and ports, from PyYAML's nodes)."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from typing import Any

from .model import NO_VALUE, PASSED, Site


def dotenv_sites(path: str, text: str) -> tuple[list[Site], list[int]]:
    sites: list[Site] = []
    bad: list[int] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[7:].lstrip()
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_.]*)\s*(?:=\s*(.*))?$", line)
        if not m:
            bad.append(lineno)
            continue
        name, value = m.group(1), m.group(2)
        if value is None:
            state = NO_VALUE
        else:
            value = value.strip()
            if value[:1] in ("'", '"') and value.rfind(value[0]) > 0:
                value = value[1:value.rfind(value[0])]
            else:
                value = re.split(r"\s+#", value, maxsplit=1)[0].strip()
            state = value
        sites.append(Site(name, "dotenv", path, lineno, "", f"{name}= in {posixpath.basename(path)}", False, state))
    return sites, bad


# ---------------------------------------------------------------------------------------------- compose

@dataclass
class _Service:
    name: str
    line: int
    env: list[tuple[str, str, int]] = field(default_factory=list)  # (name, state, line)
    ports: list[tuple[str, str, int]] = field(default_factory=list)  # (container key, canonical mapping, line)


def _port(item: Any) -> tuple[str, str] | None:
    """(container port key, canonical mapping) of a short-syntax string or a long-syntax mapping."""
    if isinstance(item, dict):
        target = str(item.get("target", "")).strip()
        if not target:
            return None
        proto = str(item.get("protocol") or "tcp").lower()
        host_ip = str(item.get("host_ip") or "")
        published = str(item.get("published") or "")
    else:
        text = str(item).strip()
        if not text:
            return None
        proto = "tcp"
        if "/" in text:
            text, proto = text.rsplit("/", 1)
            proto = proto.lower() or "tcp"
        host_ip = ""
        if text.startswith("["):  # [::1]:8080:80
            end = text.find("]")
            host_ip, text = text[: end + 1], text[end + 2:]
        parts = text.split(":")
        target = parts[-1]
        published = parts[-2] if len(parts) >= 2 else ""
        if len(parts) >= 3:
            host_ip = ":".join(parts[:-2])
    mapping = ":".join(p for p in (host_ip, published, target) if p)
    return f"{target}/{proto}", mapping + ("" if proto == "tcp" else f"/{proto}")


def compose_services(root: Any) -> list[_Service]:
    """The services of a compose file, from its YAML nodes (line numbers kept, merge keys applied)."""
    import yaml

    def items(node: Any, depth: int = 0) -> list[tuple[str, Any, Any]]:
        """(key, key node, value node) of a mapping node, `<<` merges applied (explicit keys win)."""
        if not isinstance(node, yaml.MappingNode) or depth > 20:
            return []
        own: list[tuple[str, Any, Any]] = []
        merged: list[tuple[str, Any, Any]] = []
        for k, v in node.value:
            if not isinstance(k, yaml.ScalarNode):
                continue
            if k.tag == "tag:yaml.org,2002:merge" or k.value == "<<":
                for m in (v.value if isinstance(v, yaml.SequenceNode) else [v]):
                    merged.extend(items(m, depth + 1))
            else:
                own.append((str(k.value), k, v))
        seen = {k for k, _, _ in own}
        for entry in merged:
            if entry[0] not in seen:
                seen.add(entry[0])
                own.append(entry)
        return own

    def scalar(node: Any) -> str | None:
        if isinstance(node, yaml.ScalarNode) and node.tag != "tag:yaml.org,2002:null":
            return str(node.value)
        return None

    top = {k: v for k, _, v in items(root)}
    if "services" in top:
        pairs = [(k, kn, v) for k, kn, v in items(top["services"])]
    else:  # compose v1: services at the top
        pairs = [(k, kn, v) for k, kn, v in items(root)
                 if isinstance(v, yaml.MappingNode) and {"image", "build"} & {kk for kk, _, _ in items(v)}]
    out: list[_Service] = []
    for name, key_node, node in pairs:
        svc = _Service(name, key_node.start_mark.line + 1)
        for key, _, value in items(node):
            if key == "environment":
                if isinstance(value, yaml.SequenceNode):
                    for entry in value.value:
                        text_ = scalar(entry)
                        if text_ is None:
                            continue
                        var, eq, val = text_.partition("=")
                        if var.strip():
                            svc.env.append((var.strip(), val if eq else PASSED, entry.start_mark.line + 1))
                else:
                    for var, var_node, val in items(value):
                        state = scalar(val)
                        svc.env.append((var, PASSED if state is None else state, var_node.start_mark.line + 1))
            elif key == "ports" and isinstance(value, yaml.SequenceNode):
                for entry in value.value:
                    if isinstance(entry, yaml.MappingNode):
                        item: Any = {k: scalar(v) for k, _, v in items(entry)}
                    else:
                        item = scalar(entry)
                    port = _port(item) if item is not None else None
                    if port:
                        svc.ports.append((*port, entry.start_mark.line + 1))
        out.append(svc)
    return out
