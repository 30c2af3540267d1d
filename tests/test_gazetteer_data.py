"""Consistency checks of the gazetteer and title data files (extractors/data/).

The files are hand-written; these tests catch the mistakes that are easy to make in them:
duplicate keys, dangling references, aliases in the wrong script, unparseable or inverted
dates, two holders of a single-holder office at the same time, roles without title phrases,
and title phrases that the phrase matcher could never use.
"""
from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).parents[1] / "extractors" / "data"
GAZ = DATA / "gazetteer"

LANGS = ("en", "ru", "az")
KINDS = {"intergovernmental", "eu_institution", "government_body", "company", "media", "ngo",
         "military_alliance", "other"}
CONTROLLED_ROLES = {
    # the list the gazetteer was specified with
    "head_of_state", "head_of_government", "vice_president", "foreign_minister", "defence_minister",
    "deputy_foreign_minister", "presidential_aide", "head_of_presidential_administration",
    "speaker_of_parliament", "secretary_general", "president_of_european_council",
    "president_of_european_commission", "high_representative", "president_of_european_parliament",
    "osce_chairperson_in_office", "special_representative", "minsk_group_co_chair", "ambassador",
    "spokesperson", "cop_president", "economy_minister", "energy_minister", "ecology_minister",
    "national_security_adviser",
    # roles added where none of the above fits
    "deputy_prime_minister", "security_council_secretary", "intelligence_chief", "supreme_leader",
    "european_commissioner", "deputy_secretary_general", "head_of_organization",
    "minister", "security_service_chief", "assistant_secretary_general",
    # title-only roles that cover others ("leader": head of state or government)
    "leader",
}
# Offices with one holder at a time (per `of`): their terms must not overlap.
SINGLE_HOLDER_ROLES = {
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "speaker_of_parliament", "secretary_general", "deputy_secretary_general",
    "president_of_european_council", "president_of_european_commission", "high_representative",
    "president_of_european_parliament", "osce_chairperson_in_office",
    "head_of_presidential_administration", "security_council_secretary", "national_security_adviser",
    "spokesperson", "intelligence_chief", "supreme_leader", "head_of_organization", "cop_president",
    "economy_minister", "energy_minister", "ecology_minister",
}
# Alias spellings that two entries may share: a country and its capital of the same name.
SHARED_ALIASES = {"алжир", "əlcəzair", "тунис", "tunis"}
# Words that an alias must not fold to: matching is case-insensitive, so these would fire on
# ordinary words ("US" -> "us"). Such short forms go under `acronyms` (case-sensitive).
COMMON_WORDS = {"us", "who", "pace", "report", "trend", "eco", "mit", "aş", "üst", "car", "caliber",
                "alliance", "commonwealth", "union", "council", "parliament", "assembly", "мид",
                "совет", "союз", "альянс", "xin", "şura", "security council"}

KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
QID = re.compile(r"^Q[1-9][0-9]*$")
DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
AZ_ONLY = re.compile(r"[əƏıİğĞşŞ]")
ROMAN = re.compile(r"\b[IVXLC]+\b")
WORD = re.compile(r"\w+")


def _load(path: Path):
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _kind(kind: str) -> list:
    """Entries of `gazetteer/<kind>.yaml` and of any `gazetteer/<kind>/*.yaml`."""
    paths = [GAZ / f"{kind}.yaml", *sorted((GAZ / kind).glob("*.yaml"))]
    return [rec for path in paths for rec in (_load(path) or [])]


COUNTRIES = _kind("countries")
PLACES = _kind("places")
ORGS = _kind("organizations")
PERSONS = _kind("persons")
TITLES = _load(DATA / "titles.yaml")
FILES = {"countries": COUNTRIES, "places": PLACES, "organizations": ORGS, "persons": PERSONS}
ALL = [rec for recs in FILES.values() for rec in recs]
KEYS = {name: {r["key"] for r in recs} for name, recs in FILES.items()}
COUNTRY_OR_ORG = KEYS["countries"] | KEYS["organizations"]


def az_lower(text: str) -> str:
    return text.translate(str.maketrans({"İ": "i", "I": "ı"})).lower()


def folded(alias: str, lang: str) -> str:
    text = az_lower(alias) if lang == "az" or AZ_ONLY.search(alias) else alias.lower()
    return " ".join(WORD.findall(text.replace("ё", "е")))


