"""Settings: the declared list and the Settings dataclass must not drift apart."""

from __future__ import annotations

from dataclasses import fields

import pytest

from parley.errors import ConfigError
from parley.settings import SETTINGS, Settings, load_settings


def test_settings_declarations_match_the_dataclass():
    declared = {s.name: s.default for s in SETTINGS}
    defaults = {f.name: f.default for f in fields(Settings)}
    assert declared == defaults


def test_settings_layers_environment_over_file_and_flags_over_environment(tmp_path):
    config = tmp_path / "parley.toml"
    config.write_text('db = "from-file.db"\nfuzzy_threshold = 90\n')
    env = {"PARLEY_CONFIG": str(config), "PARLEY_DB": "from-env.db"}
    s = load_settings(env=env)
    assert (s.db, s.fuzzy_threshold) == ("from-env.db", 90)
    assert load_settings(env=env, db="from-flag.db").db == "from-flag.db"


def test_settings_errors_name_the_setting_and_origin(tmp_path):
    with pytest.raises(ConfigError, match="PARLEY_BATCH_SIZE"):
        load_settings(env={"PARLEY_BATCH_SIZE": "many"})
    bad = tmp_path / "bad.toml"
    bad.write_text("colour = 1\n")
    with pytest.raises(ConfigError, match="unknown setting 'colour'"):
        load_settings(env={"PARLEY_CONFIG": str(bad)})
