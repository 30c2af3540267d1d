"""The gazetteer of known actors, and the indexes that find and link them in text.

Reads the YAML records of `extractors.resources` and offers: a phrase index over the aliases
of organizations, countries, places and full person names (matched on lemmas/stems, so
inflected forms match), a title index (role phrases), person lookup by cross-script name
(skeleton key + rapidfuzz with agreeing surnames), and office holders on a date.
"""
from __future__ import annotations

import datetime as dt
import os
import pickle
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, Iterable, TypeVar

from rapidfuzz import fuzz

from extractors.person_names import first_name_forms, first_name_skeletons
from extractors.resources import DataFileError, cache_dir, data_file, fingerprint, gazetteer_records
from extractors.textutil import az_lower, fold, has_cyrillic
from extractors.translit import skeleton
from schema import EntityType

_WORD = re.compile(r"\w+", re.UNICODE)
KEEP_CACHED = 6  # compiled gazetteers kept in the cache folder (one per data version and --gazetteer file)
P = TypeVar("P")
SURNAME_MIN = 5  # letters a surname needs before another bearer's spelling is lent to it


def _date(value: Any) -> dt.date | None:
    """Gazetteer dates may be `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (YAML may already parse them)."""
    if value is None or isinstance(value, dt.date):
        return value
    parts = [int(p) for p in str(value).split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


@dataclass(frozen=True)
class PositionSpec:
    role: str
    title: str
    of: str | None
    start: dt.date | None
    end: dt.date | None

    def active(self, on: dt.date | None) -> bool:
        if on is None:
            return self.end is None
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass
class GazEntry:
    key: str
    id: str
    type: EntityType
    name: str
    aliases: dict[str, list[str]]
    wikidata: str | None = None
    gender: str | None = None
    positions: list[PositionSpec] = field(default_factory=list)
    adjectives: dict[str, list[str]] = field(default_factory=dict)
    capital: str | None = None
    leads: str | None = None  # countries: the leading office when it is not the head of state's
    country: str | None = None
    headquarters: str | None = None
    parent: str | None = None
    kind: str | None = None  # organizations: intergovernmental, media, government_body, ...
    city: str | None = None  # venues: the key of the city they stand in
    convenes_at_seat: bool = False  # organizations: sessions always meet at the headquarters (the UN General Assembly)
    proper_only: bool = False  # matched only where the text capitalises it (GeoNames cities: "Saray", "Грозный")

    def all_aliases(self) -> list[str]:
        return [self.name, *(a for names in self.aliases.values() for a in names)]


MIN_SOFT_STEM = 5  # letters of a name ending in "ь" whose stem without it is also a key ("Тяньцзинь", not "Уфа")


def phrase_units(phrase: str, lang: str) -> list[tuple[str, ...]]:
    """Match-key variants of a phrase: its folded words and, for Russian, their lemmas."""
    words = _WORD.findall(phrase)
    if not words:
        return []
    folded = tuple(fold(w, lang) for w in words)
    variants = [folded]
    if lang == "ru" or has_cyrillic(phrase):
        from extractors.morph_ru import lemma

        lemmas = tuple(lemma(w.lower()) for w in words)
        if lemmas != folded:
            variants.append(lemmas)
        if lemmas[-1].endswith("ь") and len(lemmas[-1]) > MIN_SOFT_STEM:
            # the lemmatizer guesses "тяньцзин" for an unknown "Тяньцзине": the soft sign falls away
            variants.append((*lemmas[:-1], lemmas[-1][:-1]))
    return variants


class PhraseIndex(Generic[P]):
    """Longest-match lookup of multi-word phrases over token match keys."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], P]]] = defaultdict(list)

    def add(self, units: tuple[str, ...], payload: P) -> None:
        entry = (units, payload)
        if entry not in self._by_first[units[0]]:
            self._by_first[units[0]].append(entry)

    def match_at(self, unit_keys: list[tuple[str, ...]], i: int) -> list[tuple[int, P]]:
        """Phrases starting at unit `i`: (length in units, payload), longest first."""
        found = []
        for key in unit_keys[i]:
            for units, payload in self._by_first.get(key, ()):
                n = len(units)
                if n == 1 or i + n <= len(unit_keys) and all(units[k] in unit_keys[i + k] for k in range(1, n)):
                    found.append((n, payload))
        if len(found) > 1:
            found.sort(key=lambda f: -f[0])
        return found


@dataclass(frozen=True)
class TitleSpec:
    role: str
    org: str | None  # the organization/country the phrase itself names, if any
    phrase: str


class Gazetteer:
    """All known actors with their indexes; build once per process (about a second)."""

    def __init__(self, records: Iterable[dict[str, Any]]) -> None:
        self.entries: dict[str, GazEntry] = {}
        for rec in records:
            entry = _entry(rec)
            self.entries[entry.key] = entry
        self.by_id = {e.id: e for e in self.entries.values()}
        self.phrases: PhraseIndex[str] = PhraseIndex()
        self.adjectives: PhraseIndex[str] = PhraseIndex()
        self.titles: PhraseIndex[TitleSpec] = PhraseIndex()
        self._person_full: dict[str, set[str]] = defaultdict(set)
        self._person_surname: dict[str, set[str]] = defaultdict(set)
        self._person_first: dict[str, set[str]] = defaultdict(set)
        self._surnames: dict[tuple[str, str], set[str]] = defaultdict(set)  # (language, surname skeleton) -> English surnames
        # skeleton of a first name -> skeletons of its spellings in other scripts (data/first_names.yaml)
        self._first_forms: dict[str, frozenset[str]] = first_name_skeletons()
        # persons by the roles they have held, in entry order: `holders` runs once per title mention
        self._by_role: dict[str, list[GazEntry]] = defaultdict(list)
        for entry in self.entries.values():
            self._index(entry)
        # the institutions every country has (gazetteer/templates.yaml): kind -> country key -> entry key
        self.institutions: dict[str, dict[str, str]] = {
            template["key"]: {country.key: template["key"].format(key=country.key) for country in self.entries.values()
                              if country.type is EntityType.COUNTRY and template["key"].format(key=country.key) in self.entries}
            for template in data_file("gazetteer/templates.yaml") or []}
        self.institution_kind = {key: kind for kind, keys in self.institutions.items() for key in keys.values()}
        # kind -> (the office of its head, the folded words naming the head beside it)
        self.institution_heads: dict[str, tuple[str, frozenset[str]]] = {
            template["key"]: (template["head_role"], frozenset(fold(w, lang) for lang, words in template["head_words"].items()
                                                               for w in words))
            for template in data_file("gazetteer/templates.yaml") or [] if template.get("head_role")}
        # a title-only role -> the offices it names ("leader": head of state or head of government)
        self.covers: dict[str, tuple[str, ...]] = {spec["role"]: tuple(spec["covers"])
                                                   for spec in data_file("titles.yaml") or [] if spec.get("covers")}
        # offices a country has many holders of at once: never resolved by the country alone
        self.many_holders = frozenset(spec["role"] for spec in data_file("titles.yaml") or [] if spec.get("many"))
        for spec in data_file("titles.yaml") or []:
            for lang in ("en", "ru", "az"):
                for phrase in spec.get(lang) or []:
                    for units in phrase_units(phrase, lang):
                        self.titles.add(units, TitleSpec(spec["role"], spec.get("org"), phrase))

    @classmethod
    def load(cls, extra: str | Path | None = None) -> Gazetteer:
        """The gazetteer of the packaged files plus `extra`, compiled once and then read from the
        cache (thousands of persons take seconds to index; the pickle loads in a fraction)."""
        path = cache_dir() / f"gazetteer-{fingerprint(extra)}.pickle"
        try:
            with path.open("rb") as fh:
                cached = pickle.load(fh)
            if isinstance(cached, cls):
                return cached
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
            pass  # no cache yet, or one from another version: compile
        gazetteer = cls._compile(extra)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.tmp")
            with partial.open("wb") as fh:
                pickle.dump(gazetteer, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(partial, path)
            for stale in sorted(path.parent.glob("gazetteer-*.pickle"), key=lambda p: p.stat().st_mtime)[:-KEEP_CACHED]:
                stale.unlink()
        except OSError:
            pass  # a read-only cache folder only costs the compile time
        return gazetteer

    @classmethod
    def _compile(cls, extra: str | Path | None) -> Gazetteer:
        """The gazetteer built from the records; a user's file whose entries do not build is named."""
        records = gazetteer_records(extra)
        try:
            return cls(records)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if extra is None:
                raise
            raise DataFileError(
                f"{extra}: an entry is malformed ({type(exc).__name__}: {exc}); each entry needs `key`, `type` "
                "(Person, Organization, Country or Place) and `name`, as in extractors/data/gazetteer/*.yaml") from exc

    def surname_spelling(self, word: str, lang: str) -> str | None:
        """The English spelling of a surname that persons of the gazetteer bear as written in that
        language's media ("Ərdoğan" -> "Erdogan"), so an unknown relative's or namesake's name is
        spelled as theirs; None for English text (names are printed as written), when no one or
        persons of differently spelled surnames bear it."""
        if len(word) < SURNAME_MIN:
            return None  # "Lu Mey" is no "May": short surnames are too often another's
        spellings = self._surnames.get((lang, skeleton(word, lang)), set())
        return next(iter(spellings)) if len(spellings) == 1 else None

    def _index(self, entry: GazEntry) -> None:
        for lang, names in [("en", [entry.name]), *entry.aliases.items()]:
            for alias in names:
                for units in phrase_units(alias, lang):
                    self.phrases.add(units, entry.key)
                if entry.type is EntityType.PERSON:
                    key = skeleton(alias, lang)
                    parts = key.split()
                    self._person_full[key].add(entry.key)
                    if parts:
                        self._person_surname[parts[-1]].add(entry.key)
                        self._person_first[parts[0]].add(entry.key)
                        if lang != "en":
                            self._surnames[(lang, parts[-1])].add(entry.name.split()[-1])
        if entry.type is EntityType.PERSON:
            for role in dict.fromkeys(p.role for p in entry.positions):
                self._by_role[role].append(entry)
        for lang, adjectives in entry.adjectives.items():
            for adjective in adjectives:
                for units in phrase_units(adjective, lang):
                    self.adjectives.add(units, entry.key)

    # -- persons ---------------------------------------------------------------------------

    def find_person(self, name: str, lang: str, on: dt.date | None = None) -> GazEntry | None:
        """The known person a normalised name refers to, or None.

        A full name matches by skeleton key, or by surname plus a first name within rapidfuzz
        ratio 80 (`Кай Каллас` ~ `Kaja Kallas`); a lone surname matches when only one known
        person has it, or only one of them holds office on `on`. `Алиева` and `Алиев` differ in
        their skeletons, so a woman's surname never links to a man.
        """
        key = skeleton(name, lang)
        parts = key.split()
        if not parts:
            return None
        exact = self._person_full.get(key, set())
        if not exact and len(parts) > 1:  # "Corc Smit": the first name's other spellings
            exact = set().union(*(self._person_full.get(" ".join([form, *parts[1:]]), set())
                                  for form in first_name_forms(name.split()[0], lang)))
        if len(exact) == 1:
            return self.entries[next(iter(exact))]
        candidates = exact or self._surname_candidates(parts[-1])
        if len(parts) > 1:
            first = parts[0]
            candidates = {k for k in candidates if self._first_name_agrees(k, first)}
        return self._unique_active(candidates, on)

    def surname_candidates(self, surname: str, lang: str) -> set[str]:
        """Keys of known persons whose surname matches `surname` across scripts."""
        key = skeleton(surname, lang).split()
        return self._surname_candidates(key[-1]) if key else set()

    def _surname_candidates(self, surname: str) -> set[str]:
        found = set(self._person_surname.get(surname, set()))
        if not found and len(surname) >= 5:
            for known, keys in self._person_surname.items():
                if abs(len(known) - len(surname)) <= 1 and known[:2] == surname[:2] and fuzz.ratio(known, surname) >= 88:
                    found |= keys
        return found

    def _first_name_agrees(self, key: str, first: str) -> bool:
        names = {skeleton(a, lang).split()[0] for lang, alias_list in
                 [("en", [self.entries[key].name]), *self.entries[key].aliases.items()] for a in alias_list if a.strip()}
        if len(first) == 1:
            return any(n.startswith(first) for n in names)
        forms = self._first_forms.get(first) or {first}
        return any(fuzz.ratio(n, form) >= 75 for n in names for form in forms)

    def _unique_active(self, keys: set[str], on: dt.date | None) -> GazEntry | None:
        if len(keys) == 1:
            return self.entries[next(iter(keys))]
        active = {k for k in keys if any(p.active(on) for p in self.entries[k].positions)}
        if len(active) == 1:
            return self.entries[next(iter(active))]
        return None

    # -- positions -------------------------------------------------------------------------

    def holders(self, role: str, org: str | None, on: dt.date | None) -> list[GazEntry]:
        """Persons holding `role` (in `org`, when given) on the date `on` (None: currently); for a
        covering title of a country, the holder of the office that leads it: its supreme leader,
        else the office the country `leads` by, else its head of state ("the Kazakh leader" is its
        president, "the Armenian leader" its prime minister)."""
        roles = self.covers.get(role, (role,))
        found = {r: [entry for entry in self._by_role.get(r, ()) if any(
            p.role == r and (org is None or p.of == org) and p.active(on) for p in entry.positions)] for r in roles}
        country = self.entries.get(org or "")
        if len(roles) > 1 and country is not None and country.type is EntityType.COUNTRY:
            leading = [roles[0], *([country.leads] if country.leads in roles else []), *roles[1:]]
            return next((found[r] for r in leading if found[r]), [])
        if len(roles) > 1 and found[roles[0]]:
            return found[roles[0]]
        return list({entry.key: entry for r in roles for entry in found[r]}.values())

    def holds(self, person_key: str, role: str, org: str | None, on: dt.date | None) -> bool:
        return any(p.active(on) for p in self._offices(person_key, role, org))

    def held(self, person_key: str, role: str, org: str | None) -> bool:
        """Whether the person ever held `role` (in `org`, when given), at whatever date."""
        return bool(self._offices(person_key, role, org))

    def _offices(self, person_key: str, role: str, org: str | None) -> list[PositionSpec]:
        """The person's positions of `role` (in `org`, when given), at any date."""
        entry = self.entries.get(person_key)
        roles = self.covers.get(role, (role,))
        return [p for p in (entry.positions if entry else ()) if p.role in roles and (org is None or p.of == org)]

    def seat(self, person_key: str, on: dt.date | None) -> GazEntry | None:
        """The capital of the one country whose office the person holds on `on` (on an undated
        page, ever held): where the person receives guests when the text names no place."""
        entry = self.entries.get(person_key)
        countries = {p.of for p in (entry.positions if entry else ()) if (on is None or p.active(on)) and p.of in self.entries
                     and self.entries[p.of].type is EntityType.COUNTRY}
        capital = self.entries[countries.pop()].capital if len(countries) == 1 else None
        return self.entries.get(capital) if capital else None

    def country_of(self, key: str) -> str | None:
        """The country a place, country or organization belongs to (itself for a country)."""
        entry = self.entries.get(key)
        if entry is None:
            return None
        if entry.type is EntityType.COUNTRY:
            return entry.key
        return entry.country

    def alias_in(self, key: str, lang: str) -> list[str]:
        entry = self.entries[key]
        return entry.aliases.get(lang, []) or [entry.name]


def _entry(rec: dict[str, Any]) -> GazEntry:
    aliases = {lang: [a for a in (rec.get("aliases") or {}).get(lang) or [] if a] for lang in ("en", "ru", "az")}
    positions = [PositionSpec(p["role"], p.get("title") or p["role"], p.get("of"), _date(p.get("start")), _date(p.get("end")))
                 for p in rec.get("positions") or []]
    return GazEntry(
        key=rec["key"], id=rec.get("wikidata") or rec["key"], type=EntityType(rec["type"]), name=rec["name"],
        aliases=aliases, wikidata=rec.get("wikidata"), gender=rec.get("gender"), positions=positions,
        adjectives={lang: list(v or []) for lang, v in (rec.get("adjectives") or {}).items()},
        capital=rec.get("capital"), leads=rec.get("leads"), country=rec.get("country"), headquarters=rec.get("headquarters"),
        parent=rec.get("parent"), kind=rec.get("kind"), city=rec.get("city"), proper_only=bool(rec.get("proper_only")),
        convenes_at_seat=bool(rec.get("convenes_at_seat")),
    )


__all__ = ["Gazetteer", "GazEntry", "PhraseIndex", "PositionSpec", "TitleSpec", "az_lower", "phrase_units"]
