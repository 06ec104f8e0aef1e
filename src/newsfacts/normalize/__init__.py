"""Pure normalisers: plain strings in, plain values out, no spaCy."""
