import pytest

from framing.config import Params, find_root
from framing.errors import InputError

from conftest import ROOT


def test_defaults_come_from_params_yml():
    params = Params.resolve(ROOT)
    assert params.corpus_dir == ROOT / "data" / "raw"
    assert params.output_dir == ROOT / "_build"


def test_overrides_win_and_none_keeps_the_default(tmp_path):
    params = Params.resolve(ROOT, corpus_dir=str(tmp_path), metadata=None)
    assert params.corpus_dir == tmp_path and params.metadata == ROOT / "data" / "metadata.csv"


def test_unknown_parameter_is_named():
    with pytest.raises(InputError, match="unknown parameter.*corpus_folder"):
        Params.resolve(ROOT, corpus_folder="x")


def test_wrong_type_is_named():
    with pytest.raises(InputError, match="parameter metadata must be a path"):
        Params.resolve(ROOT, metadata=3)


@pytest.mark.parametrize("text, problem", [
    ("corpus_dir: a\nmetadata: b\nlexicon_dir: c\n", "missing parameter(s) output_dir"),
    ("corpus_dir: a\nmetadata: b\nlexicon_dir: c\noutput_dir: d\ncolour: red\n", "unknown parameter(s) colour"),
    ("corpus_dir: [\n", "malformed YAML"),
])
def test_bad_params_file(tmp_path, text, problem):
    (tmp_path / "params.yml").write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        Params.resolve(tmp_path)
    assert problem in caught.value.problem


def test_missing_input_is_named_before_anything_runs(tmp_path):
    params = Params.resolve(ROOT, corpus_dir=str(tmp_path / "nowhere"))
    with pytest.raises(InputError, match="parameter corpus_dir: folder not found"):
        params.check_inputs()


def test_root_is_found_from_a_subfolder():
    assert find_root(ROOT / "chapters") == ROOT