def parse_date(value) -> tuple[dt.date, dt.date]:
    """(first day, last day) of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date."""
    if isinstance(value, dt.date):
        return value, value
    text = str(value)
    assert DATE.match(text), f"bad date {value!r}"
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], calendar.monthrange(*parts)[1])
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def aliases(rec, lang):
    return (rec.get("aliases") or {}).get(lang) or []


# -- files and keys --------------------------------------------------------------------------

def test_files_are_lists_of_mappings():
    for name, recs in {**FILES, "titles": TITLES}.items():
        assert isinstance(recs, list) and recs, name
        assert all(isinstance(r, dict) for r in recs), name


def test_counts():
    assert len(PERSONS) >= 170
    assert len(ORGS) >= 60
    assert len(ORGS) + len(COUNTRIES) + len(PLACES) >= 150


def test_keys_are_slugs_and_unique_across_files():
    counts = Counter(r["key"] for r in ALL)
    assert not [k for k, n in counts.items() if n > 1]
    assert not [r["key"] for r in ALL if not KEY.match(r["key"])]


def test_names_and_wikidata():
    for rec in ALL:
        assert isinstance(rec.get("name"), str) and rec["name"].strip() == rec["name"] and rec["name"], rec["key"]
        if "wikidata" in rec:
            assert isinstance(rec["wikidata"], str) and QID.match(rec["wikidata"]), rec["key"]
    qids = Counter(r["wikidata"] for r in ALL if r.get("wikidata"))
    assert not [q for q, n in qids.items() if n > 1]


def test_a_country_is_led_by_an_office_a_leader_title_covers():
    covered = {role for spec in yaml.safe_load((DATA / "titles.yaml").read_text()) or [] for role in spec.get("covers") or []}
    for rec in FILES["countries"]:
        assert rec.get("leads") in (None, *covered), rec["key"]


def test_no_unknown_fields():
    common = {"key", "name", "wikidata", "aliases", "acronyms"}
    allowed = {
        "countries": common | {"adjectives", "capital", "leads"},
        "places": common | {"country", "city"},  # city: the city a venue stands in
        "organizations": common | {"kind", "headquarters", "parent", "country", "convenes_at_seat"},
        "persons": common | {"gender", "positions"},
    }
    for name, recs in FILES.items():
        for rec in recs:
            assert set(rec) <= allowed[name], (rec["key"], set(rec) - allowed[name])


# -- aliases ---------------------------------------------------------------------------------

def test_every_entry_has_aliases_in_all_three_languages():
    for rec in ALL:
        assert set(rec.get("aliases") or {}) <= set(LANGS), rec["key"]
        for lang in LANGS:
            names = aliases(rec, lang)
            assert names, (rec["key"], lang)
            for alias in names:
                assert isinstance(alias, str) and alias == alias.strip() and alias, (rec["key"], lang, alias)
                assert "  " not in alias, (rec["key"], alias)


def test_aliases_are_not_repeated_within_a_list():
    for rec in ALL:
        for lang in LANGS:
            seen = Counter((az_lower(a) if lang == "az" else a.lower()).replace("ё", "е") for a in aliases(rec, lang))
            assert not [a for a, n in seen.items() if n > 1], (rec["key"], lang)


def test_scripts():
    for name, recs in FILES.items():
        for rec in recs:
            for alias in aliases(rec, "en"):
                assert not CYRILLIC.search(alias), (rec["key"], alias)
            for alias in aliases(rec, "az"):
                assert not CYRILLIC.search(alias) and LATIN.search(alias), (rec["key"], alias)
            for alias in aliases(rec, "ru"):
                assert not AZ_ONLY.search(alias), (rec["key"], alias)
                if name == "organizations":
                    continue  # the Russian press writes some brands in Latin ("BP", "Reuters", "COP29")
                assert CYRILLIC.search(alias), (rec["key"], alias)
                assert not LATIN.search(ROMAN.sub("", alias)), (rec["key"], alias)  # "Карл III" is fine


def test_person_aliases_are_full_names():
    for rec in PERSONS:
        for lang in LANGS:
            for alias in aliases(rec, lang):
                assert len(WORD.findall(alias)) >= 2, (rec["key"], alias)


def test_aliases_do_not_collide_between_entries():
    owners = defaultdict(set)
    for rec in ALL:
        for lang, names in [("en", [rec["name"]]), *((lang, aliases(rec, lang)) for lang in LANGS)]:
            for alias in names:
                owners[folded(alias, lang)].add(rec["key"])
    clashes = {a: sorted(k) for a, k in owners.items() if len(k) > 1 and a not in SHARED_ALIASES}
    assert not clashes


