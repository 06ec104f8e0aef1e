"""Reading inputs: every file or line that should be an article gives one input, good or bad."""

import json

import pytest

from newsfacts.io import InputOptions, decode, read_inputs

from .conftest import FIXTURES

GOOD = "Le groupe a annoncé un bénéfice de 4,2 milliards d'euros."


@pytest.fixture
def messy_folder(tmp_path):
    """A good article, an empty file, a binary file, a Latin-1 file, a JSONL with a bad line."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes(
        "Société Générale a gagné 2 millions d'euros.".encode("latin-1")
    )
    lines = [
        json.dumps({"id": "a", "text": GOOD, "published": "2025-01-02"}),
        '{"id": "b", "text": "unterminated',
        json.dumps({"id": "c", "body": GOOD}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    return tmp_path


def test_every_input_is_accounted_for(messy_folder):
    skipped = []
    items = list(read_inputs([str(messy_folder)], on_skip=skipped.append))
    by_id = {item.id: item for item in items}
    assert list(by_id) == [
        "empty.txt",
        "a",
        "feed.jsonl:2",
        "c",
        "good.txt",
        "image.txt",
        "latin1.txt",
    ]
    assert [p.name for p in skipped] == ["notes.csv"]
    codes = {i: [e.code for e in item.errors] for i, item in by_id.items()}
    assert codes == {
        "empty.txt": ["empty"],
        "a": [],
        "feed.jsonl:2": ["json"],
        "c": ["missing_text"],
        "good.txt": [],
        "image.txt": ["binary"],
        "latin1.txt": ["encoding"],
    }
    assert by_id["good.txt"].text == GOOD
    assert by_id["a"].published == "2025-01-02"
    assert by_id["feed.jsonl:2"].source.endswith("feed.jsonl:2")
    assert "byte 0xe9 at offset 4" in by_id["latin1.txt"].errors[0].message


def test_jsonl_without_id_key_gets_path_and_line(messy_folder):
    items = list(read_inputs([str(messy_folder / "feed.jsonl")], InputOptions(id_key="uid")))
    assert [item.id for item in items] == [f"{messy_folder / 'feed.jsonl'}:{n}" for n in (1, 2, 3)]


def test_text_key_and_encoding_options(messy_folder):
    renamed = list(read_inputs([str(messy_folder / "feed.jsonl")], InputOptions(text_key="body")))
    assert [bool(item.errors) for item in renamed] == [True, True, False]
    assert renamed[2].text == GOOD
    latin = list(read_inputs([str(messy_folder / "latin1.txt")], InputOptions(encoding="latin-1")))
    assert latin[0].text.startswith("Société Générale")


def test_json_file_with_a_list_of_articles(tmp_path):
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"text": "One."}, {"id": "x", "text": "Two."}, 3]), "utf-8")
    items = list(read_inputs([str(path)]))
    assert [item.id for item in items] == [f"{path}[0]", "x", f"{path}[2]"]
    assert items[2].errors[0].message == "expected a JSON object, got int"


def test_missing_path_is_an_error_not_a_crash(tmp_path):
    (item,) = read_inputs([str(tmp_path / "nope.txt")])
    assert item.errors[0].code == "unreadable"


def test_stdin_plain_text_or_json_lines():
    (text,) = read_inputs(["-"], stdin=_Bytes("\ufeffBonjour.\n".encode()))
    assert (text.id, text.text) == ("<stdin>", "Bonjour.\n")
    lines = b'{"id": "1", "text": "One."}\n{"id": "2", "text": "Two."}\n'
    assert [i.id for i in read_inputs(["-"], stdin=_Bytes(lines))] == ["1", "2"]


def test_decode_reports_binary_before_encoding():
    assert decode(b"abc\x00def", "utf-8").code == "binary"
    assert decode(b"caf\xe9", "utf-8").code == "encoding"
    assert decode("café".encode(), "utf-8") == "café"


def test_fixture_folder_reads_cleanly():
    items = list(read_inputs([str(FIXTURES / "batch")]))
    assert [item.id for item in items] == [
        "fr-airbus-2024",
        "fr-mistral",
        "microsoft-capex-en.txt",
    ]
    assert not any(item.errors for item in items)


class _Bytes:
    def __init__(self, data: bytes):
        self.data = data

    def read(self) -> bytes:
        return self.data
