from logtail import TailConfig, tail


def write(tmp_path, n):
    path = tmp_path / "app.log"
    path.write_text("".join(f"{'ERROR' if i % 5 == 0 else 'INFO'} line {i}\n" for i in range(1, n + 1)))
    return str(path)


def test_lines_option(tmp_path):
    assert tail(write(tmp_path, 30), TailConfig(lines=3)) == ["INFO line 28", "INFO line 29", "ERROR line 30"]


def test_level_filter(tmp_path):
    assert tail(write(tmp_path, 30), TailConfig(level="ERROR")) == [f"ERROR line {i}" for i in (5, 10, 15, 20, 25, 30)]


def test_short_file(tmp_path):
    assert len(tail(write(tmp_path, 4))) == 4
