from logtail.cli import main


def test_cli_prints_lines(tmp_path, capsys):
    path = tmp_path / "a.log"
    path.write_text("one\ntwo\nthree\n")
    assert main([str(path), "-n", "2"]) == 0
    assert capsys.readouterr().out == "two\nthree\n"


def test_cli_default_lines(tmp_path, capsys):
    path = tmp_path / "b.log"
    path.write_text("".join(f"{i}\n" for i in range(50)))
    main([str(path)])
    assert len(capsys.readouterr().out.splitlines()) == 10
