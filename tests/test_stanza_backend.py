"""The optional stanza backend: off by default, and a clear error instead of a download."""
from __future__ import annotations

import pytest

from extractors.analysis import analyse, stanza_backend


def test_default_backend_does_not_need_stanza(monkeypatch):
    monkeypatch.delenv("KG_NLP_BACKEND", raising=False)
    assert not stanza_backend.requested()
    assert analyse("Bakı şəhəri.", "az").tokens


def test_stanza_without_models_says_what_to_set(monkeypatch, tmp_path):
    monkeypatch.setenv("KG_NLP_BACKEND", "stanza")
    monkeypatch.delenv("KG_STANZA_DIR", raising=False)
    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    with pytest.raises(stanza_backend.StanzaUnavailableError, match="KG_STANZA_DIR"):
        analyse("Hello there.", "en")
    monkeypatch.setenv("KG_STANZA_DIR", str(tmp_path))
    with pytest.raises(stanza_backend.StanzaUnavailableError, match="no stanza models for 'ru'"):
        analyse("Привет.", "ru")


def test_azerbaijani_never_goes_to_stanza(monkeypatch):
    monkeypatch.setenv("KG_NLP_BACKEND", "stanza")
    monkeypatch.delenv("KG_STANZA_DIR", raising=False)
    assert analyse("Bakı şəhəri.", "az").tokens
