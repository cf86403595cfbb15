"""Reading parley's bundled YAML data (actor dictionaries, the trigger lexicon,
regions, process knowledge) with libyaml's C parser when PyYAML was built with it.

The pure-Python parser spent about 7 s of a cold start on these files (the
dictionaries and ``triggers.yaml`` hold over 140,000 nodes); the C parser reads
the same data, equal value for value, about five times faster. Both raise
``yaml.YAMLError`` on malformed text.
"""

from __future__ import annotations

from typing import IO, Any

import yaml

#: libyaml's safe loader where PyYAML has it (the PyPI wheels do), else the Python one.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(stream: str | IO[str]) -> Any:
    """``yaml.safe_load`` with the fastest safe loader available."""
    return yaml.load(stream, Loader=SAFE_LOADER)
