"""``python -m geo`` runs the command-line interface."""

from geo.cli import main

if __name__ == "__main__":  # pragma: no cover
    main()
