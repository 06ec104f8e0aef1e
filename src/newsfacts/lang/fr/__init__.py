"""French language data."""

from . import claims as claims  # reporting verbs, quotation marks, ... (newsfacts_claims)
from .companies import *  # noqa: F403  (cues, suffixes, descriptors: newsfacts_companies)
from .money import *  # noqa: F403  (currency names, qualifiers: newsfacts_amounts)
from .numbers import *  # noqa: F403  (number and scale words: newsfacts_amounts)

# The stock spaCy pipeline: the first one installed is loaded.
MODELS = ("fr_core_news_md",)

# Abbreviations the stock tokenizer keeps whole that end a sentence in news: none (French
# glues a scale to its symbol, "300 M€.", split by the pipeline's suffix rule).
SENTENCE_END_ABBREVIATIONS: tuple[str, ...] = ()
# Full stops after names in mixed case are left to the stock rules (see the English data).
CAMEL_CASE_STOPS = False

# Hyphenated words borrowed from English that the stock tokenizer splits ("start", "-", "up")
# where its parser, trained on French treebanks, expects one word: kept whole, in lower case,
# capitalised and plural, so that "La start-up française Mistral AI a levé …" parses.
HYPHENATED_WORDS = (
    "start-up",
    "scale-up",
    "week-end",
    "check-up",
    "stock-option",
    "best-seller",
    "fast-food",
    "low-cost",
    "cash-flow",
    "spin-off",
    "joint-venture",
    "think-tank",
    "pure-player",
    "data-center",
    "open-source",
    "pop-up",
    "plug-in",
)

# Given names that open compound first names: the stock tokenizer keeps the compounds it
# lists ("Jean-Pierre") whole, as its treebanks do, and splits the others ("François", "-",
# "Henri"), after which neither the tagger nor the entity recogniser finds the person. A
# name of this list, a hyphen and a capitalised word are kept one word.
COMPOUND_NAME_FIRSTS = (
    "Agnès",
    "Alain",
    "André",
    "Anne",
    "Antoine",
    "Arnaud",
    "Benoît",
    "Bernard",
    "Bertrand",
    "Catherine",
    "Charles",
    "Christophe",
    "Claire",
    "Claude",
    "Dominique",
    "Édouard",
    "Edouard",
    "Emmanuel",
    "Éric",
    "Eric",
    "François",
    "Georges",
    "Gérard",
    "Gilles",
    "Guy",
    "Hélène",
    "Henri",
    "Hervé",
    "Isabelle",
    "Jacques",
    "Jean",
    "Joseph",
    "Julien",
    "Laure",
    "Laurent",
    "Louis",
    "Luc",
    "Marc",
    "Marie",
    "Matthieu",
    "Michel",
    "Nicolas",
    "Olivier",
    "Patrick",
    "Paul",
    "Philippe",
    "Pierre",
    "Sophie",
    "Stéphane",
    "Thierry",
    "Vincent",
    "Xavier",
    "Yves",
)
