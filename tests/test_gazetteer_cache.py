"""The compiled gazetteer cache: reused while nothing changes, rebuilt when a data file does."""
from __future__ import annotations

from extractors.gazetteer import Gazetteer
from extractors.resources import fingerprint

EXTRA = """
- key: test-person
  type: Person
  name: Zorbek Testov
  aliases: {en: [Zorbek Testov], ru: [Зорбек Тестов], az: [Zorbek Testov]}
  positions: []
"""


def test_cache_is_reused_and_follows_the_user_gazetteer(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    extra = tmp_path / "mine.yaml"
    extra.write_text(EXTRA, encoding="utf-8")
    first = Gazetteer.load(extra)
    cached = list((tmp_path / "cache").glob("gazetteer-*.pickle"))
    assert len(cached) == 1
    again = Gazetteer.load(extra)
    assert again.entries.keys() == first.entries.keys() and again.find_person("Зорбек Тестов", "ru").key == "test-person"
    extra.write_text(EXTRA.replace("Zorbek Testov", "Zorbek Testova", 1), encoding="utf-8")
    fingerprint.cache_clear()
    changed = Gazetteer.load(extra)
    assert changed.entries["test-person"].name == "Zorbek Testova"
    assert len(list((tmp_path / "cache").glob("gazetteer-*.pickle"))) == 2


def test_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "cache"))
    assert "ilham-aliyev" in Gazetteer.load().entries
