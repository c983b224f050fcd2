from mdlite.render import block, inline


def test_submodules_export_the_same_functions():
    import mdlite

    assert mdlite.render is block.render
    assert mdlite.render_inline is inline.render_inline
