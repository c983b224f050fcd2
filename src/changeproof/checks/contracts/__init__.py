"""Contracts: classes that implement a project Protocol or ABC must still satisfy it at head.

An implementer is a class that subclasses a project ``Protocol`` or a project ABC that declares abstract
members (directly or through intermediate classes), or registers itself with ``@Contract.register``. For
each implementer, every member the contract declares (every member of a Protocol; the abstract members of an
ABC) must be provided at head:

- missing: the implementer's lookup of the name still lands on the contract's own declaration (a stub body,
  ``@abstractmethod``, an annotation without a value), so the implementer does not define it. A member the
  contract *gained* in this change is reported with each implementer it breaks.
- incompatible: the implementer defines it, but its parameters do not accept every call the declaration
  allows (``compare_signatures`` from the API engine, declaration as "old", implementer as "new": any
  breaking delta), or it is ``async`` where the declaration is not (or the reverse), or a method where the
  declaration has a property (or the reverse).

Implementers in test files count too (test doubles break the same way). Classes that are abstract on
purpose (they declare abstract members themselves, are Protocols, are named ``Abstract...``, or were already
incomplete at base and have subclasses) are not held to the contract. Failures that existed at base for the
same implementer, member and contract are pre-existing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ...api.compare import RULES as API_RULES
from ...api.compare import SignatureComparer, signature_text
from ...api.external import external_provides
from ...api.linker import ApiModel, target_path
from ...astutil import parse as parse_source
from ...model import Finding
from ...project.modules import consumer_files, pseudo_name
from . import rules
from ..base import Check, CheckContext, Skip, finding

__all__ = ["CHECK", "Contracts"]


# members a Protocol declares that are not part of its structural contract
_NOT_MEMBERS = {
    "__init__", "__new__", "__slots__", "__doc__", "__module__", "__annotations__", "__dict__", "__weakref__",
    "__class_getitem__", "__init_subclass__", "__subclasshook__", "__protocol_attrs__", "__parameters__",
    "__orig_bases__", "__abstractmethods__", "__non_callable_proto_members__", "__match_args__", "__hash__",
    "__qualname__", "__firstlineno__", "__static_attributes__", "__all__", "__getattr__",
}
_KEYWORD_DUNDERS = {"__init__", "__new__", "__call__", "__init_subclass__", "__class_getitem__"}
_AWAITABLE_RET = re.compile(r"\b(Awaitable|Coroutine|AsyncIterator|AsyncIterable|AsyncGenerator|Future|Task)\b")


@dataclass
class _Fail:
    impl: str  # implementer class path
    impl_name: str
    member: str
    contract: str  # contract class target
    contract_path: str
    missing: bool
    reasons: list[str]
    path: str | None
    line: int | None
    old: str | None  # the contract's declaration
    new: str | None  # the implementer's member
    abc: bool


@dataclass
class _Scan:
    failures: dict[tuple[str, str, str], _Fail] = field(default_factory=dict)
    implementers: set[str] = field(default_factory=set)
    contracts: set[str] = field(default_factory=set)
    incomplete: set[str] = field(default_factory=set)  # implementers missing a member
    parents: set[str] = field(default_factory=set)  # class targets that have a subclass


def _member_text(name: str, rec: dict | None) -> str | None:
    if rec is None:
        return None
    k = rec.get("k")
    if k == "function":
        return signature_text(name, rec.get("params", []), rec.get("ret"), is_async=bool(rec.get("async")))
    if k == "property":
        return f"@property {name}" + (f" -> {rec['ret']}" if rec.get("ret") else "")
    if k == "attribute":
        return name + (f": {rec['ann']}" if rec.get("ann") else "") + (f" = {rec['value']}" if rec.get("value") else "")
    if k == "class":
        return f"class {name}"
    return name


def _bound(rec: dict) -> list[list]:
    params = rec.get("params", [])
    if rec.get("method") in ("instance", "class") and params and params[0][1] in ("po", "pk"):
        return params[1:]
    return params


class _Checker:
    """Conformance of every implementer on one side."""

    def __init__(self, side: ApiModel, files: dict[str, str]):
        self.side = side
        self.files = files  # module -> report path (project modules and extra files)
        self.cmp = SignatureComparer(side)
        self._contract: dict[str, bool] = {}

    def is_contract(self, target: str) -> bool:
        hit = self._contract.get(target)
        if hit is None:
            info = self.side.class_info(target)
            obj = self.side.obj(target) or {}
            hit = bool(info is not None and (info.protocol or (info.abc and any(
                m.get("abstract") for m in obj.get("members", {}).values()))))
            self._contract[target] = hit
        return hit

    def declared(self, contract: str) -> dict[str, dict]:
        """What a contract requires of implementers: name -> its declaration record."""
        side = self.side
        info = side.class_info(contract)
        obj = side.obj(contract) or {}
        out: dict[str, dict] = {}
        for name, rec in obj.get("members", {}).items():
            k = rec.get("k")
            if info is not None and info.protocol:
                if name in _NOT_MEMBERS or k not in ("function", "property", "attribute") or rec.get("instance"):
                    continue
                out[name] = rec
            elif rec.get("abstract"):
                out[name] = rec
        return out

    def is_declaration(self, target: str) -> bool:
        """The member is the contract's own declaration, not an implementation."""
        owner = target.rsplit(".", 1)[0]
        if not owner.startswith("d:") or not self.is_contract(owner):
            return False
        rec = self.side.obj(target) or {}
        info = self.side.class_info(owner)
        protocol = bool(info and info.protocol)
        k = rec.get("k")
        if rec.get("abstract"):
            return True
        if k == "function":
            return protocol and bool(rec.get("stub"))
        if k == "property":
            return protocol
        if k == "attribute":
            return protocol and rec.get("value") is None
        return False

    def scan(self, modules: list[str]) -> _Scan:
        out = _Scan()
        side = self.side
        classes: list[tuple[str, str, dict]] = []
        for module in modules:
            summ = side.summaries.get(module)
            if summ is None:
                continue
            stack = [(name, obj) for name, obj in summ.get("members", {}).items() if obj.get("k") == "class"]
            while stack:
                qual, obj = stack.pop()
                classes.append((module, qual, obj))
                stack.extend((f"{qual}.{n}", o) for n, o in obj.get("members", {}).items() if o.get("k") == "class")
        for module, qual, obj in classes:
            info = side.class_info(f"d:{module}:{qual}")
            if info is not None:
                out.parents.update(info.chain[1:])
        for module, qual, obj in classes:
            self._implementer(out, module, qual, obj)
        return out

    def _implementer(self, out: _Scan, module: str, qual: str, obj: dict) -> None:
        side = self.side
        t = f"d:{module}:{qual}"
        info = side.class_info(t)
        if info is None or info.protocol:
            return
        contracts = [c for c in info.chain[1:] if self.is_contract(c)]
        registered: list[str] = []
        for deco in obj.get("decos", []) or []:
            if deco.endswith(".register"):
                ct = side.resolve_dotted(module, deco[: -len(".register")])
                if ct and ct.startswith("d:") and self.is_contract(ct) and ct not in contracts:
                    registered.append(ct)
        if not contracts and not registered:
            return
        name = qual.rsplit(".", 1)[-1]
        if name.lstrip("_").startswith("Abstract") or any(m.get("abstract") for m in obj.get("members", {}).values()):
            return  # abstract on purpose
        impl_path = f"{module}.{qual}"
        out.implementers.add(impl_path)
        # a __getattr__ hook may supply anything: no "missing" claims then
        hooked = any("__getattr__" in (side.obj(c) or {}).get("members", {}) for c in info.chain if not self.is_contract(c))
        required: dict[str, str] = {}
        for c in contracts + registered:
            for member in self.declared(c):
                required.setdefault(member, c)
        for c in contracts + registered:
            out.contracts.add(target_path(c) or c)
        for member, c in sorted(required.items()):
            ci = side.class_info(c)
            is_abc = not (ci and ci.protocol)
            decl_t = f"{c}.{member}"
            decl = side.obj(decl_t) or {}
            mt = info.members.get(member)
            if mt is not None and c in registered and mt.rsplit(".", 1)[0] not in info.chain:
                mt = None
            contract_path = target_path(c) or c
            cname = contract_path.rsplit(".", 1)[-1]
            common = {"impl": impl_path, "impl_name": name, "member": member, "contract": c,
                      "contract_path": contract_path, "old": _member_text(member, decl), "abc": is_abc}
            if mt is None or self.is_declaration(mt):
                if hooked or external_provides(info.external_bases, member) is not False:
                    continue  # an external base has it, or may have it
                out.incomplete.add(t)
                out.failures[(impl_path, member, contract_path)] = _Fail(
                    **common, missing=True, reasons=[], path=self.files.get(module), line=obj.get("line"), new=None)
                continue
            impl_rec = side.obj(mt) or {}
            reasons = self._incompatible(member, decl, impl_rec, side.module_of(decl_t), side.module_of(mt), cname)
            if reasons:
                where = side.module_of(mt)
                out.failures[(impl_path, member, contract_path)] = _Fail(
                    **common, missing=False, reasons=reasons, path=self.files.get(where) if where else None,
                    line=impl_rec.get("line") or obj.get("line"), new=_member_text(member, impl_rec))

    def _incompatible(self, member: str, decl: dict, impl: dict, decl_mod: str | None, impl_mod: str | None,
                      cname: str) -> list[str]:
        dk, ik = decl.get("k"), impl.get("k")
        if dk == "function" and ik == "property":
            return [f"it is a property, but `{cname}` declares a method"]
        if dk == "property" and ik == "function":
            return [f"it is a method, but `{cname}` declares a property"]
        if dk != "function" or ik != "function":
            return []
        reasons: list[str] = []
        d_async, i_async = bool(decl.get("async")), bool(impl.get("async"))
        if d_async != i_async:
            sync = impl if d_async else decl
            if not (sync.get("generator") or _AWAITABLE_RET.search(sync.get("ret") or "")):
                reasons.append("it is `def` where the declaration is `async def`: awaiting its result fails" if d_async
                               else "it is `async def` where the declaration is `def`: callers get a coroutine, not a result")
        if decl.get("overloads") or impl.get("overloads") or self.cmp is None:
            return reasons
        db, ib = _bound(decl), _bound(impl)
        if member.startswith("__") and member.endswith("__") and member not in _KEYWORD_DUNDERS:
            db = [[p[0], "po", p[2], p[3]] if p[1] == "pk" else p for p in db]
            ib = [[p[0], "po", p[2], p[3]] if p[1] == "pk" else p for p in ib]
        try:
            deltas = self.cmp.deltas(db, ib, decl_mod, impl_mod)
        except RecursionError:  # pragma: no cover - a pathological annotation
            return reasons
        for kind, param, message, old, new, severity in deltas:
            rule_ = API_RULES.get(kind)
            if (severity or (rule_.severity if rule_ else "risk")) != "breaking":
                continue
            reasons.append(_reason(kind, param, message, old, new))
        return reasons


