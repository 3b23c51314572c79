"""``python -m framing``: see ``framing.cli``."""
import sys

from .cli import main

sys.exit(main())