def test_aliases_are_not_common_words():
    for rec in ALL:
        for lang in LANGS:
            for alias in aliases(rec, lang):
                assert folded(alias, lang) not in COMMON_WORDS, (rec["key"], alias)


def test_acronyms():
    for rec in ALL:
        acronyms = rec.get("acronyms")
        if acronyms is None:
            continue
        assert isinstance(acronyms, list) and acronyms, rec["key"]
        listed = {a for lang in LANGS for a in aliases(rec, lang)}
        for acronym in acronyms:
            assert isinstance(acronym, str) and acronym and acronym not in listed, (rec["key"], acronym)


# -- countries, places, organizations --------------------------------------------------------

def test_countries():
    for rec in COUNTRIES:
        adjectives = rec.get("adjectives") or {}
        assert set(adjectives) <= set(LANGS) and adjectives.get("en") and adjectives.get("ru"), rec["key"]
        for adjective in adjectives.get("ru") or []:
            assert CYRILLIC.search(adjective) and adjective == adjective.lower(), (rec["key"], adjective)
        for adjective in adjectives.get("az") or []:
            assert not CYRILLIC.search(adjective) and adjective == az_lower(adjective), (rec["key"], adjective)
        if "capital" in rec:
            assert rec["capital"] in KEYS["places"], rec["key"]


def test_required_countries_have_a_capital():
    for rec in COUNTRIES:
        if rec["key"] not in {"northern-cyprus", "vatican", "palestine"}:
            assert rec.get("capital"), rec["key"]


def test_capitals_lie_in_their_country():
    country_of = {p["key"]: p["country"] for p in PLACES}
    for rec in COUNTRIES:
        if rec.get("capital"):
            assert country_of[rec["capital"]] == rec["key"], rec["key"]


def test_places():
    for rec in PLACES:
        assert rec.get("country") in KEYS["countries"], rec["key"]


def test_organizations():
    for rec in ORGS:
        assert rec.get("kind") in KINDS, rec["key"]
        if "headquarters" in rec:
            assert rec["headquarters"] in KEYS["places"], rec["key"]
        if "parent" in rec:
            assert rec["parent"] in KEYS["organizations"] and rec["parent"] != rec["key"], rec["key"]
        if "country" in rec:
            assert rec["country"] in KEYS["countries"], rec["key"]
        if rec["kind"] == "government_body":
            assert rec.get("country"), rec["key"]


# -- persons ---------------------------------------------------------------------------------

def test_persons():
    for rec in PERSONS:
        assert rec.get("gender") in {"male", "female"}, rec["key"]
        positions = rec.get("positions")
        assert isinstance(positions, list) and positions, rec["key"]
        for pos in positions:
            assert set(pos) <= {"role", "title", "of", "to", "start", "end"}, (rec["key"], pos)
            assert pos.get("role") in CONTROLLED_ROLES, (rec["key"], pos)
            assert isinstance(pos.get("title"), str) and pos["title"].strip(), (rec["key"], pos)
            assert pos.get("of") in COUNTRY_OR_ORG, (rec["key"], pos)
            if pos["role"] == "ambassador":
                assert pos.get("to") in COUNTRY_OR_ORG, (rec["key"], pos)
            else:
                assert "to" not in pos, (rec["key"], pos)


def test_position_dates():
    latest = dt.date(2026, 12, 31)
    for rec in PERSONS:
        for pos in rec["positions"]:
            assert "start" in pos and "end" in pos, (rec["key"], pos)
            start_first, _ = parse_date(pos["start"])
            assert start_first <= latest, (rec["key"], pos)
            if pos["end"] is not None:
                _, end_last = parse_date(pos["end"])
                assert start_first <= end_last, (rec["key"], pos)


def test_single_holder_offices_do_not_overlap():
    """Two holders of one office at once is a date error (touching dates are fine; a date
    known only to the month or year counts as any day in it)."""
    terms = defaultdict(list)
    for rec in PERSONS:
        for pos in rec["positions"]:
            if pos["role"] in SINGLE_HOLDER_ROLES:
                start_first, start_last = parse_date(pos["start"])
                end_first = parse_date(pos["end"])[0] if pos["end"] is not None else dt.date.max
                terms[(pos["role"], pos["of"])].append((start_first, start_last, end_first, rec["key"]))
    clashes = []
    for office, spans in terms.items():
        for a, b in itertools.combinations(sorted(spans), 2):
            # b starts no earlier than a; a definite overlap: b surely started before a surely ended
            if a[3] != b[3] and b[1] < a[2]:
                clashes.append((office, a[3], b[3]))
    assert not clashes