def _reason(kind: str, param: str | None, message: str, old: str | None, new: str | None) -> str:
    if kind == "parameter-removed":
        if old and old.startswith("**"):
            return f"it does not take `{old}`: extra keyword arguments the declaration accepts fail"
        if old and old.startswith("*"):
            return f"it does not take `{old}`: extra positional arguments the declaration accepts fail"
        return f"it does not accept `{param}`, which the declaration has (`{old}`)"
    if kind == "parameter-added-required":
        return f"it requires `{param}`, which the declaration does not have: calls through the contract do not pass it"
    if kind == "parameter-now-required":
        return f"`{param}` has no default here (the declaration's is `{old}`): calls that omit it fail"
    if kind == "parameter-moved":
        return f"`{param}` is at another position than in the declaration ({message.split(': ')[0].split('moved ')[-1]})"
    if kind == "parameter-kind-changed":
        if "keyword-only" in message:
            return f"`{param}` is keyword-only here, but the declaration lets callers pass it positionally"
        return f"`{param}` is positional-only here, but the declaration lets callers pass it by keyword"
    if kind == "parameter-type-narrowed":
        return f"`{new}` here does not accept every value of the declared `{old}`"
    return message


class Contracts(Check):
    id = "contracts"
    title = "Contracts"
    reads = "classes that subclass or register with a project Protocol or ABC, at base and head (parsed, not imported)"
    runs_code = False

    def run(self, ctx: CheckContext) -> list[Finding]:
        self._counts = (0, 0)
        self._contracts: list[str] = []
        findings = self._run(ctx)
        self.fact("contracts", self._contracts, detail="project Protocols and ABCs found at head")
        self.fact("implementers-checked", self._counts[0], detail="classes implementing them, checked member by member")
        self.fact("nonconforming", sorted({f.object for f in findings if f.object and not f.preexisting}),
                  detail="implementers (and members) that no longer conform")
        return findings

    def _run(self, ctx: CheckContext) -> list[Finding]:
        pf = ctx.project.python_files
        if not pf.tops:
            raise Skip("no Python package or module found at base or head")
        base_model, head_model = pf.base_model, pf.head_model
        # which contracts exist (either side): their names decide which non-project files are worth reading
        names = _contract_names(base_model) | _contract_names(head_model)
        if not names:
            return []
        word = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(names)) + r")\b")
        extra_h: dict[str, tuple[str, bytes]] = {}
        extra_b: dict[str, tuple[str, bytes]] = {}
        files_h: dict[str, str] = {m.name: m.path for m in head_model.modules.values()}
        files_b: dict[str, str] = {m.name: m.path for m in base_model.modules.values()}
        others = [p for p in pf.head_py if p not in pf.head_modules]
        taken = set(head_model.modules) | set(base_model.modules)
        contents = ctx.head.read_many(others) if others else {}
        base_paths = set(ctx.files("base"))
        for path in others:
            data = contents[path]
            if not word.search(data.decode("utf-8", "replace")):
                continue
            module, _ = pseudo_name(path, pf.tops, taken)
            taken.add(module)
            extra_h[module] = (path, data)
            files_h[module] = path
            bpath = pf.renamed.get(path, path)
            if bpath in base_paths and bpath not in pf.base_modules:
                extra_b[module] = (bpath, ctx.base.read(bpath))
                files_b[module] = bpath
        for i, consumer in enumerate(ctx.consumers):
            consumer = Path(consumer)
            if not consumer.is_dir():
                continue  # the call-sites check says so
            label = consumer.resolve().name or f"consumer{i + 1}"
            for rel, full in consumer_files(consumer):
                try:
                    data = full.read_bytes()
                except OSError:
                    continue
                if not word.search(data.decode("utf-8", "replace")) or parse_source(data, rel)[0] is None:
                    continue
                module, _ = pseudo_name(rel, pf.tops, taken, prefix=f"__consumer{i}__.")
                taken.add(module)
                extra_h[module] = extra_b[module] = (f"{label}/{rel}", data)
                files_h[module] = files_b[module] = f"{label}/{rel}"
        head_side, _ = ctx.project.augmented(head_model, extra_h) if extra_h else (head_model, set())
        base_side, _ = ctx.project.augmented(base_model, extra_b) if extra_b else (base_model, set())
        head_scan = _Checker(head_side, files_h).scan(sorted(set(head_model.summaries) | set(extra_h)))
        base_scan = _Checker(base_side, files_b).scan(sorted(set(base_model.summaries) | set(extra_b)))
        self._counts = (len(head_scan.implementers), len(head_scan.contracts))
        self._contracts = sorted(target_path(c) or c for c in head_scan.contracts)
        findings: list[Finding] = []
        for key, f in sorted(head_scan.failures.items()):
            if f.missing and _intermediate(head_scan, base_scan, f):
                continue
            findings.append(self._finding(f, base_side, key in base_scan.failures))
        return findings

    def _finding(self, f: _Fail, base: ApiModel, pre: bool) -> Finding:
        cname = f.contract_path.rsplit(".", 1)[-1]
        what = "abstract base class" if f.abc else "protocol"
        obj = f"{f.impl}.{f.member}"
        if f.missing:
            base_decl = (base.obj(f.contract) or {}).get("members", {})
            if base.obj(f.contract) is not None and f.member not in base_decl:
                msg = f"`{cname}` gained `{f.member}`, which `{f.impl_name}` does not define"
            else:
                msg = f"`{f.impl_name}` does not define `{f.member}`, which the {what} `{cname}` requires"
            if f.abc:
                msg += f": instantiating `{f.impl_name}` raises TypeError (abstract method `{f.member}`)"
            else:
                msg += f": `{f.impl_name}` no longer satisfies `{cname}` and calls through the protocol reach its stub"
        else:
            msg = (f"`{f.impl_name}.{f.member}` does not match `{cname}.{f.member}` of the {what}: "
                   + "; ".join(f.reasons))
        if pre:
            msg += " (already so at base)"
        return finding(rules.PROTOCOL_NONCONFORMANCE, path=f.path, line=f.line, object=obj, old=f.old, new=f.new,
                       message=msg, preexisting=pre)

    def outcome(self, findings: list[Finding]) -> str:
        impl, contracts = getattr(self, "_counts", (0, 0))
        new = sum(1 for f in findings if not f.preexisting)
        pre = len(findings) - new
        many = "s" if contracts != 1 else ""
        text = (f"{impl} implementer{'s' if impl != 1 else ''} of {contracts} protocol{many}/ABC{many} checked, "
                f"{new} nonconforming")
        if pre:
            text += f", {pre} pre-existing"
        return text


def _contract_names(side: ApiModel) -> set[str]:
    """Names of the classes that are Protocols or ABCs declaring abstract members."""
    out: set[str] = set()
    for module, summ in side.summaries.items():
        for name, obj in summ.get("members", {}).items():
            if obj.get("k") != "class":
                continue
            bases = " ".join(obj.get("bases") or [])
            kw = obj.get("kw") or {}
            if "Protocol" in bases or "ABC" in bases or "ABCMeta" in str(kw.get("metaclass", "")) or any(
                    m.get("abstract") for m in obj.get("members", {}).values()):
                info = side.class_info(f"d:{module}:{name}")
                if info is not None and (info.protocol or info.abc):
                    out.add(name)
    return out


def _intermediate(head: _Scan, base: _Scan, f: _Fail) -> bool:
    """An implementer that was already incomplete at base and has subclasses: abstract in all but name."""
    targets = [t for t in head.incomplete if target_path(t) == f.impl]
    if not targets:
        return False
    was_incomplete = any(target_path(x) == f.impl for x in base.incomplete)
    return was_incomplete and targets[0] in head.parents


CHECK = Contracts
