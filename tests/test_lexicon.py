"""The lexicon loader: word classes in trigger entries and errors on bad entries."""

from __future__ import annotations

import pytest

from parley.errors import ConfigError
from parley.events import lexicon
from parley.events.lexicon import Lexicon, load_lexicon


def test_lexicon_object_class_expands_to_one_entry_per_word():
    lex = load_lexicon()
    objects = {t.object for t in lex.verbs["airdrop"] if t.type == "AID"}
    assert {"food", "medicine", "aid"} <= objects
    [arrive] = [t for t in lex.verbs["arrive"] if t.type == "MOBILIZE"]
    assert {"troop", "peacekeeper", "contingent"} <= set(arrive.subject or ())
    assert arrive.specificity == 1


def test_lexicon_unknown_class_is_a_clear_error(monkeypatch):
    data = {
        "object_classes": {"forces": ["troop"]},
        "triggers": [{"lemma": "send", "pos": "VERB", "type": "AID", "object": "@goods"}],
    }
    monkeypatch.setattr(lexicon, "_read", lambda name: data)
    with pytest.raises(ConfigError, match=r"unknown object class @goods"):
        lexicon._load_triggers(Lexicon())
    data["triggers"] = [{"lemma": "land", "pos": "VERB", "type": "MOBILIZE", "subject": "@x"}]
    with pytest.raises(ConfigError, match=r"unknown subject class @x"):
        lexicon._load_triggers(Lexicon())
