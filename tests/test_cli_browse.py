"""Browsing from the command line: topics, list, search, show, random, validate."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import BROKEN_BANK, FAKE_BANK, REPO


def test_topics(cli):
    code, out, _ = cli("--bank", FAKE_BANK, "topics")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split("\t") == ["topic", "title", "concept", "coding"]
    assert lines[1].split("\t") == ["basics", "Basics", "2", "0"]
    assert lines[2].split("\t") == ["math", "Math", "0", "1"]


def test_list_json_contract(cli):
    code, out, _ = cli("--bank", FAKE_BANK, "list", "--json")
    assert code == 0
    items = json.loads(out)
    assert [i["id"] for i in items] == ["what-is-dropout", "bias-variance", "scale-array"]
    for item in items:
        assert {"id", "kind", "topic", "difficulty", "tags", "title", "languages"} <= set(item)
        assert item["kind"] in ("concept", "coding")
        assert item["difficulty"] in ("easy", "medium", "hard")
    assert items[0]["languages"] == ["en", "zh"] and items[1]["languages"] == ["en"]


def test_list_filters_and_lang(cli):
    code, out, _ = cli("--bank", FAKE_BANK, "list", "--kind", "coding", "--json", "--lang", "zh")
    assert [(i["id"], i["title"]) for i in json.loads(out)] == [("scale-array", "数组缩放")]
    code, out, _ = cli("--bank", FAKE_BANK, "list", "--tag", "dropout")
    assert code == 0 and "what-is-dropout" in out and "scale-array" not in out
    code, out, _ = cli("--bank", FAKE_BANK, "list", "--difficulty", "hard", "--json")
    assert json.loads(out) == []


def test_lang_from_env_and_locale(cli):
    code, out, _ = cli("--bank", FAKE_BANK, "list", "--json", env={"QUIZ_LANG": "zh"})
    assert json.loads(out)[0]["title"] == "什么是 dropout？"
    code, out, _ = cli("--bank", FAKE_BANK, "list", "--json", env={"LANG": "zh_CN.UTF-8"})
    assert json.loads(out)[0]["title"] == "什么是 dropout？"
    code, _, err = cli("--bank", FAKE_BANK, "list", "--lang", "fr")
    assert code == 2 and "unknown language" in err


def test_bank_from_env(cli):
    code, out, _ = cli("list", "--json", env={"QUIZ_BANK": str(FAKE_BANK)})
    assert code == 0 and len(json.loads(out)) == 3


def test_search_both_languages(cli):
    code, out, _ = cli("--bank", FAKE_BANK, "search", "dropout", "--json")
    hits = json.loads(out)
    assert hits[0]["id"] == "what-is-dropout"
    code, out, _ = cli("--bank", FAKE_BANK, "search", "随机置零", "--json")
    assert [h["id"] for h in json.loads(out)] == ["what-is-dropout"]
    code, out, err = cli("--bank", FAKE_BANK, "search", "transformer")
    assert code == 1 and "no question matches" in err


def test_show_hides_answer_until_asked(cli):
    code, out, _ = cli("--bank", FAKE_BANK, "show", "what-is-dropout")
    assert code == 0 and "What does dropout do" in out and "rescales" not in out
    code, out, _ = cli("--bank", FAKE_BANK, "show", "what-is-dropout", "--answer")
    assert "rescales the rest" in out and "random masking" in out and "Correct: A" in out
    code, out, _ = cli("--bank", FAKE_BANK, "show", "what-is-dropout", "--lang", "zh", "-a")
    assert "以概率 p" in out


def test_show_json_is_public(cli):
    code, out, _ = cli("--bank", FAKE_BANK, "show", "scale-array", "--json")
    data = json.loads(out)
    assert data["id"] == "scale-array" and data["entry"] == "scale"
    text = json.dumps(data)
    assert "reference" not in text and "suite" not in text


def test_unknown_id_exit_2_with_suggestion(cli):
    code, _, err = cli("--bank", FAKE_BANK, "show", "what-is-droput")
    assert code == 2 and "did you mean: what-is-dropout" in err.lower()


def test_random_respects_filters(cli):
    for seed in range(5):
        code, out, _ = cli("--bank", FAKE_BANK, "random", "--kind", "coding", "--seed", seed,
                           "--json")
        assert json.loads(out)["id"] == "scale-array"
    code, _, err = cli("--bank", FAKE_BANK, "random", "--difficulty", "hard")
    assert code == 1 and "no question matches" in err


def test_validate_clean_and_broken(cli):
    code, out, err = cli("--bank", FAKE_BANK, "validate")
    assert code == 0, out + err
    assert "ok: no problems found" in err
    code, out, err = cli("--bank", BROKEN_BANK, "validate", "--no-grade")
    assert code == 1
    assert "questions/basics/bad-fields.yaml:11: unknown key 'colour'" in out
    assert "questions/basics/no-solution.yaml:1: missing solution folder" in out


def test_bad_usage_is_exit_2_without_traceback():
    for args in (["list", "--kind", "quiz"], ["show"], ["nonsense"]):
        proc = subprocess.run([sys.executable, "-m", "quizcli", "--bank", str(FAKE_BANK), *args],
                              capture_output=True, text=True, cwd=REPO)
        assert proc.returncode == 2, args
        assert "Traceback" not in proc.stderr


def test_broken_bank_browses_with_a_warning():
    proc = subprocess.run([sys.executable, "-m", "quizcli", "--bank", str(BROKEN_BANK), "list"],
                          capture_output=True, text=True)
    assert proc.returncode == 0
    assert "good-one" in proc.stdout
    assert "warning:" in proc.stderr and "quiz validate" in proc.stderr


def test_console_script_help():
    proc = subprocess.run([sys.executable, "-m", "quizcli", "--help"], capture_output=True,
                          text=True)
    assert proc.returncode == 0
    for command in ("topics", "list", "search", "show", "random", "validate", "submit"):
        assert command in proc.stdout


def test_shell_completion_of_ids():
    import os

    env = dict(os.environ, _QUIZ_COMPLETE="complete_bash", COMP_WORDS="quiz show what-is",
               COMP_CWORD="2", QUIZ_BANK=str(FAKE_BANK))
    proc = subprocess.run([sys.executable, "-m", "quizcli"], env=env, capture_output=True,
                          text=True)
    assert proc.stdout.split() == ["what-is-dropout"]


def test_no_color_on_a_terminal():
    import os

    import pexpect

    env = dict(os.environ, TERM="xterm-256color", NO_COLOR="1")
    child = pexpect.spawn(sys.executable, ["-m", "quizcli", "--bank", str(FAKE_BANK), "topics"],
                          env=env, encoding="utf-8", timeout=30)
    child.expect(pexpect.EOF)
    assert "basics" in child.before
    assert "\x1b[3" not in child.before  # no colour escape sequences
    env.pop("NO_COLOR")
    child = pexpect.spawn(sys.executable, ["-m", "quizcli", "--bank", str(FAKE_BANK), "topics"],
                          env=env, encoding="utf-8", timeout=30)
    child.expect(pexpect.EOF)
    assert "\x1b[" in child.before  # a real terminal gets rich output
