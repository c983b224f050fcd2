from ._base_impl import Backend as Backend
