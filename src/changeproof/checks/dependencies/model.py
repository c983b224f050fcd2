"""What the check compares: declared dependencies (one parsed requirement each) in groups, per side."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# words in a requirements file's or extra's name that make it development tooling, not runtime
_DEV_WORDS = frozenset({"dev", "develop", "development", "test", "tests", "testing", "lint", "linting", "docs", "doc",
                        "typing", "types", "mypy", "ci", "style", "format", "fmt", "bench", "benchmark", "benchmarks",
                        "coverage", "cov", "qa", "tox", "local", "debug", "precommit", "check", "checks", "tools",
                        "build", "release", "all-dev"})
FILE_GROUP = "\0file"  # the scope of a requirements-file group (no directory is named with a NUL)
_REQ_NAME = re.compile(r"^(requirements|constraints)([._-].*)?\.(txt|in)$", re.IGNORECASE)
_CONSTRAINTS_NAME = re.compile(r"^constraints([._-].*)?\.(txt|in)$", re.IGNORECASE)

# distributions whose import name is not their normalised name
_KNOWN_IMPORTS: dict[str, tuple[str, ...]] = {
    "beautifulsoup4": ("bs4",), "pyyaml": ("yaml",), "pillow": ("PIL",), "python-dateutil": ("dateutil",),
    "scikit-learn": ("sklearn",), "scikit-image": ("skimage",), "opencv-python": ("cv2",),
    "opencv-python-headless": ("cv2",), "opencv-contrib-python": ("cv2",), "protobuf": ("google.protobuf",),
    "python-dotenv": ("dotenv",), "attrs": ("attr", "attrs"), "pyjwt": ("jwt",), "psycopg2-binary": ("psycopg2",),
    "psycopg-binary": ("psycopg",), "python-multipart": ("multipart", "python_multipart"),
    "pycryptodome": ("Crypto",), "pycryptodomex": ("Cryptodome",), "pyopenssl": ("OpenSSL",),
    "python-jose": ("jose",), "setuptools": ("setuptools", "pkg_resources"), "pyzmq": ("zmq",),
    "pyserial": ("serial",), "python-magic": ("magic",), "python-json-logger": ("pythonjsonlogger",),
    "google-api-python-client": ("googleapiclient",), "faiss-cpu": ("faiss",), "faiss-gpu": ("faiss",),
    "websocket-client": ("websocket",), "grpcio": ("grpc",), "grpcio-tools": ("grpc_tools",),
    "grpcio-status": ("grpc_status",), "python-slugify": ("slugify",), "python-socketio": ("socketio",),
    "python-engineio": ("engineio",), "google-generativeai": ("google.generativeai",),
    "msgpack-python": ("msgpack",), "pymupdf": ("fitz", "pymupdf"), "docx2txt": ("docx2txt",),
    "python-docx": ("docx",), "python-pptx": ("pptx",), "pyhumps": ("humps",), "mysqlclient": ("MySQLdb",),
    "tensorflow-cpu": ("tensorflow",), "tensorflow-gpu": ("tensorflow",), "discord-py": ("discord",),
    "ruamel-yaml": ("ruamel.yaml",), "typing-extensions": ("typing_extensions",),
}


# --------------------------------------------------------------------------------------------- model


@dataclass
class Dep:
    """One declared requirement."""

    name: str  # canonical distribution name (or the text, for an entry that names no distribution)
    text: str  # as written
    norm: tuple  # what equality means: name, extras, specifiers, marker, url
    path: str
    line: int | None
    req: Any = None  # packaging Requirement, None for entries compared as written
    spec_text: str | None = None  # a poetry constraint, as written


@dataclass
class Group:
    key: tuple[str, str]  # (scope, name): a project directory and a group name, or (FILE_GROUP, path)
    label: str  # "runtime", "optional[dev]", "group[test]", "requirements-dev.txt"
    kind: str  # runtime | optional | dev | environment | constraints
    deps: list[Dep] = field(default_factory=list)
    files: set[str] = field(default_factory=set)
    includes: set[tuple[str, str]] = field(default_factory=set)  # groups whose entries this one takes in


@dataclass
class Declarations:
    groups: dict[tuple[str, str], Group] = field(default_factory=dict)
    problems: list[tuple[str, int | None, str]] = field(default_factory=list)  # path, line, message
    read: set[str] = field(default_factory=set)  # every file that contributed
    scopes: set[str] = field(default_factory=set)  # project directories (a pyproject.toml or setup.cfg)
    unreadable_scopes: set[str] = field(default_factory=set)  # project directories whose declarations did not parse
    unreadable_names: set[str] = field(default_factory=set)  # names of requirements that did not parse

    def group(self, key: tuple[str, str], label: str, kind: str) -> Group:
        g = self.groups.get(key)
        if g is None:
            g = self.groups[key] = Group(key, label, kind)
        return g


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def is_dev(name: str) -> bool:
    words = {w for w in re.split(r"[-_.\s/]+", name.lower()) if w}
    return bool(words & _DEV_WORDS) or name.lower() in _DEV_WORDS


def normalised(req: Any) -> tuple:
    marker = str(req.marker) if req.marker is not None else ""
    return (canonical(req.name), tuple(sorted(canonical(e) for e in req.extras)), frozenset(req.specifier), marker,
            req.url or "")


def make_dep(text: str, path: str, line: int | None, problems: list, *, lenient: bool = False) -> Dep | None:
    """A Dep from a PEP 508 string; a string that does not parse is a problem (or, lenient, compared as written)."""
    from packaging.requirements import InvalidRequirement, Requirement

    text = text.strip()
    try:
        req = Requirement(text)
    except InvalidRequirement as exc:
        if lenient and _looks_like_location(text):
            egg = re.search(r"[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)", text)
            name = canonical(egg.group(1)) if egg else text
            return Dep(name, text, ("as-written", " ".join(text.split())), path, line)
        problems.append((path, line, f"cannot parse requirement {text!r}: {exc}"))
        guess = re.match(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)", text)
        if guess:
            problems.append((None, None, canonical(guess.group(1))))  # a name to leave out of added / removed
        return None
    return Dep(canonical(req.name), text, normalised(req), path, line, req)


def _looks_like_location(text: str) -> bool:
    return ("://" in text or text.startswith(("git+", "hg+", "svn+", "bzr+", ".", "/", "~", "file:"))
            or text.endswith((".whl", ".tar.gz", ".zip", ".tar.bz2")))
