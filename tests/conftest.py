"""Shared fixtures: the bundled example, the shared benchmark folder, loaded pipelines."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared" / "benchmarks"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/benchmarks; the calling test is skipped when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared benchmarks are not beside this clone")
    return path


def spans_in_reading_order(nlp, text: str) -> list[tuple[str, str]]:
    """Every company mention (not anaphors) and organisation span of `text`, in reading
    order: a company as (text, "company"), an organisation as (text, its kind)."""
    from newsfacts.components.companies import ORGANIZATIONS_KEY, SPANS_KEY

    doc = nlp(text)
    found = [
        (s.start_char, s.text, "company")
        for s in doc.spans[SPANS_KEY]
        if not s._.company.get("anaphor")
    ]
    found += [
        (s.start_char, s.text, s._.organization["kind"]) for s in doc.spans[ORGANIZATIONS_KEY]
    ]
    return [(text, kind) for _, text, kind in sorted(found)]


@pytest.fixture(scope="session")
def extractor():
    from newsfacts import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def nlp_fr(extractor):
    return extractor.pipeline("fr")


@pytest.fixture(scope="session")
def nlp_en(extractor):
    return extractor.pipeline("en")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "seed-meta-fr.txt").read_text(encoding="utf-8")
