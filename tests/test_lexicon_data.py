"""Checks for the lexicon data files: extractors/data/topics.yaml and boilerplate.yaml."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).parents[1] / "extractors/data"
TOPICS_PATH = DATA / "topics.yaml"
BOILERPLATE_PATH = DATA / "boilerplate.yaml"

LANGS = ("en", "ru", "az")
CYRILLIC = re.compile(r"[а-яё]")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Topics the lexicon must cover (by key).
REQUIRED_TOPICS = {
    "energy-security", "southern-gas-corridor", "gas-supplies-to-europe", "renewable-energy",
    "trans-caspian-energy-corridor", "black-sea-submarine-cable", "peace-treaty",
    "azerbaijan-armenia-normalization", "border-delimitation", "demining", "detained-persons", "great-return",
    "post-conflict-reconstruction", "confidence-building", "regional-security", "transport-communications",
    "middle-corridor", "zangezur-corridor", "connectivity", "climate-change", "cop29", "eu-azerbaijan-relations",
    "eu-azerbaijan-agreement", "eastern-partnership", "nato-partnership", "interoperability", "military-exercises",
    "afghanistan", "resolute-support", "osce-minsk-group", "armenian-constitution", "trade-economy", "investment",
    "humanitarian-issues", "human-rights", "migration", "sanctions", "ukraine-war", "middle-east",
    "iran-nuclear-programme", "counter-terrorism", "cyber-security", "education-culture", "tourism",
    "digital-connectivity", "food-security", "water-resources", "visa-liberalisation", "eu-monitoring-mission",
    "peacekeepers", "karabakh",
}


def az_lower(text: str) -> str:
    """Azerbaijani/Turkish lowercase: İ -> i, I -> ı (str.lower would give 'i̇' and 'i')."""
    return text.replace("İ", "i").replace("I", "ı").lower()


def is_lower(text: str, lang: str) -> bool:
    if lang in ("az", "tr"):
        return text == az_lower(text) and "\u0307" not in text
    return text == text.lower()


def is_clean(text: str) -> bool:
    return isinstance(text, str) and text != "" and text == " ".join(text.split())


@pytest.fixture(scope="module")
def topics():
    with TOPICS_PATH.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, list)
    return data


@pytest.fixture(scope="module")
def boilerplate():
    with BOILERPLATE_PATH.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, dict)
    return data


# ---------------------------------------------------------------------------- topics


def test_topic_count(topics):
    assert len(topics) >= 45


def test_topic_keys_unique_and_slugs(topics):
    keys = [t["key"] for t in topics]
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]
    for key in keys:
        assert SLUG.match(key), key


def test_required_topics_present(topics):
    missing = REQUIRED_TOPICS - {t["key"] for t in topics}
    assert not missing, sorted(missing)


def test_topic_shape(topics):
    for t in topics:
        assert set(t) == {"key", "name", "aliases"}, t.get("key")
        assert is_clean(t["name"]) and t["name"] == t["name"].lower(), t["key"]
        assert set(LANGS) <= set(t["aliases"]), t["key"]
        for lang in LANGS:
            aliases = t["aliases"][lang]
            assert isinstance(aliases, list) and aliases, (t["key"], lang)
            assert len(aliases) == len(set(aliases)), (t["key"], lang, "duplicate alias")


def test_aliases_lowercase_and_clean(topics):
    bad = []
    for t in topics:
        for lang in LANGS:
            for alias in t["aliases"][lang]:
                if not is_clean(alias) or not is_lower(alias, lang):
                    bad.append((t["key"], lang, alias))
    assert not bad, bad[:20]


def test_ru_aliases_cyrillic(topics):
    bad = [(t["key"], a) for t in topics for a in t["aliases"]["ru"] if not CYRILLIC.search(a)]
    assert not bad, bad


def test_en_az_aliases_not_cyrillic(topics):
    bad = [
        (t["key"], lang, a)
        for t in topics
        for lang in ("en", "az")
        for a in t["aliases"][lang]
        if CYRILLIC.search(a)
    ]
    assert not bad, bad


def test_ru_aliases_have_no_punctuation(topics):
    # Lemma sequences: words separated by single spaces; hyphens and "+" only inside words.
    bad = [
        (t["key"], a)
        for t in topics
        for a in t["aliases"]["ru"]
        if re.search(r"[«»\"“”„(),.:;!?]", a) or re.search(r"(^|\s)[-—–](\s|$)", a)
    ]
    assert not bad, bad


def test_no_alias_shared_by_two_topics(topics):
    owners = defaultdict(set)
    for t in topics:
        for lang in LANGS:
            for alias in t["aliases"][lang]:
                owners[alias].add(t["key"])
    shared = {a: sorted(k) for a, k in owners.items() if len(k) > 1}
    assert not shared, shared


def test_ru_aliases_match_pymorphy_lemmas(topics):
    """Inflected Russian phrases, lemmatised word by word, must hit an alias of the right topic."""
    pymorphy3 = pytest.importorskip("pymorphy3")
    morph = pymorphy3.MorphAnalyzer()

    def lemmas(phrase: str) -> str:
        return " ".join(morph.parse(w)[0].normal_form for w in phrase.lower().split())

    cases = {
        "энергетической безопасности": "energy-security",
        "Южного газового коридора": "southern-gas-corridor",
        "мирного соглашения": "peace-treaty",
        "мирным договором": "peace-treaty",
        "делимитации и демаркации": "border-delimitation",
        "разминирования": "demining",
        "Зангезурского коридора": "zangezur-corridor",
        "Восточного партнерства": "eastern-partnership",
        "Минской группы": "osce-minsk-group",
        "военных учений": "military-exercises",
        "изменения климата": "climate-change",
        "мер по укреплению доверия": "confidence-building",
        "региональной безопасности": "regional-security",
        "миротворческого контингента": "peacekeepers",
        "Нагорного Карабаха": "karabakh",
    }
    by_key = {t["key"]: set(t["aliases"]["ru"]) for t in topics}
    bad = [(p, key, lemmas(p)) for p, key in cases.items() if lemmas(p) not in by_key[key]]
    assert not bad, bad


def test_az_aliases_cover_case_forms(topics):
    az = {t["key"]: set(t["aliases"]["az"]) for t in topics}
    assert {"enerji təhlükəsizliyi", "enerji təhlükəsizliyinin", "enerji təhlükəsizliyində"} <= az["energy-security"]
    assert {"sülh sazişi", "sülh sazişinin", "sülh sazişinə"} <= az["peace-treaty"]
    assert {"qarabağ", "qarabağın", "qarabağda", "qarabağdan"} <= az["karabakh"]


# ---------------------------------------------------------------------------- boilerplate

MIN_COUNTS = {"list_headers": 12, "line_phrases": 25, "menu_words": 20}


def test_boilerplate_sections(boilerplate):
    assert set(MIN_COUNTS) <= set(boilerplate)
    assert "any" in boilerplate["line_phrases"]


@pytest.mark.parametrize("section", sorted(MIN_COUNTS))
def test_boilerplate_counts(boilerplate, section):
    for lang in LANGS:
        phrases = boilerplate[section][lang]
        assert isinstance(phrases, list)
        assert len(phrases) >= MIN_COUNTS[section], (section, lang, len(phrases))


@pytest.mark.parametrize("section", sorted(MIN_COUNTS))
def test_boilerplate_lowercase_clean_unique(boilerplate, section):
    for lang, phrases in boilerplate[section].items():
        assert isinstance(phrases, list) and phrases, (section, lang)
        assert len(phrases) == len(set(phrases)), (section, lang, "duplicate phrase")
        bad = [p for p in phrases if not is_clean(p) or not is_lower(p, lang)]
        assert not bad, (section, lang, bad)


def test_boilerplate_ru_cyrillic(boilerplate):
    for section in MIN_COUNTS:
        bad = [p for p in boilerplate[section]["ru"] if not CYRILLIC.search(p)]
        assert not bad, (section, bad)


def test_boilerplate_known_phrases(boilerplate):
    headers = boilerplate["list_headers"]
    assert {"самые читаемые", "cамые читаемые", "последние новости", "читайте также"} <= set(headers["ru"])
    assert {"son xəbərlər", "bütün xəbər lenti"} <= set(headers["az"])
    assert {"most read", "latest news"} <= set(headers["en"])
    lines = boilerplate["line_phrases"]
    assert {"ссылка скопирована", "подписывайтесь на наш telegram канал"} <= set(lines["ru"])
    assert {"baxış sayı", "paylaş", "abunə ol", "bütün hüquqlar qorunur"} <= set(lines["az"])
    assert {"night_theme", "loading", "ads"} <= set(lines["any"])


@pytest.mark.parametrize("relative", ["triggers/en.yaml", "triggers/ru.yaml", "triggers/az.yaml", "langid_cues.yaml"])
def test_word_lists_hold_only_words(relative):
    """YAML reads a bare `on`, `no` or `yes` as a boolean: every word of a word list must be a string."""
    data = yaml.safe_load((DATA / relative).read_text(encoding="utf-8"))
    lists = {key: value for key, value in data.items() if isinstance(value, list) and all(not isinstance(v, dict) for v in value)}
    assert lists
    assert {key: [v for v in value if not isinstance(v, str)] for key, value in lists.items()
            if any(not isinstance(v, str) for v in value)} == {}
