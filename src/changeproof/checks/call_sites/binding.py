"""Whether a call binds a signature: positional count, keywords, required parameters, unpacking, overloads."""

from __future__ import annotations

import ast
from dataclasses import dataclass


@dataclass(frozen=True)
class CallShape:
    """What a call passes: explicit positional count, unpacking, keyword names."""

    npos: int  # explicit positional arguments
    before_star: int  # explicit positional arguments before the first *x
    star: bool
    kws: tuple[str, ...]
    dstar: bool

    @classmethod
    def of(cls, call: ast.Call) -> CallShape:
        npos, before, star = 0, 0, False
        for a in call.args:
            if isinstance(a, ast.Starred):
                star = True
            else:
                npos += 1
                if not star:
                    before += 1
        kws = tuple(k.arg for k in call.keywords if k.arg is not None)
        return cls(npos, before, star, kws, any(k.arg is None for k in call.keywords))


@dataclass
class Callee:
    path: str  # dotted path of the callee
    display: str  # short name for messages: `Manager.send_to_user`, `Manager`
    sigs: list[list[list]]  # parameter lists a call must bind (several for overloads), bound params stripped
    text: str  # the signature as written
    key: tuple  # what binding depends on
    extra_kwargs: bool = False  # accepts unknown keywords anyway (pydantic models ignore extras)


def _bind(params: list[list], shape: CallShape, name: str, now: bool, extra_kwargs: bool = False) -> list[tuple[str, str | None]]:
    """Why a call of this shape does not bind these parameters ([] when it does)."""
    reasons: list[tuple[str, str | None]] = []
    pos = [p for p in params if p[1] in ("po", "pk")]
    has_vp = any(p[1] == "vp" for p in params)
    has_vk = extra_kwargs or any(p[1] == "vk" for p in params)
    takes = "now takes" if now else "takes"
    if not shape.star and shape.npos > len(pos) and not has_vp:
        n = len(pos)
        plural = "s" if shape.npos != 1 else ""
        reasons.append((f"passes {shape.npos} positional argument{plural}, `{name}` {takes} {n if n else 'none'}", None))
    explicit = shape.before_star if shape.star else shape.npos
    bound = {p[0] for p in pos[:explicit]}
    by_name = {p[0]: p for p in params if p[1] in ("pk", "ko")}
    po_names = {p[0] for p in params if p[1] == "po"}
    seen: set[str] = set()
    for kw in shape.kws:
        p = by_name.get(kw)
        if p is None:
            if has_vk:
                continue
            if kw in po_names:
                reasons.append((f"passes positional-only parameter `{kw}` by keyword", kw))
            else:
                reasons.append((f"keyword `{kw}` is not accepted" + (" any more" if now else ""), kw))
            continue
        if kw in bound or kw in seen:
            reasons.append((f"passes `{kw}` both positionally and by keyword", kw))
            continue
        seen.add(kw)
    given = bound | seen
    for p in params:
        if p[1] in ("vp", "vk") or p[3] is not None or p[0] in given:
            continue
        if p[1] == "po" and shape.star:
            continue
        if p[1] == "pk" and (shape.star or shape.dstar):
            continue
        if p[1] == "ko" and shape.dstar:
            continue
        reasons.append((f"required parameter `{p[0]}` not passed", p[0]))
    return reasons


def strip_bound(params: list[list]) -> list[list]:
    return params[1:] if params and params[0][1] in ("po", "pk") else params


def signature_key(sigs: list[list[list]], extra: bool) -> tuple:
    return (tuple(tuple((p[0], p[1], p[3] is None) for p in s) for s in sigs), extra)

def first_fit(callee: Callee, shape: CallShape, name: str, now: bool) -> list[tuple[str, str | None]]:
    """[] when some signature (overload) of the callee binds the call, else the reasons of the first."""
    first: list[tuple[str, str | None]] | None = None
    for sig in callee.sigs:
        reasons = _bind(sig, shape, name, now, callee.extra_kwargs)
        if not reasons:
            return []
        if first is None:
            first = reasons
    return first or []
