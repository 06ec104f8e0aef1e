"""The command line, run as a user runs it: a real process, real files, JSON Lines out."""

import json
import os
import shutil
import subprocess
import sys

from newsfacts.records import Article

from .conftest import FIXTURES
from .test_io import messy_folder  # noqa: F401  (fixture)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "newsfacts", *args]
    return subprocess.run(command, input=stdin, capture_output=True, timeout=300)


def test_messy_folder_gives_one_line_per_article_or_bad_input(messy_folder, tmp_path):  # noqa: F811
    out = tmp_path / "out.jsonl"
    done = run("extract", str(messy_folder), "-o", str(out), "--published", "2025-01-25")
    assert done.returncode == 0, done.stderr.decode()
    articles = [Article.model_validate_json(line) for line in out.read_text("utf-8").splitlines()]
    assert [(a.id, [e.code for e in a.errors]) for a in articles] == [
        ("empty.txt", ["empty"]),
        ("a", []),
        ("feed.jsonl:2", ["json"]),
        ("c", ["missing_text"]),
        ("good.txt", []),
        ("image.txt", ["binary"]),
        ("latin1.txt", ["encoding"]),
    ]
    good = articles[4]
    assert (good.lang, str(good.published)) == ("fr", "2025-01-25")
    assert str(articles[1].published) == "2025-01-02"  # the article's own date wins
    summary = done.stderr.decode()
    assert "7 articles, 5 with errors" in summary
    assert "2 files skipped" in summary  # notes.csv, and out.jsonl: the output itself

    strict = run("extract", str(messy_folder), "-o", str(out), "--strict")
    assert strict.returncode == 1


def test_seed_gold_file_output_is_scoreable(tmp_path):
    gold = FIXTURES / "seed-meta-fr.gold.jsonl"
    done = run("extract", str(gold))
    assert done.returncode == 0, done.stderr.decode()
    (line,) = done.stdout.decode().splitlines()
    data = json.loads(line)
    expected = json.loads(gold.read_text("utf-8"))
    assert (data["id"], data["lang"], data["published"]) == (
        expected["id"],
        "fr",
        expected["published"],
    )
    assert data["text"] == expected["text"]
    for company in data["companies"]:
        for m in company["mentions"]:
            assert data["text"][m["start"] : m["end"]] == m["text"]


def test_stdin_and_options():
    done = run("extract", "-", "--lang", "en", stdin=b"Apple said its sales rose.")
    assert done.returncode == 0, done.stderr.decode()
    article = json.loads(done.stdout)
    assert (article["id"], article["lang"]) == ("<stdin>", "en")


def test_bad_published_option_is_a_usage_error():
    done = run("extract", str(FIXTURES / "seed-meta-fr.txt"), "--published", "tomorrow")
    assert done.returncode == 2
    assert "'tomorrow' is not a date" in done.stderr.decode()


def test_schema_command_prints_the_article_schema():
    done = run("schema")
    assert done.returncode == 0
    assert json.loads(done.stdout) == Article.model_json_schema()


def test_factory_entry_point_in_a_fresh_process():
    code = (
        "import spacy; nlp = spacy.blank('fr'); nlp.add_pipe('newsfacts_companies');"
        "print(nlp.pipe_names)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode().strip() == "['newsfacts_companies']"


def test_show_writes_an_html_page_of_extract_output(tmp_path):
    records = tmp_path / "out.jsonl"
    page = tmp_path / "report.html"
    assert run("extract", str(FIXTURES / "batch"), "-o", str(records)).returncode == 0
    done = run("show", str(records), "-o", str(page))
    assert done.returncode == 0, done.stderr.decode()
    html = page.read_text("utf-8")
    assert html.count("<article>") == 3
    assert "<h2>microsoft-capex-en.txt</h2>" in html


def test_show_refuses_lines_that_are_not_records(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "amounts": "many"}\n', encoding="utf-8")
    done = run("show", str(bad))
    assert done.returncode == 1
    assert f"{bad}:1: not an Article record" in done.stderr.decode()


def test_output_is_the_same_whatever_the_hash_seed(tmp_path):
    """Set and dict orders change with PYTHONHASHSEED: the output must not."""
    # the seed, its gold, the README and the batch folder (not the probe sets: 24 articles
    # more, read twice, would only slow the test)
    folder = tmp_path / "fixtures"
    shutil.copytree(FIXTURES, folder, ignore=shutil.ignore_patterns("probes"))
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed-{seed}.jsonl"
        command = [sys.executable, "-m", "newsfacts", "extract", str(folder), "-o", str(out)]
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(command, capture_output=True, timeout=300, env=env)
        assert done.returncode == 0, done.stderr.decode()
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"\n") == 6  # README.md, 2 JSONL lines, 2 texts, the gold line
