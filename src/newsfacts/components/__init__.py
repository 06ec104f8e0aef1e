"""Our spaCy components, one module each; their factories are in `newsfacts.factories`."""
