"""Language data, one folder a language, no logic.

A language is supported when its folder exists here and names its spaCy models in `MODELS`.
"""

import importlib
import pkgutil
from types import ModuleType


def languages() -> tuple[str, ...]:
    """The ISO 639-1 codes of every language that has a data folder."""
    return tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if m.ispkg))


def data(lang: str) -> ModuleType:
    """The language data package of `lang` (`newsfacts.lang.fr`, ...)."""
    if lang not in languages():
        raise LookupError(f"no language data for {lang!r}; supported: {', '.join(languages())}")
    return importlib.import_module(f"{__name__}.{lang}")


def module(lang: str, name: str) -> ModuleType:
    """One data module of `lang`'s package, such as its `dates` tables."""
    return importlib.import_module(f"{data(lang).__name__}.{name}")
