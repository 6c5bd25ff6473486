"""Loading the bank: records, topics, problems as path:line, and the parse cache."""

from __future__ import annotations

import os
import shutil

import pytest
from conftest import BROKEN_BANK, FAKE_BANK

from quizcli import bank
from quizcli.errors import UnknownIdError


def test_loads_fake_bank(fake_bank):
    assert set(fake_bank.topics) == {"basics", "math"}
    assert set(fake_bank.records) == {"what-is-dropout", "bias-variance", "scale-array"}
    assert fake_bank.problems == []
    rec = fake_bank.get("what-is-dropout")
    assert rec.kind == "concept" and rec.languages == ("en", "zh")
    assert fake_bank.get("bias-variance").languages == ("en",)
    assert fake_bank.get("bias-variance").title("en") == "Explain the bias-variance trade-off."


def test_unknown_id_suggests_nearest(fake_bank):
    with pytest.raises(UnknownIdError) as err:
        fake_bank.get("what-is-dropuot")
    assert err.value.suggestions[0] == "what-is-dropout"
    assert err.value.exit_code == 2


def test_filters(fake_bank):
    assert [r.id for r in fake_bank.filter(kind="coding")] == ["scale-array"]
    assert [r.id for r in fake_bank.filter(topic="basics", difficulty="medium")] == ["bias-variance"]
    assert [r.id for r in fake_bank.filter(tags=["dropout", "regularization"])] == ["what-is-dropout"]
    assert fake_bank.filter(tags=["nope"]) == []
    with pytest.raises(UnknownIdError):
        fake_bank.filter(topic="basic")


def test_broken_bank_reports_every_problem_with_line():
    b = bank.load(BROKEN_BANK, use_cache=False)
    got = {str(p) for p in b.problems}
    expected = {
        "questions/basics/bad-fields.yaml:5: field 'difficulty': 'impossible' is not one of: "
        "easy, medium, hard",
        "questions/basics/bad-fields.yaml:7: field 'question.zh': translation is empty",
        "questions/basics/bad-fields.yaml:11: unknown key 'colour'",
        "questions/basics/bad-syntax.yaml:7: YAML syntax error: did not find expected ',' or ']'",
        "questions/basics/mixed-kind.yaml:10: field 'entry' does not belong in this kind of record",
        "questions/basics/wrong-name.yaml:2: field 'id': 'another-name' differs from the file "
        "name 'wrong-name'",
        "questions/nofolder/orphan.yaml:4: field 'topic': unknown topic 'nofolder' (no "
        "questions/nofolder/topic.yaml)",
        "questions/other/good-one.yaml:2: field 'id': duplicate id 'good-one', also in "
        "questions/basics/good-one.yaml",
    }
    assert expected <= got, got - expected
    # good records still load
    assert "good-one" in b.records and "no-solution" in b.records


def test_missing_required_and_duplicate_key(tmp_path):
    root = tmp_path / "bank"
    shutil.copytree(FAKE_BANK, root)
    (root / "questions/basics/half.yaml").write_text(
        "schema_version: 1\nid: half\nkind: concept\ntopic: basics\ndifficulty: easy\n"
        "tags: []\ntags: [x]\nquestion: {en: Q}\n")
    problems = {str(p) for p in bank.load(root, use_cache=False).problems}
    assert "questions/basics/half.yaml:1: missing required field 'answer'" in problems
    assert "questions/basics/half.yaml:7: duplicate key 'tags'" in problems


def test_cache_is_rebuilt_when_a_file_changes(tmp_path):
    root = tmp_path / "bank"
    shutil.copytree(FAKE_BANK, root)
    first = bank.load(root)
    assert first.get("bias-variance").difficulty == "medium"
    path = root / "questions/basics/bias-variance.yaml"
    text = path.read_text().replace("difficulty: medium", "difficulty: hard")
    path.write_text(text)
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))
    assert bank.load(root).get("bias-variance").difficulty == "hard"
    path.unlink()
    assert "bias-variance" not in bank.load(root).records
    (root / "questions/basics/new-one.yaml").write_text(
        (root / "questions/basics/what-is-dropout.yaml").read_text()
        .replace("id: what-is-dropout", "id: new-one"))
    assert "new-one" in bank.load(root).records


def test_corrupt_cache_is_ignored(tmp_path):
    root = tmp_path / "bank"
    shutil.copytree(FAKE_BANK, root)
    bank.load(root)
    cache = bank._cache_path(root)
    cache.write_bytes(b"garbage")
    assert len(bank.load(root).records) == 3
    for part in (bank._snapshot_path(cache), bank._text_path(cache), cache):
        part.write_bytes(b"\x00garbage")
        b = bank.load(root)
        assert len(b.records) == 3 and b.data(b.get("bias-variance"))["id"] == "bias-variance"


def test_missing_questions_folder(tmp_path):
    from quizcli.errors import BankError

    with pytest.raises(BankError, match="no questions/ folder"):
        bank.load(tmp_path)


def test_cached_bank_reads_record_text_only_when_needed(tmp_path):
    """Start-up reads a small index; a record's full text comes from its own cache file."""
    root = tmp_path / "bank"
    shutil.copytree(FAKE_BANK, root)
    bank.load(root)  # builds the cache
    fresh = bank.load(root, use_cache=False)
    cached = bank.load(root)
    assert cached.raw == {}  # nothing read yet
    for rec in fresh.records.values():
        assert cached.data(cached.get(rec.id)) == fresh.data(rec)


def test_damaged_record_cache_falls_back_to_the_file(tmp_path):
    root = tmp_path / "bank"
    shutil.copytree(FAKE_BANK, root)
    bank.load(root)
    for p in bank._data_dir(bank._cache_path(root)).iterdir():
        p.write_bytes(b"garbage")
    b = bank.load(root)
    assert b.data(b.get("what-is-dropout"))["id"] == "what-is-dropout"


def test_record_broken_after_loading_is_reported_with_its_line(tmp_path):
    from quizcli.errors import BankError

    root = tmp_path / "bank"
    shutil.copytree(FAKE_BANK, root)
    bank.load(root)
    b = bank.load(root)
    # the index was read; then the record's cache file went away and the file broke
    for p in bank._data_dir(bank._cache_path(root)).iterdir():
        p.unlink()
    path = root / "questions/basics/what-is-dropout.yaml"
    path.write_text(path.read_text().replace("difficulty: easy", "difficulty: trivial"))
    with pytest.raises(BankError, match=r"questions/basics/what-is-dropout.yaml:\d+: .*difficulty"):
        b.data(b.get("what-is-dropout"))


def test_search_text_follows_edits(tmp_path):
    from quizcli.search import haystack

    root = tmp_path / "bank"
    shutil.copytree(FAKE_BANK, root)
    bank.load(root)
    b = bank.load(root)
    recs = list(b.records.values())
    assert b.haystacks(recs) == {r.id: haystack(b.data(r)) for r in recs}
    path = root / "questions/basics/what-is-dropout.yaml"
    path.write_text(path.read_text().replace("Randomly zeroes activations", "Zaps activations"))
    b = bank.load(root)
    text = "\n".join(t for _, _, t in b.haystacks([b.get("what-is-dropout")])["what-is-dropout"])
    assert "Zaps activations" in text
