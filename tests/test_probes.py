"""The probe articles under fixtures/probes keep each field at or above its floor, as the
shared scorer measures it (`../shared/benchmarks/score.py --min`)."""

import json
import subprocess
import sys

import pytest

from .conftest import FIXTURES, shared_path

# F1 floors a little below the figures of the last session (docs/benchmarks.md), so that a
# fix elsewhere may move an item, but a regression of a few items fails.
FLOORS = {
    "fr-business-1": {"companies": 0.89, "amounts": 0.98, "years": 0.96, "claims": 0.94},
    "fr-business-2": {"companies": 0.88, "amounts": 0.95, "years": 0.97, "claims": 0.89},
    "fr-business-3": {"companies": 0.88, "amounts": 0.98, "years": 0.95, "claims": 0.85},
    "fr-business-4": {"companies": 0.89, "amounts": 0.98, "years": 0.96, "claims": 0.88},
    # encyclopedic French, published null: francs alone are left out on this branch
    "fr-wiki-1": {"companies": 0.82, "amounts": 0.98, "years": 0.95, "claims": 0.74},
    "en-business-1": {"companies": 0.88, "amounts": 0.98, "years": 0.90, "claims": 0.95},
    "en-business-2": {"companies": 0.89, "amounts": 0.98, "years": 0.94, "claims": 0.86},
    "en-business-3": {"companies": 0.82, "amounts": 0.96, "years": 0.93, "claims": 0.86},
    "en-business-4": {"companies": 0.96, "amounts": 0.98, "years": 0.96, "claims": 0.92},
}


@pytest.mark.shared
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_probe_set_keeps_its_floors(extractor, tmp_path, name):
    scorer = shared_path("score.py")
    gold = FIXTURES / "probes" / f"{name}.gold.jsonl"
    predicted = tmp_path / "pred.jsonl"
    with open(gold, encoding="utf-8") as lines, open(predicted, "w", encoding="utf-8") as out:
        for line in lines:
            article = json.loads(line)
            record = extractor.extract(
                article["text"], lang=article["lang"], published=article["published"]
            )
            fields = record.model_dump(mode="json")
            # the scorer reads every year as a number: a relative one left unread is no year
            fields["years"] = [y for y in fields["years"] if y["year"] is not None]
            out.write(json.dumps({**fields, "id": article["id"]}) + "\n")
    bounds = [f"--min={field}.f1={floor}" for field, floor in FLOORS[name].items()]
    result = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(predicted), *bounds],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
