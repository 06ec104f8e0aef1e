"""`python -m newsfacts`: the command line."""

from .cli import main

main()