# -- titles ----------------------------------------------------------------------------------

def test_titles_format():
    for item in TITLES:
        assert item.get("role") in CONTROLLED_ROLES, item
        assert set(item) <= {"role", "org", "covers", "many", *LANGS}, item
        assert set(item.get("covers", ())) <= CONTROLLED_ROLES, item
        assert item.get("many", True) is True and not ("many" in item and "org" in item), item  # a flag of generic items
        if "org" in item:
            assert item["org"] in COUNTRY_OR_ORG, item
        assert any(item.get(lang) for lang in LANGS), item
        for lang in LANGS:
            for phrase in item.get(lang) or []:
                assert isinstance(phrase, str) and phrase == phrase.strip() and phrase, (item["role"], phrase)
                lower = az_lower(phrase) if lang == "az" else phrase.lower()
                assert phrase == lower, (item["role"], lang, phrase)
                assert "," not in phrase and "  " not in phrase, (item["role"], phrase)
                if lang == "ru":
                    assert CYRILLIC.search(phrase), phrase
                else:
                    assert not CYRILLIC.search(phrase), phrase


def test_every_controlled_role_has_title_phrases():
    covered = defaultdict(set)
    for item in TITLES:
        for lang in LANGS:
            if item.get(lang):
                covered[item["role"]].add(lang)
    for role in CONTROLLED_ROLES:
        assert covered[role] == set(LANGS) or role in {"cop_president"} and covered[role], (role, covered[role])


def test_roles_used_by_persons_have_titles():
    used = {pos["role"] for rec in PERSONS for pos in rec["positions"]}
    assert used <= {item["role"] for item in TITLES}
    assert not used & {item["role"] for item in TITLES if item.get("covers")}  # a covering role is a title only


def test_no_phrase_is_listed_twice():
    seen = Counter((lang, (az_lower(p) if lang == "az" else p)) for item in TITLES
                   for lang in LANGS for p in item.get(lang) or [])
    assert not [k for k, n in seen.items() if n > 1]


@pytest.fixture(scope="module")
def matcher():
    """The gazetteer's own phrase index and word keys (as the extractors build them)."""
    pytest.importorskip("pymorphy3")
    gazetteer = pytest.importorskip("extractors.gazetteer")
    from extractors.morph_ru import lemma
    from extractors.textutil import az_stems, fold

    gaz = gazetteer.Gazetteer.load()

    def keys_for(phrase, lang):
        out = []
        for word in WORD.findall(phrase):
            if lang == "az":
                keys = [az_lower(word)] + [az_lower(s) for s in az_stems(word)]
            elif lang == "ru":
                keys = [fold(word, "ru"), lemma(word.lower())]
            else:
                keys = [word.lower()]
            out.append(tuple(dict.fromkeys(keys)))
        return out

    return gaz, keys_for


def _ancestors(key):
    """An organization's parent chain and country (a national body belongs to its country)."""
    by_key = {r["key"]: r for r in ALL}
    out, todo = set(), [key]
    while todo:
        rec = by_key.get(todo.pop())
        for ref in (rec or {}).get("parent"), (rec or {}).get("country"):
            if ref and ref not in out:
                out.add(ref)
                todo.append(ref)
    return out


def _leftmost_longest(gaz, keys):
    """Gazetteer keys matched in a word-key sequence, as the extractors match them."""
    found, i = [], 0
    while i < len(keys):
        matches = gaz.phrases.match_at(keys, i)
        if matches:
            n, key = matches[0]
            found.append(key)
            i += n
        else:
            i += 1
    return found


def test_title_phrases_that_name_an_organization_carry_it(matcher):
    """A phrase containing an organization or country name ("nato secretary general") takes its
    organization from the item's `org` (the name inside the title is not beside it), so the item
    needs that `org`, and a name in the phrase must agree with it (be it, its parent, or the
    country of the body)."""
    gaz, keys_for = matcher
    bad = []
    for item in TITLES:
        for lang in LANGS:
            for phrase in item.get(lang) or []:
                named = [key for key in _leftmost_longest(gaz, keys_for(phrase, lang))
                         if gaz.entries[key].type.value in ("Country", "Organization")]
                org = item.get("org")
                if named and not (org and any(k == org or k in _ancestors(org) or org in _ancestors(k) for k in named)):
                    bad.append((item["role"], org, phrase, named))
    assert not bad
