#!/usr/bin/env python3
"""Builds `src/newsfacts/lang/companies.jsonl`, the company gazetteer, from public facts.

    pip install pytickersymbols            # a build-time tool only, not a runtime dependency
    apt-get install wamerican wfrench      # the word lists that tell a common word
    python scripts/build_gazetteer.py

Sources, merged in this order (a later one wins on the canonical name, kind and ids):

1. `pytickersymbols` (MIT, https://pypi.org/project/pytickersymbols/): the members of about
   twenty indices (CAC 40, CAC Mid 60, DAX, Euro Stoxx 50, S&P 500, Nasdaq-100, FTSE 100, ...),
   with ISINs and Wikipedia links. Its names are cleaned of legal suffixes ("Oracle
   Corporation" -> "Oracle"), the full name kept as an alias.
2. `scripts/gazetteer/curated_companies.jsonl`, our own list: unlisted, state-owned and
   foreign firms, start-ups, and the canonical names and aliases news uses ("Meta" for "Meta
   Platforms", "Openai", "SOFTBANK"). A curated line may give a `sector` ("publishing"),
   which the component reads where a sector's words vouch for a name ("publié au Seuil").

Two entries are one company when they share a folded form (`newsfacts.normalize.names.fold`).
A single-word form that is also a common word (Orange, Total, Free, Apple: its lower-case
form is in the French or the English word list of `/usr/share/dict`) is listed under
`ambiguous`: the component takes it for the company only where the context says so. The
curated `unambiguous` list clears the forms that news capitalises only for the firm (Google).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from urllib.parse import unquote

from pytickersymbols import PyTickerSymbols

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from newsfacts.normalize.names import fold  # noqa: E402

CURATED = ROOT / "scripts" / "gazetteer" / "curated_companies.jsonl"
OUT = ROOT / "src" / "newsfacts" / "lang" / "companies.jsonl"

WORD_LISTS = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/french"))
# Trailing words that say "company" in a listed name; stripped to make the short name.
LEGAL_SUFFIXES = (
    "Inc.",
    "Inc",
    "Incorporated",
    "Corporation",
    "Corp.",
    "Corp",
    "Company",
    "Co.",
    "plc",
    "PLC",
    "SE",
    "AG",
    "SA",
    "S.A.",
    "N.V.",
    "NV",
    "Ltd.",
    "Ltd",
    "Limited",
    "SCA",
    "AB",
    "ASA",
    "Oyj",
    "KGaA",
    "SE & Co.",
    "& Co.",
    "-Gruppe",
    "Gruppe",
)
PARENTHESIS = re.compile(r"\s*\([^)]*\)")
# A conjunction left at the end of a name once its legal suffix is gone.
CONNECTOR = re.compile(r"\s+(?:&|and)$")


def strip_suffixes(name: str, suffixes: tuple[str, ...]) -> str:
    """`name` without its trailing legal words, commas and spaces ("Tesla, Inc." -> "Tesla")."""
    changed = True
    while changed:
        changed = False
        for suffix in suffixes:
            if name.endswith(suffix) and len(name) > len(suffix) + 1:
                rest = name[: -len(suffix)]
                if suffix.startswith("-") or rest.endswith((" ", ",")):
                    name, changed = rest.rstrip(" ,"), True
                    # "Merck & Co." -> "Merck", "Eli Lilly and Company" -> "Eli Lilly".
                    name = CONNECTOR.sub("", name)
    return name


def read_words() -> frozenset[str]:
    """The lower-case entries of the word lists (their capitalised entries are names)."""
    words: set[str] = set()
    for path in WORD_LISTS:
        if not path.exists():
            sys.exit(f"{path} is missing: apt-get install wamerican wfrench")
        words.update(w for w in path.read_text(encoding="utf-8").split() if w.islower())
    return frozenset(words)


WORDS = read_words()


def common_word(form: str) -> bool:
    """A single word that is also a common noun, verb or adjective in French or English."""
    return " " not in form and form.isalpha() and form.lower() in WORDS


def wikipedia_title(url: str | None) -> str | None:
    """The English Wikipedia title of a link, None for another wiki."""
    prefix = "https://en.wikipedia.org/wiki/"
    if not url or not url.startswith(prefix):
        return None
    return unquote(url[len(prefix) :]).replace("_", " ")


def listed_companies() -> list[dict]:
    rows = []
    for stock in PyTickerSymbols().get_all_stocks():
        full = PARENTHESIS.sub("", stock["name"]).strip()
        short = strip_suffixes(full, LEGAL_SUFFIXES)
        aliases = [full]
        isins = stock.get("isins") or []
        rows.append(
            {
                "name": short,
                "aliases": aliases,
                "kind": "listed",
                "isin": isins[0] if isins else None,
                "wikipedia": wikipedia_title((stock.get("metadata") or {}).get("wikipedia_url")),
            }
        )
    return rows


def forms(entry: dict) -> list[str]:
    return [entry["name"], *entry.get("aliases", [])]


def merge(rows: list[dict], curated: list[dict]) -> list[dict]:
    """The listed rows with the curated ones merged in by shared folded form."""
    by_form: dict[str, dict] = {}
    entries: list[dict] = []
    for row in [*rows, *curated]:
        target = next((by_form[fold(f)] for f in forms(row) if fold(f) in by_form), None)
        if target is None:
            target = {"name": row["name"], "aliases": [], "kind": row.get("kind", "private")}
            entries.append(target)
        elif row in curated:
            if target["name"] != row["name"]:
                target["aliases"].append(target["name"])
            target["name"] = row["name"]
        for key in ("kind", "sector", "isin", "wikipedia", "unambiguous", "ambiguous"):
            if row.get(key) is not None and (row in curated or key not in target):
                target[key] = row[key]
        target["aliases"].extend(row.get("aliases", []))
        for form in forms(target):
            by_form.setdefault(fold(form), target)
    return entries


def finish(entry: dict) -> dict:
    """Aliases deduplicated (not the name itself), ambiguous forms listed."""
    seen = {entry["name"]}
    aliases = []
    for alias in entry["aliases"]:
        if alias not in seen and len(alias) > 1:
            seen.add(alias)
            aliases.append(alias)
    clear = set(entry.get("unambiguous", []))
    # A curated family name ("Dassault", "Bolloré") needs the context as a common word does,
    # so that "Serge Dassault" stays a person.
    named = set(entry.get("ambiguous", []))
    ambiguous = [
        f for f in [entry["name"], *aliases] if f in named or (f not in clear and common_word(f))
    ]
    out = {"name": entry["name"], "aliases": aliases, "kind": entry["kind"]}
    if entry.get("sector"):
        out["sector"] = entry["sector"]
    if ambiguous:
        out["ambiguous"] = ambiguous
    out["isin"] = entry.get("isin")
    out["wikipedia"] = entry.get("wikipedia")
    return out


def main() -> int:
    curated = [
        json.loads(line)
        for line in CURATED.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    entries = [finish(e) for e in merge(listed_companies(), curated)]
    entries.sort(key=lambda e: fold(e["name"]))
    with open(OUT, "w", encoding="utf-8") as out:
        for entry in entries:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(f"{len(entries)} companies -> {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
