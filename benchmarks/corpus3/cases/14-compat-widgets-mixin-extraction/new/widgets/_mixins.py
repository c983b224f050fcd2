from __future__ import annotations


class _VisibilityMixin:
    visible: bool

    def show(self) -> None:
        self.visible = True

    def hide(self) -> None:
        self.visible = False


class _TreeMixin:
    children: list

    def add(self, child) -> None:
        self.children.append(child)
