"""The command line: exit codes, the closing account, every rejection listed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from newsfuse.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _run(*args, stdin=None):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "newsfuse", *args], capture_output=True, text=True,
                          input=stdin, env=env, cwd=ROOT, timeout=600)


def test_bad_batch_exits_1_and_accounts_for_everything(tmp_path):
    good = tmp_path / "good"
    good.mkdir()
    (good / "r1.txt").write_text(" date 2024-02-01 The ferry sank off the cape on Thursday. All 40 passengers were rescued.\n")
    (good / "r2.txt").write_text("Rescuers pulled 40 passengers from the water after the ferry sank, coastguard officials said.\n")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "j1", "text": "The coastguard closed the port for the day."}) + "\n{broken\n")
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.write(b"filler text " * (60 * 1024 * 1024 // 12 + 1))  # about 60 MB
    out = tmp_path / "out"
    r = _run("brief", str(good), str(tmp_path / "empty.txt"), str(tmp_path / "image.txt"),
             str(tmp_path / "feed.jsonl"), str(tmp_path / "missing.txt"), str(big), "-o", str(out))
    assert r.returncode == 1, r.stderr
    assert "8 read, 3 accepted, 5 rejected" in r.stderr
    for name, words in (("empty.txt", "empty"), ("image.txt", "not text"), ("feed.jsonl:2", "bad JSON on line 2"),
                        ("missing.txt", "no such file"), ("huge.txt", "too large")):
        line = next((ln for ln in r.stderr.splitlines() if ln.startswith("rejected:") and name in ln), None)
        assert line and words in line, (name, r.stderr)
    index = json.loads((out / "stories.json").read_text())
    assert sorted(a for s in index["stories"] for a in s["articles"]) == ["j1", "r1", "r2"]
    assert len(index["rejected"]) == 5
    dossier = json.loads((out / f"{index['stories'][0]['id']}.json").read_text())
    assert len(dossier["rejected"]) == 5


def test_all_good_exits_0(seeds_dir, tmp_path):
    r = _run("brief", str(seeds_dir), "-o", str(tmp_path), "--format", "json")
    assert r.returncode == 0, r.stderr
    assert "5 read, 5 accepted, 0 rejected" in r.stderr
    assert len(list(tmp_path.glob("story-*.json"))) == 1


def test_usage_errors_exit_2(tmp_path, capsys):
    assert main(["brief", "x", "-o", str(tmp_path), "--format", "pdf"]) == 2
    assert "NF500" in capsys.readouterr().err
    assert main([]) == 2


def test_ingest_prints_jsonl_from_stdin():
    r = _run("ingest", "-", stdin=" date 2021-05-05 Storm Hits Coast\nWind toppled trees on Monday.\n")
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout.splitlines()[0])
    assert rec["id"] == "stdin" and rec["title"] == "Storm Hits Coast" and rec["date"] == "2021-05-05"
    assert rec["text"] == "Wind toppled trees on Monday."
