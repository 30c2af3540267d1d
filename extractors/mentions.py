"""Finding the actors of an article: gazetteer phrases, recogniser spans, Azerbaijani
capitalised-name rules and titles, each linked to an entity.

Reads an `AnalysedDoc` and the `Gazetteer`; writes `ActorMention`s (token span, entity,
how it was found). Titles without a name ("министр иностранных дел Азербайджана", "the
Secretary General") resolve to the office holder on the article's date, or to the last person
of the article who holds that office; a title next to a name becomes position evidence.
"""
from __future__ import annotations

from bisect import bisect_left

import datetime as dt
import re
from dataclasses import dataclass, field

from extractors.analysis.doc import AnalysedDoc
from extractors.gazetteer import Gazetteer, GazEntry, TitleSpec, phrase_units
from extractors.person_names import clean_name, english_name, is_name_particle, romanised
from extractors.resources import data_file
from extractors.textutil import AZ_MODIFIER_LOCATIVES, AZ_POSSESSIVE_ENDINGS, DASHES, az_lower, az_splits, fold, has_cyrillic
from extractors.translit import skeleton
from schema import EntityType

_HYPHEN = re.compile(r"(?<=\w)[-‑](?=\w)")
TITLE_CHAIN_WORDS = frozenset({"of", "the", "to"})  # words joining a title to its country ("of the Republic of Uzbekistan", "Ambassador to Ankara")
NAME_ENDS = frozenset({",", "."})  # what follows a name missed after a title, besides a lower-case word
_UNKNOWN_PREFIX = {EntityType.PERSON: "person", EntityType.ORGANIZATION: "org", EntityType.PLACE: "place",
                   EntityType.COUNTRY: "country"}


LIST_SEPARATORS = frozenset({",", "və", "ve", "и", "and"})  # what joins the items of a coordinated list


@dataclass(frozen=True)
class EntityRef:
    """What a mention refers to: a gazetteer entry or an entity known only from the text."""

    id: str
    type: EntityType
    name: str
    key: str | None = None  # gazetteer key, when known


@dataclass
class ActorMention:
    start_tok: int
    end_tok: int  # exclusive
    start: int
    end: int
    text: str
    ref: EntityRef
    how: str  # "name", "gazetteer", "title", "surname", "anaphor"
    title: TitleSpec | None = None
    title_org: str | None = None
    head_tok: int = -1  # the token that stands for the mention in the parse
    also: list[EntityRef] = field(default_factory=list)  # more persons a plural title names
    # (holder id, role, country key) for each person read off the office of a country on the article's date:
    # an event told of another year may have had another holder
    offices: list[tuple[str, str, str]] = field(default_factory=list)
    inferred: bool = False  # persons read from a leading office ("the leaders of A and B"), whom the text does not name
    case: str = ""  # grammatical case of the phrase (its last word's)

    @property
    def refs(self) -> list[EntityRef]:
        return [self.ref, *self.also]


@dataclass
class ArticleMentions:
    actors: list[ActorMention] = field(default_factory=list)
    titles: list[ActorMention] = field(default_factory=list)  # title phrases (resolved or not)
    positions: list[tuple[ActorMention, ActorMention]] = field(default_factory=list)  # (person, title)


def match_units(doc: AnalysedDoc) -> tuple[list[tuple[str, ...]], list[int]]:
    """Match units for phrase lookup: hyphenated words split into parts, hyphens dropped.

    Gazetteer, title, adjective and topic lookups all need them; they are built once per
    document and kept on it."""
    if doc.units is None:
        doc.units = _build_units(doc)
    return doc.units


def _build_units(doc: AnalysedDoc) -> tuple[list[tuple[str, ...]], list[int]]:
    keys: list[tuple[str, ...]] = []
    owner: list[int] = []
    for tok in doc.tokens:
        if tok.text in ("-", "‑", "–"):
            continue
        parts = _HYPHEN.split(tok.text)
        if len(parts) == 1:
            keys.append(tok.keys)
            owner.append(tok.i)
            continue
        for part in parts:
            part_keys = [fold(part, doc.lang)]
            if doc.lang == "ru":
                from extractors.morph_ru import lemma

                part_keys.append(lemma(part.lower()))
            elif doc.lang in ("az", "tr"):
                from extractors.textutil import az_stems

                part_keys.extend(az_lower(s) for s in az_stems(part))
            keys.append(tuple(dict.fromkeys(part_keys)))
            owner.append(tok.i)
    return keys, owner


def folded_words(doc: AnalysedDoc, start: int, end: int) -> str:
    """The folded words of tokens start..end, each after a space, for matching lexicon phrases."""
    return "".join(f" {fold(t.text, doc.lang)}" for t in doc.tokens[max(start, 0):end])


def phrase_matches(doc: AnalysedDoc, index, keys, owner) -> list[tuple[int, int, object]]:
    """Non-overlapping longest matches of a PhraseIndex: (start_tok, end_tok, payload)."""
    out = []
    i = 0
    while i < len(keys):
        found = index.match_at(keys, i)
        if found:
            n, payload = found[0]
            first, last = owner[i], owner[i + n - 1]
            if doc.tokens[first].sent == doc.tokens[last].sent:
                out.append((first, last + 1, payload))
                i += n
                continue
        i += 1
    return out


class MentionFinder:
    """Finds and links the actor mentions of one analysed article."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        rules = data_file("names.yaml")
        self.stop_words = {az_lower(w) for w in rules["capitalised_non_names"]}
        self.surname_endings = tuple(az_lower(e) for e in rules["surname_endings"])
        self.title_cues = {az_lower(w) for w in rules["az_title_cues"]}
        self.first_names = {skeleton(w, "az") for w in rules["az_first_names"]}
        self.nominative_before = {az_lower(w) for w in rules["az_nominative_postpositions"]}
        self.named_places = _beside_words(rules["named_places"])
        self.city_words = _beside_words(rules["city_words"])
        self.past_title_words = {lang: frozenset(fold(w, lang) for w in words) for lang, words in rules["past_title_words"].items()}
        self.counterpart_words = {lang: frozenset(fold(w, lang) for w in words) for lang, words in rules["counterpart_words"].items()}
        self._anaphors: dict[str, dict[str, tuple[str, ...]]] = {}
        for item in data_file("anaphors.yaml") or []:
            for lang in ("en", "ru", "az"):
                for word in item.get(lang) or []:
                    self._anaphors.setdefault(lang, {})[fold(word, lang)] = tuple(item["roles"])
        # country adjectives and demonyms ("Slovak", "Kazakh"): recognisers tag them as persons
        self.demonyms = {fold(adjective, lang) for entry in gazetteer.entries.values()
                         for lang, adjectives in entry.adjectives.items() for adjective in adjectives}

    def find(self, doc: AnalysedDoc, published: dt.date | None) -> ArticleMentions:
        keys, owner = match_units(doc)
        result = ArticleMentions()
        taken: set[int] = set()
        for start, end, key in phrase_matches(doc, self.gaz.phrases, keys, owner):
            entry = self.gaz.entries[key]
            if entry.proper_only and not doc.tokens[start].is_title_case:
                continue
            if entry.type is EntityType.PLACE and not any(doc.tokens[k].is_title_case for k in range(start, end)):
                continue  # a place is a proper name: "hava limanında" (at the airport) is not "Lima"
            result.actors.append(self._mention(doc, start, end, entity_ref(entry), "gazetteer"))
            taken.update(range(start, end))
        self._unknown_cities(doc, taken, result)
        persons = {k for m in result.actors if m.ref.type is EntityType.PERSON for k in range(m.start_tok, m.end_tok)}
        for start, end, spec in phrase_matches(doc, self.gaz.titles, keys, owner):
            if not persons.intersection(range(start, end)):
                result.titles.append(self._mention(doc, start, end, EntityRef("", EntityType.PERSON, ""), "title", spec))
        title_spans = [(t.start_tok, t.end_tok) for t in result.titles]
        cleaned = [(start, end, clean_name(name, doc.lang)) for start, end, name in self._person_spans(doc, taken, title_spans)
                   if fold(name, doc.lang) not in self.demonyms]
        person_spans = [(start, end, name) for start, end, name in cleaned if name]  # "Her Majesty" names nobody
        for start, end, name in person_spans:
            guesses = [name, *(_ru_nominative_guesses(name) if doc.lang == "ru" else ())]
            entry = next(filter(None, (self.gaz.find_person(guess, doc.lang, published) for guess in guesses)), None)
            ref = entity_ref(entry) if entry else _unknown(EntityType.PERSON, name, doc.lang,
                                                     self.gaz.surname_spelling(name.split()[-1], doc.lang) if " " in name else None)
            result.actors.append(self._mention(doc, start, end, ref, "name"))
            taken.update(range(start, end))
        self._other_ner(doc, taken, result)
        result.actors.sort(key=lambda m: m.start)
        self._coordinated_institutions(doc, result)
        self._institution_heads(doc, result, published)
        self._group_surnames(doc, result)
        self._lone_surnames(doc, result)
        adjectives = phrase_matches(doc, self.gaz.adjectives, keys, owner)  # country adjectives, matched once
        self._attach_titles(doc, result, published, adjectives)
        result.actors.sort(key=lambda m: m.start)
        self._role_anaphors(doc, result, published, adjectives)
        self._counterparts(doc, result, published, adjectives)
        ends = {(m.end_tok, m.ref.id) for m in result.actors}
        result.actors = [m for m in result.actors if not self._names_place(doc, m) and not _glosses(doc, m, ends)]
        return result

    def _names_place(self, doc: AnalysedDoc, mention: ActorMention) -> bool:
        """Whether a person's name is part of a place's name ("Heydər Əliyev Parkında", "парк имени
        Гейдара Алиева"): a place word of data/names.yaml stands right after or before it."""
        if mention.ref.type is not EntityType.PERSON:
            return False
        words = self.named_places.get(doc.lang)
        return bool(words) and _beside(doc, mention.start_tok, mention.end_tok, words, same_sentence=False)

    def _unknown_cities(self, doc: AnalysedDoc, taken: set[int], result: ArticleMentions) -> None:
        """A capitalised word the gazetteer does not know, named a city by the word beside it
        ("Türküstan şəhərində", "в городе Туркестан", "the city of Turkistan"), is a place."""
        words = self.city_words.get(doc.lang)
        if not words:
            return
        for k, tok in enumerate(doc.tokens):
            if k in taken or not (tok.text[:1].isupper() and tok.text.replace("-", "").isalpha()):
                continue
            if _beside(doc, k, k + 1, words, same_sentence=True):
                result.actors.append(self._mention(doc, k, k + 1, _unknown(EntityType.PLACE, tok.text, doc.lang), "name"))
                taken.add(k)

    def _coordinated_institutions(self, doc: AnalysedDoc, result: ArticleMentions) -> None:
        """A country coordinated with a country's institution stands for its own institution of that
        kind: "министерствами иностранных дел Азербайджана и Словакии", "the Foreign Ministries of
        Azerbaijan and Croatia" (countries after it), "Azərbaycan və Özbəkistan Xarici İşlər
        Nazirlikləri" (a country before one whose phrase opens with its country's name)."""
        by_start = {m.start_tok: m for m in result.actors}
        by_end = {m.end_tok: m for m in result.actors}
        for mention in list(result.actors):
            kind = self.gaz.institution_kind.get(mention.ref.key or "")
            if kind is None:
                continue
            k = mention.end_tok
            while k < len(doc.tokens) and fold(doc.tokens[k].text, doc.lang) in LIST_SEPARATORS:
                other = by_start.get(k + 1)
                if other is None or not self._become_institution(other, kind):
                    break
                k = other.end_tok
            if not self._opens_with_country(doc, mention):
                continue
            k = mention.start_tok
            while k > 0 and fold(doc.tokens[k - 1].text, doc.lang) in LIST_SEPARATORS:
                other = by_end.get(k - 1)
                if other is None or not self._become_institution(other, kind):
                    break
                k = other.start_tok

    def _institution_heads(self, doc: AnalysedDoc, result: ArticleMentions, published: dt.date | None) -> None:
        """"Azərbaycan və Ermənistan XİN rəhbərləri", "глава МИД Армении": a country's body with a word
        for its head beside it stands for the holder of the head's office on the article's date."""
        headed: dict[int, str] = {}  # start token of a converted body's mention -> its kind
        for mention in sorted(result.actors, key=lambda m: -m.start_tok):  # "A və B XİN rəhbərləri": from the last
            kind = self.gaz.institution_kind.get(mention.ref.key or "")
            if kind not in self.gaz.institution_heads:
                continue
            role, words = self.gaz.institution_heads[kind]
            near = [mention.end_tok] if doc.lang in ("az", "tr") else [mention.start_tok - 1, mention.start_tok - 2]
            named = any(0 <= k < len(doc.tokens) and set(doc.tokens[k].keys) & words for k in near)
            coordinated = mention.end_tok < len(doc.tokens) and fold(doc.tokens[mention.end_tok].text, doc.lang) in (
                LIST_SEPARATORS) and headed.get(mention.end_tok + 1) == kind
            if not (named or coordinated):
                continue
            country = self.gaz.entries[mention.ref.key].country
            holder = self._holder_named(role, country, published, result, mention.start) or next(
                (entity_ref(h) for h in self.gaz.holders(role, country, published)), None)
            if holder is not None:
                mention.ref = holder
                headed[mention.start_tok] = kind

    def _become_institution(self, mention: ActorMention, kind: str) -> bool:
        """Make a country's mention stand for its institution of `kind`; whether it could."""
        institution = self.gaz.institutions[kind].get(mention.ref.key or "") if mention.ref.type is EntityType.COUNTRY else None
        if institution is None:
            return False
        mention.ref = entity_ref(self.gaz.entries[institution])
        return True

    def _opens_with_country(self, doc: AnalysedDoc, mention: ActorMention) -> bool:
        """Whether an institution's phrase starts with its country's name ("Özbəkistan ... Nazirliyi")."""
        country = self.gaz.entries[mention.ref.key].country if mention.ref.key else None
        first = set(doc.tokens[mention.start_tok].keys)
        return country in self.gaz.entries and any(
            fold(alias.split()[0], doc.lang) in first for alias in self.gaz.entries[country].all_aliases() if alias.split())

    # -- persons -----------------------------------------------------------------------------

    def _person_spans(self, doc: AnalysedDoc, taken: set[int], title_spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """Person name spans with their nominative normal form, per language."""
        if doc.lang == "ru":
            return self._ru_persons(doc, taken)
        if doc.lang == "en":
            in_titles = {k for start, end in title_spans for k in range(start, end)}
            spans = [self._name_part(doc, s.start_tok, s.end_tok) for s in doc.ner if s.label == "PER"]
            spans += [(cut, end) for s in doc.ner if s.label == "ORG" and (part := self._name_part(doc, s.start_tok, s.end_tok))
                      and (cut := part[0]) > s.start_tok and (end := part[1]) == s.end_tok and end - cut >= 2 and az_lower(
                doc.tokens[end - 1].text).endswith(self.surname_endings)]  # "[Chechen Republic] Ramzan Kadyrov" read as a body
            spans += [(s.end_tok - 2, s.end_tok) for s in doc.ner if s.label in ("ORG", "LOC", "GPE") and s.end_tok - s.start_tok > 2
                      and self._ends_in_first_and_last_name(doc, s.end_tok)]  # "[the Parliament of Moldova] Igor Grosu"
            found = [(start, end, _clean_en_name(doc, start, end)) for start, end in spans
                     if start < end and not taken.intersection(range(start, end))
                     and end - 1 not in in_titles  # "Azerbaijani FM meets ...": a name ends in no title
                     and self._plausible_name(doc, start, end)]
            named = {k for start, end, _ in found for k in range(start, end)}
            return found + self._names_after_titles(doc, taken | named, title_spans)
        return self._az_persons(doc, taken)

    def _names_after_titles(self, doc: AnalysedDoc, taken: set[int], title_spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """Names the recogniser missed after a title and its country or body, named after the title or
        right before it ("Deputy Minister of Foreign Affairs of the Republic of Uzbekistan Bobur Usmanov,",
        "NATO Assistant Secretary General for Public Diplomacy Tacan Ildem."): exactly two capitalised
        words (three with a particle between: "Luca Di Gianfrancesco"), then a comma, a full stop or a lower-case word ("and", the verb of "... Bakhrom Aloev
        received"), and no word the recogniser took for an organisation or a place (a nationality it
        may: foreign first names are often read as one)."""
        tokens, out = doc.tokens, []
        named_other = {j for span in doc.ner if span.label not in ("PER", "NORP") for j in range(span.start_tok, span.end_tok)}
        for start, k in title_spans:
            country = start - 1 in taken
            while k < len(tokens) and (k in taken or tokens[k].text in TITLE_CHAIN_WORDS) and tokens[k].sent == tokens[k - 1].sent:
                country = country or k in taken
                k += 1
            end = k + 3 if k + 1 < len(tokens) and is_name_particle(tokens[k + 1].text) else k + 2  # "Luca Di Gianfrancesco"
            if not country or end >= len(tokens) or not (tokens[end].text in NAME_ENDS or tokens[end].text[:1].islower()) or any(
                    j in taken or j in named_other or not tokens[j].text.isalpha() or not tokens[j].text[:1].isupper() or tokens[j].text.isupper()
                    for j in range(k, end)) or not self._plausible_name(doc, k, end):
                continue
            out.append((k, end, _clean_en_name(doc, k, end)))
        return out

    def _ru_persons(self, doc: AnalysedDoc, taken: set[int]) -> list[tuple[int, int, str]]:
        from extractors.morph_ru import agreeing_name, nominative_name

        spans = sorted((s.start_tok, s.end_tok, s.normal) for s in doc.ner if s.label == "PER")
        merged: list[list] = []
        for start, end, normal in spans:
            if merged and merged[-1][1] == start and doc.tokens[start].sent == doc.tokens[merged[-1][0]].sent:
                merged[-1][1] = end
                merged[-1][2] += " " + normal
            else:
                merged.append([start, end, normal])
        out = []
        for start, end, normal in merged:
            if taken.intersection(range(start, end)):
                continue
            words = normal.split()
            surface = [t.text for t in doc.tokens[start:end]]
            if [w.lower() for w in words] == [w.lower() for w in surface] and any(
                    doc.tokens[k].case not in ("", "Nom") for k in range(start, end)):
                words = nominative_name(surface)
            words = agreeing_name(surface, words)
            out.append((start, end, " ".join(w[:1].upper() + w[1:] for w in words)))
        return out

    def _name_part(self, doc: AnalysedDoc, start: int, end: int) -> tuple[int, int]:
        """The part of a recognised span that can be a name, once the words no name holds are cut off
        ("[Chechen Republic] Ramzan Kadyrov", "Putin [Holds Phone] Conversation" of a Title Case headline):
        the last run of the span free of such words (empty when there is none)."""
        cut = [start - 1] + [k for k in range(start, end) if az_lower(doc.tokens[k].text) in self.stop_words] + [end]
        runs = [(a + 1, b) for a, b in zip(cut, cut[1:]) if b > a + 1]
        return runs[-1] if runs else (end, end)

    def _plausible_name(self, doc: AnalysedDoc, start: int, end: int) -> bool:
        words = [t.text for t in doc.tokens[start:end] if t.text[:1].isalpha()]
        return bool(words) and all(w[:1].isupper() and not any(ch.isdigit() for ch in w) for w in words) and not any(
            az_lower(w) in self.stop_words for w in words)

    def _az_persons(self, doc: AnalysedDoc, taken: set[int]) -> list[tuple[int, int, str]]:
        """Runs of two to four capitalised words that look like a name: a known first name,
        a surname ending, or a title cue beside them; each word's case suffix is stripped."""
        out = []
        tokens = doc.tokens
        i = 0
        while i < len(tokens):
            j = i
            while (j < len(tokens) and j not in taken and (tokens[j].text[:1].isupper() or j > i and self._connector(doc, j))
                   and tokens[j].text[:1].isalpha()
                   and not self.stop_words.intersection(tokens[j].keys)  # any reading: "Şurasının" is a "şura"
                   and not tokens[j].text.isupper() and tokens[j].sent == tokens[i].sent
                   and not (j > i and az_lower(tokens[j].text) in self.title_cues)  # "Ali Nümayəndəsi Jozep Borrel": a title ends a name
                   and (j == i or tokens[j - 1].case == "nom" or (
                    j == i + 1 and (self._after_title(doc, i) and (_one_letter_ending(tokens[i]) or self._surname_like(tokens[j]))
                                    or self._first_name(tokens[i]))))):
                j += 1
            if j - i >= 2 and self._az_name_like(doc, i, min(j, i + 4)):
                end = min(j, i + 4)
                nominative = end < len(tokens) and az_lower(tokens[end].text) in self.nominative_before  # "Coşku ilə"
                last = tokens[end - 1].text if nominative else _stem_for_name(tokens[end - 1].text)
                name = " ".join([t.text for t in tokens[i:end - 1]] + [last])
                out.append((i, end, name))
                i = end
            else:
                i = max(j, i + 1)
        return out

    def _ends_in_first_and_last_name(self, doc: AnalysedDoc, end: int) -> bool:
        """Whether the two words before `end` are a first name a person of the gazetteer or the name lists
        bears and a capitalised surname: a name the recogniser ran a body's or a country's name into."""
        first, last = doc.tokens[end - 2], doc.tokens[end - 1]
        return first.text.isalpha() and last.text.isalpha() and last.text[:1].isupper() and not last.text.isupper() and not (
            is_name_particle(first.text)) and (  # "Qasr [Al Watan]": a particle starts no name
            skeleton(first.text, doc.lang) in self.gaz._person_first or skeleton(first.text, "az") in self.first_names)

    def _az_name_like(self, doc: AnalysedDoc, start: int, end: int) -> bool:
        first = skeleton(doc.tokens[start].text, doc.lang)
        last = az_lower(_stem_for_name(doc.tokens[end - 1].text))
        return (first in self.gaz._person_first or first in self.first_names or last.endswith(self.surname_endings)
                or self._after_title(doc, start))

    def _connector(self, doc: AnalysedDoc, k: int) -> bool:
        """A lower-case particle inside a name ("bin", "əl-Malik", "fon der"), with a capitalised word after it."""
        word = doc.tokens[k].text
        if not is_name_particle(word):
            return False
        return word.partition("-")[2][:1].isupper() or k + 1 < len(doc.tokens) and doc.tokens[k + 1].text[:1].isupper()

    def _surname_like(self, token) -> bool:
        """Whether a word ends as a surname does ("Narbayeva"): after a title, the word before it is a first name
        whatever case ending it seems to carry ("sədri Tənzilə Narbayeva", not a comitative "Tənzi-lə")."""
        return az_lower(_stem_for_name(token.text)).endswith(self.surname_endings)

    def _first_name(self, token) -> bool:
        """Whether a word is a first name of data/names.yaml, whose ending is then no case suffix."""
        return skeleton(token.text, "az") in self.first_names

    def _after_title(self, doc: AnalysedDoc, start: int) -> bool:
        """Whether the word before `start` is a title cue ("Prezidenti", "naziri", "xanım")."""
        if start == 0:
            return False
        before = doc.tokens[start - 1]
        return az_lower(before.lemma) in self.title_cues or any(k in self.title_cues for k in before.keys)

    def _other_ner(self, doc: AnalysedDoc, taken: set[int], result: ArticleMentions) -> None:
        """Organizations and places the recogniser found and the gazetteer does not know."""
        kinds = {"ORG": EntityType.ORGANIZATION, "LOC": EntityType.PLACE}
        titled = {k for t in result.titles for k in range(t.start_tok, t.end_tok)}
        for span in doc.ner:
            if span.label not in kinds or taken.intersection(range(span.start_tok, span.end_tok)):
                continue
            if titled.issuperset(k for k in range(span.start_tok, span.end_tok)
                                                         if doc.tokens[k].pos not in ("DET", "ADP")
                                                         and fold(doc.tokens[k].text, doc.lang) not in self.demonyms):
                continue  # "The Ministers of Foreign Affairs", "Azerbaijani FM", "Ambassador Extraordinary and Plenipotentiary":
                # a title phrase the recogniser took for a body or a place
            text = doc.span_text(span.start_tok, span.end_tok)
            if len(text) < 3 or not text[:1].isupper() or az_lower(text) in self.stop_words:  # "Встреча с послом - ФОТО"
                continue
            known = self._known_place(text) if doc.lang == "ru" and span.label == "LOC" else None
            ref = entity_ref(known) if known else _unknown(kinds[span.label], span.normal or text, doc.lang)
            result.actors.append(self._mention(doc, span.start_tok, span.end_tok, ref, "name"))
            taken.update(range(span.start_tok, span.end_tok))

    def _known_place(self, text: str) -> GazEntry | None:
        """A one-word Russian place name in an oblique case that neither pymorphy3 nor the gazetteer
        knows as written ("в Габале", "в Гяндже"): the gazetteer's place whose nominative it fits."""
        words = text.split()
        if len(words) != 1:
            return None
        stem = _RU_PLACE_NOMINATIVES.sub("", words[0])
        for guess in (stem + "а", stem + "я"):
            units = phrase_units(guess, "ru")[0]
            found = [key for n, key in self.gaz.phrases.match_at([(u,) for u in units], 0) if n == len(units)]
            if found and self.gaz.entries[found[0]].type is EntityType.PLACE:
                return self.gaz.entries[found[0]]
        return None

    def _group_surnames(self, doc: AnalysedDoc, result: ArticleMentions) -> None:
        """One person, one entity within an article: unknown names that differ only by
        inflection ("Кая/Каи/Каю Каллас") join one entity, and a lone surname joins the one
        full name of the article that has it ("Каллас" -> "Кая Каллас")."""
        persons = [m for m in result.actors if m.ref.type is EntityType.PERSON]
        clusters: list[list[ActorMention]] = []
        for mention in persons:
            parts = mention.ref.name.split()
            if len(parts) < 2:
                continue
            key = skeleton(parts[-1], doc.lang)
            for cluster in clusters:
                other = cluster[0].ref.name.split()
                if (cluster[0].ref.key == mention.ref.key or not (cluster[0].ref.key and mention.ref.key)) and (
                        skeleton(other[-1], doc.lang) == key and _first_names_agree(skeleton(other[0], doc.lang), skeleton(parts[0], doc.lang))
                        or any(_tail_of(_name_words(mention.text, doc.lang), _name_words(m.text, doc.lang), doc.lang) for m in cluster)):
                    cluster.append(mention)
                    break
            else:
                clusters.append([mention])
        for cluster in clusters:
            ref = next((m.ref for m in cluster if m.ref.key), None) or next(
                (m.ref for m in cluster if doc.tokens[m.head_tok].case in ("Nom", "nom", "")), cluster[0].ref)
            for mention in cluster:
                mention.ref = ref
        # a lone surname the gazetteer linked to someone else ("O'Brien" -> Robert O'Brien) is still
        # the article's one person of that surname named in full ("James O'Brien")
        named_in_full = [c for c in clusters if any(len(m.text.split()) > 1 for m in c)]
        for mention in persons:
            parts = mention.ref.name.split()
            lone = len(mention.text.split()) == 1 and mention.how in ("gazetteer", "name")
            if len(parts) != 1 and not lone:
                continue
            surnames = {skeleton(parts[-1], doc.lang), skeleton(mention.text.split()[-1], doc.lang)}
            # the written forms count too: "З.Гасанов" (Gasanov) is "Закир Гасанов" (Zakir Hasanov)
            same = {c[0].ref for c in (named_in_full if lone else clusters) if surnames & {
                skeleton(c[0].ref.name.split()[-1], doc.lang), *(skeleton(m.text.split()[-1], doc.lang) for m in c)}}
            if not same and lone:  # "President Xi" after "Xi Jinping", "Си" after "Си Цзиньпин": a family name told first
                written = skeleton(mention.text, doc.lang)
                same = {c[0].ref for c in named_in_full if c[0].ref.key and written in {
                    skeleton(m.text.split()[0], doc.lang) for m in c if len(m.text.split()) > 1}}
            if len(same) == 1:
                mention.ref = next(iter(same))
                mention.how = "surname"

    def _lone_surnames(self, doc: AnalysedDoc, result: ArticleMentions) -> None:
        """A capitalised word that is the surname of a person named in full in the same article
        is that person ("Bayramov and Mirzoyan met"), even where the recogniser missed it or
        called it a place; inflected forms count (`Лоренцсона`, `Lorentssonun`)."""
        surnames: dict[str, EntityRef] = {}
        for mention in result.actors:
            parts = mention.ref.name.split()
            if mention.ref.type is EntityType.PERSON and len(parts) > 1 and mention.how != "title":
                for word in [parts[-1], *mention.text.split()[-1:]]:
                    surnames.setdefault(skeleton(_stem_for_name(word) if doc.lang in ("az", "tr") else word, doc.lang),
                                        mention.ref)
        if not surnames:
            return
        by_token = {k: m for m in result.actors for k in range(m.start_tok, m.end_tok)}
        for tok in doc.tokens:
            if not tok.text[:1].isupper() or not tok.text[:1].isalpha():
                continue
            current = by_token.get(tok.i)
            if current is not None and (current.ref.key or current.ref.type is EntityType.PERSON):
                continue
            forms = [tok.text, tok.lemma] + [stem for stem, _ in tok.readings]
            ref = next((surnames[skeleton(f, doc.lang)] for f in forms if skeleton(f, doc.lang) in surnames), None)
            if ref is None:
                continue
            if current is not None and current in result.actors:  # a multi-word mention is seen once per token
                result.actors.remove(current)
            mention = self._mention(doc, tok.i, tok.i + 1, ref, "surname")
            result.actors.append(mention)
            by_token[tok.i] = mention
        result.actors.sort(key=lambda m: m.start)

    def _role_anaphors(self, doc: AnalysedDoc, result: ArticleMentions, published: dt.date | None,
                       adjectives: list[tuple[int, int, object]]) -> None:
        """"The Minister", "nazir", "министр" alone: the last person named before it who holds such
        an office on the article's date (data/anaphors.yaml), of the country an adjective before it
        names ("the Russian minister")."""
        words = self._anaphors.get(doc.lang)
        if not words:
            return
        covered = {k for m in [*result.actors, *result.titles] for k in range(m.start_tok, m.end_tok)}
        anaphors = [(tok, roles) for tok in doc.tokens if tok.i not in covered
                    and (roles := next((words[k] for k in tok.keys if k in words), None)) is not None]
        if not anaphors:
            return
        persons = [m for m in result.actors if m.ref.type is EntityType.PERSON and m.ref.key]
        paired = {(p.ref.key, t.title.role) for p, t in result.positions if t.title}
        adjective_before = {end: key for _, end, key in adjectives}
        for tok, roles in anaphors:
            following = next((m for m in result.actors if m.start_tok == tok.i + 1), None)
            if following is not None and following.ref.type is EntityType.PERSON:
                continue  # "Minister Bayramov": a title beside a name
            # "российский министр": the minister of the country its adjective names
            country = adjective_before.get(tok.i)
            referent = next((m.ref for m in persons if m.end <= tok.start and any(
                ((m.ref.key, role) in paired and country is None) or self.gaz.holds(m.ref.key, role, country, published)
                for role in roles)), None)
            if referent is not None:
                result.actors.append(self._mention(doc, tok.i, tok.i + 1, referent, "anaphor"))
        result.actors.sort(key=lambda m: m.start)

    def _counterparts(self, doc: AnalysedDoc, result: ArticleMentions, published: dt.date | None,
                      adjectives: list[tuple[int, int, object]]) -> None:
        """"his Turkish counterpart", "с турецким коллегой", "türkiyəli həmkarı" with no name beside it:
        the holder, in the country its adjective names, of the office held by the person it is told of
        (the first person named before it in its sentence, else in the article) on the article's date; on
        an undated page, a person the article names who ever held that office there."""
        words = self.counterpart_words.get(doc.lang)
        if not words:
            return
        covered = {k for m in result.actors for k in range(m.start_tok, m.end_tok)}
        adjective_before = {end: (start, key) for start, end, key in adjectives}
        persons = [m for m in result.actors if m.ref.type is EntityType.PERSON and m.ref.key]
        for tok in doc.tokens:
            if tok.i in covered or tok.i not in adjective_before or not set(tok.keys) & words or tok.number == "Plur":
                continue
            named = next((m for m in result.actors if m.start_tok in (tok.i + 1, tok.i + 2)), None)
            if named is not None and named.ref.type is EntityType.PERSON:
                continue  # "his Turkish counterpart Hakan Fidan": the name says who
            start, country = adjective_before[tok.i]
            before = [m for m in persons if m.end_tok <= start]
            told_of = next((m for m in before if doc.tokens[m.start_tok].sent == tok.sent), before[0] if before else None)
            holder = self._counterpart_of(told_of, country, published, persons) if told_of is not None else None
            if holder is not None:
                result.actors.append(self._mention(doc, start, tok.i + 1, holder, "anaphor"))
        result.actors.sort(key=lambda m: m.start)

    def _counterpart_of(self, person: ActorMention, country: str, published: dt.date | None,
                        named: list[ActorMention]) -> EntityRef | None:
        """Who holds, in `country`, the office a person holds (on an undated page, ever held) of another country."""
        entry = self.gaz.entries[person.ref.key]
        roles = [p.role for p in entry.positions if p.of != country and (published is None or p.active(published))
                 and (p.of is None or self.gaz.entries.get(p.of) is None or self.gaz.entries[p.of].type is EntityType.COUNTRY)]
        for role in dict.fromkeys(roles):
            if published is None:
                ever = [m.ref for m in named if m.ref.key != person.ref.key and self.gaz.held(m.ref.key, role, country)]
                if ever:
                    return ever[0]
                continue
            holders = self.gaz.holders(role, country, published)
            if len(holders) == 1:
                return entity_ref(holders[0])
        return None

    # -- titles ------------------------------------------------------------------------------

    def _attach_titles(self, doc: AnalysedDoc, result: ArticleMentions, published: dt.date | None,
                       adjectives: list[tuple[int, int, object]]) -> None:
        near = _HolderIndex(result.actors, doc, self.gaz, adjectives) if result.titles else None
        # "лидеры России и Армении" are each country's leader; "the leaders", "главы ведомств" stay a plain
        # noun (the sides, or the heads of bodies)
        result.titles = [t for t in result.titles if not (t.title and t.title.role in self.gaz.covers and title_is_plural(doc, t))
                         or len(self._countries_after(doc, t.end_tok, genitives=False) or _countries_before(doc, t.start_tok, near)) > 1]
        past = self.past_title_words.get(doc.lang, frozenset())
        for title in result.titles:
            if self._owns_next_title(doc, title, result):
                continue  # "ABŞ Prezidentinin xüsusi nümayəndəsi": the envoy is meant, not the president
            if title.start_tok > 0 and set(doc.tokens[title.start_tok - 1].keys) & past:
                continue  # "former foreign ministers of Germany and Austria": nobody holds that office now
            covering = title.title is not None and title.title.role in self.gaz.covers
            after = self._countries_after(doc, title.end_tok)
            if covering and after and not self._countries_after(doc, title.end_tok, genitives=False):
                continue  # "глава МИД Литвы": a body's head, not the country's leader
            countries = after or _countries_before(doc, title.start_tok, near)
            if len(countries) > 1 and _read_plural(doc, title) and title.title and title.title.org is None and (
                    title.title.role not in self.gaz.many_holders) and not (  # "Fələstin və İordaniyanın səfirləri": no one holder each
                    self._names_follow(doc, title, result)):  # "xarici işlər nazirləri – Sergey Lavrov və Elmar Məmmədyarov"
                held = [(h, key) for key in countries for h in self._holders_on(title.title.role, key, published, result)[:1]]
                holders = [h for h, _ in held]
                if holders:  # "министров иностранных дел России, Азербайджана и Армении"
                    title.ref, title.also, title.inferred = entity_ref(holders[0]), [entity_ref(h) for h in holders[1:]], covering
                    title.offices = [(entity_ref(h).id, title.title.role, key) for h, key in held]
                    result.actors.append(title)
                    continue
            title.title_org = title.title.org or self._title_org(doc, title, near) or (countries[0] if countries else None)
            if title.case == "acc" and _owned_compound(doc, title, near):
                title.case = "nom"  # "Qazaxıstan Prezidenti Moskvaya gəlib": the -i of an owned title, no object
            if title_is_plural(doc, title) and not countries and not (title.title and title.title.org):
                # "the ministers", "главы государств", "prezidentlər": the persons of the article who
                # hold that office (a country merely near the title does not make them one person)
                holders = self._earlier_holders(title, result, published)
                if len(holders) >= 2:
                    title.ref, title.also = holders[0], holders[1:]
                    result.actors.append(title)
                    continue
                if title.title_org is None:
                    continue
            org_entry = self.gaz.entries.get(title.title_org or "")
            if covering and (org_entry is None or org_entry.type is not EntityType.COUNTRY):
                continue  # "the opposition leader": a covering title names a person only beside a country
            person = self._adjacent_person(doc, title, result)
            if person is not None:
                if not covering:  # "Kazakh leader Tokayev": the name says who; "leader" is no office of his
                    result.positions.append((person, title))
                continue
            if title_is_plural(doc, title):
                continue  # "the Turkish prime ministers and presidents pay their first visits here": holders in turn, nobody now
            ref = self._resolve_title(title, result, published)
            if ref is not None:
                title.ref = ref
                result.actors.append(title)

    def _holders_on(self, role: str, country: str, published: dt.date | None, result: ArticleMentions) -> list[GazEntry]:
        """Who holds an office of a country on the article's date; on an undated page, a person the
        article names who ever held it there (today's holder may not be the one meant)."""
        if published is not None:
            return self.gaz.holders(role, country, published)
        return list({m.ref.key: self.gaz.entries[m.ref.key] for m in self._named_holders(role, country, result)}.values())

    def _named_holders(self, role: str, org: str | None, result: ArticleMentions) -> list[ActorMention]:
        """The persons the article names who ever held an office (in `org`, when given), at whatever date."""
        return [m for m in result.actors if m.ref.type is EntityType.PERSON and m.ref.key and self.gaz.held(m.ref.key, role, org)]

    @staticmethod
    def _names_follow(doc: AnalysedDoc, title: ActorMention, result: ArticleMentions) -> bool:
        """Whether persons' names come right after a title and the countries it lists, perhaps after a dash
        ("министры иностранных дел Азербайджана, Грузии и Турции – A, B и C"): the title is theirs."""
        countries = {k for m in result.actors if m.ref.type is EntityType.COUNTRY for k in range(m.start_tok, m.end_tok)}
        k = title.end_tok
        while k < len(doc.tokens) and (k in countries or doc.tokens[k].text.lower() in LIST_SEPARATORS):
            k += 1
        k += k < len(doc.tokens) and doc.tokens[k].text in DASHES
        return any(m.start_tok == k and m.ref.type is EntityType.PERSON for m in result.actors)

    def _owns_next_title(self, doc: AnalysedDoc, title: ActorMention, result: ArticleMentions) -> bool:
        """An Azerbaijani genitive title that owns a role after it ("ABŞ Prezidentinin ... baş
        müşaviri", "Prezidentin köməkçisi"): it names the adviser's office, not a person."""
        if title.case != "gen":
            return False
        after = range(title.end_tok, min(title.end_tok + 6, len(doc.tokens)))
        owned = _country_ends(result)  # "[Türkiyə] Prezidenti": a title with its own owner
        return any(other is not title and other.start_tok in after and other.start_tok not in owned for other in result.titles) or any(
            self._owned_role_at(doc, k) and k not in owned for k in after)

    def _owned_role_at(self, doc: AnalysedDoc, k: int) -> bool:
        """Whether an Azerbaijani role word owned by a genitive starts at token k: a cue with the
        possessive suffix ("köməkçisi"), or a bare cue opening one ("baş müşaviri"); a bare cue alone
        is none ("səfəri baş tutub": the visit took place)."""
        word = az_lower(doc.tokens[k].text)
        if word not in self.title_cues:
            return False
        return word.endswith(AZ_POSSESSIVE_ENDINGS) or k + 1 < len(doc.tokens) and self._owned_role_at(doc, k + 1)

    def _title_org(self, doc: AnalysedDoc, title: ActorMention, near: _HolderIndex) -> str | None:
        """The country/organization a title names beside it: `министр иностранных дел Азербайджана`,
        `Foreign Minister of Azerbaijan`, `the Azerbaijani Foreign Minister`, `Azərbaycan Prezidenti`."""
        window_after = range(title.end_tok, min(title.end_tok + 5, len(doc.tokens)))
        sentence = doc.tokens[title.start_tok].sent  # "...литовских отношений. Глава нашего государства": not Lithuania's
        window_before = range(next((k for k in range(max(title.start_tok - 3, 0), title.start_tok)
                                    if doc.tokens[k].sent == sentence), title.start_tok), title.start_tok)
        for mention in near.mentions(window_after, range(window_before.start, title.start_tok + 1)):
            # only genitives (or "of the") between: "премьер прибыл в Белоруссию" is no premier of Belarus
            if doc.lang != "az" and mention.start_tok in window_after and all(
                    (doc.tokens[k].case == "Gen" or doc.lang == "en" and not doc.tokens[k].case) and doc.tokens[k].text[:1].isalpha()
                    or doc.tokens[k].lemma in ("of", "the") for k in range(title.end_tok, mention.start_tok)):
                if doc.lang == "en" and doc.tokens[title.end_tok].lemma != "of":
                    continue
                return mention.ref.key
            if mention.end_tok == title.start_tok or (mention.end_tok in window_before and doc.lang == "en"
                                                      and mention.end_tok <= title.start_tok):
                if doc.lang == "az" and fold(doc.tokens[mention.end_tok - 1].text, doc.lang).endswith(AZ_MODIFIER_LOCATIVES):
                    continue  # "Azərbaycandakı səfir": the envoy posted in Azerbaijan, not Azerbaijan's
                if doc.lang in ("az", "en"):
                    return mention.ref.key
        for start, end, key in near.adjectives_ending(range(window_before.start, title.start_tok + 1)):
            if end == title.start_tok or (end in window_before and end <= title.start_tok):
                return key
        return None

    def _countries_after(self, doc: AnalysedDoc, start: int, genitives: bool = True) -> list[str]:
        """Countries named right after a title, coordinated or not ("... России, Азербайджана и
        Армении", "of Azerbaijan and Armenia"), even where an organization name overlaps them. An
        Azerbaijani title follows its owner ("Azərbaycan və Ermənistan liderləri ABŞ Prezidentinin
        iştirakı ilə": the United States owns the next title), so none is after it. `genitives`:
        whether a genitive word may stand between ("министр иностранных дел Азербайджана"), as it
        may not after a leader's title ("глава МИД Литвы" heads a body)."""
        if doc.lang == "az":
            return []
        keys, owner = match_units(doc)
        found: list[str] = []
        unit = bisect_left(owner, start)  # owner is ascending: the first unit at or after `start`
        while unit < len(keys) and owner[unit] - start < 12:
            tok = doc.tokens[owner[unit]]
            matches = [(n, k) for n, k in self.gaz.phrases.match_at(keys, unit) if self.gaz.entries[k].type is EntityType.COUNTRY]
            if matches:
                n, key = matches[0]
                found.append(key)
                unit += n
                continue
            if not (tok.text in (",", "и", "and", "of", "the") or genitives and tok.case == "Gen" and found == []):
                break
            unit += 1
        return found

    def _adjacent_person(self, doc: AnalysedDoc, title: ActorMention, result: ArticleMentions) -> ActorMention | None:
        """The person a title stands beside: right after it (`президент Ильхам Алиев`, also past the
        rest of a long title: `специальный представитель ЕС по Южному Кавказу и кризису в Грузии
        Тойво Клаар`), or right before it after a comma (`Jeyhun Bayramov, Foreign Minister of Azerbaijan`)."""
        starts = {t.start_tok for t in result.titles if t is not title}
        owners = _country_ends(result)
        for mention in result.actors:
            if mention.ref.type is not EntityType.PERSON:
                continue
            gap = _unbracketed(doc, range(title.end_tok, mention.start_tok))
            if any(k in starts and k in owners for k in gap):
                continue  # "Dövlətimizin başçısı [Türkiyə Prezidenti] Ərdoğan ilə": the name is the nearer title's
            if gap and doc.tokens[gap[-1]].text == ",":
                gap = gap[:-1]  # "the Foreign Minister of Georgia, Giorgi Kvirikashvili,": a name in apposition
            if mention.start_tok >= title.end_tok and len(gap) <= TITLE_GAP and all(_continues_title(doc.tokens[k]) for k in gap) and (
                    not gap or not _links_words(doc.tokens[gap[-1]])):  # "the chancellor at the Akorda": no name of his
                if doc.tokens[mention.start_tok].sent == doc.tokens[title.start_tok].sent:
                    return mention
            if 0 <= title.start_tok - mention.end_tok <= 1 and all(doc.tokens[k].text == "," for k in range(mention.end_tok, title.start_tok)):
                if doc.tokens[mention.start_tok].sent == doc.tokens[title.start_tok].sent:
                    return mention
        return None

    def _earlier_holders(self, title: ActorMention, result: ArticleMentions, published: dt.date | None) -> list[EntityRef]:
        spec = title.title
        assert spec is not None
        found: list[EntityRef] = []
        for mention in result.actors:
            if (mention.start < title.start and mention.ref.type is EntityType.PERSON and mention.ref not in found
                    and mention.ref.key and self.gaz.holds(mention.ref.key, spec.role, None, published)):
                found.append(mention.ref)
        return found

    def _resolve_title(self, title: ActorMention, result: ArticleMentions, published: dt.date | None) -> EntityRef | None:
        """The person a bare title refers to: the first person named before it who holds that office
        (the story's protagonist: "Lavrov arrived in Beijing to meet Wang Yi. 'The minister arrived'" is
        Lavrov), else (when the title names its country/organization) the holder on the date."""
        spec = title.title
        assert spec is not None
        earlier = [m for m in result.actors if m.ref.type is EntityType.PERSON and m.start < title.start]
        paired = {p.ref for p, t in result.positions if t.title and t.title.role == spec.role
                  and (title.title_org is None or t.title_org == title.title_org)}
        for mention in earlier:
            if mention.ref in paired or (mention.ref.key and self.gaz.holds(mention.ref.key, spec.role, title.title_org, published)):
                return mention.ref
        named = self._holder_named(spec.role, title.title_org, published, result, title.start)
        if named is not None:
            return named
        if title.title_org is not None and not (spec.org is None and spec.role in self.gaz.many_holders):
            holders = self.gaz.holders(spec.role, title.title_org, published)
            if len(holders) == 1:
                return entity_ref(holders[0])
        return None

    def _holder_named(self, role: str, org: str | None, published: dt.date | None, result: ArticleMentions,
                      at: int) -> EntityRef | None:
        """On an undated page, which may be old, the person it names nearest `at` who ever held the
        office: "Глава МИД Армении вылетел в Москву ... Эдвард Налбандян" is not today's minister."""
        if published is not None:
            return None
        named = self._named_holders(role, org, result)
        return min(named, key=lambda m: abs(m.start - at)).ref if named else None

    def _mention(self, doc: AnalysedDoc, start: int, end: int, ref: EntityRef, how: str,
                 title: TitleSpec | None = None) -> ActorMention:
        return ActorMention(start, end, doc.tokens[start].start, doc.tokens[end - 1].end,
                            doc.span_text(start, end), ref, how, title, head_tok=_head(doc, start, end),
                            case=self._case(doc, end - 1, ref))

    def _case(self, doc: AnalysedDoc, last: int, ref: EntityRef) -> str:
        """The case of a phrase's last word. An Azerbaijani word can split several ways
        (`Brüsselə`: Brüssel + dative, or Brüsse + comitative); the reading whose stem is the
        linked entity's own name wins."""
        token = doc.tokens[last]
        if not token.readings:
            return token.case
        if ref.key:
            endings = {fold(alias.split()[-1], doc.lang) for alias in self.gaz.entries[ref.key].all_aliases() if alias.split()}
            for stem, case in token.readings:
                if stem in endings:
                    return case
        return token.readings[0][1]


_RU_PLACE_NOMINATIVES = re.compile(r"(?:ой|ей|е|и|у|ю|ы)$")  # Габале, Габалы, Габалу -> Габал-а (or -я)
_RU_OBLIQUE = re.compile(r"(?:ом|ем|ым|им|ой|ей|ою|ею|у|ю|а|я|е)$")
_RU_SOFT_OBLIQUE = re.compile(r"(?<=[аеиоуэя])(?:я|ю|ем|е)$")  # Бегая, Бегаю, Бегаем: the stem ends in й


def _ru_nominative_guesses(name: str) -> list[str]:
    """`Хаканом Фиданом` -> `Хакан Фидан`, `Байрама Бегая` -> `Байрам Бегай`: for names pymorphy3
    does not know, a last try at the gazetteer with the common oblique-case endings cut off
    (or, after a vowel, put back to the -й of the nominative)."""
    def cut(word: str, soft: bool) -> str:
        if len(word) <= 4:
            return word
        if soft and _RU_SOFT_OBLIQUE.search(word):
            return _RU_SOFT_OBLIQUE.sub("й", word)
        return _RU_OBLIQUE.sub("", word)

    return list(dict.fromkeys(" ".join(cut(w, soft) for w in name.split()) for soft in (False, True)))


_AZ_BARE_POSSESSIVE = ("", "ı", "i", "u", "ü")  # "Prezident-i", "Naziri": the possessive ending reads like the accusative


def _owned_compound(doc: AnalysedDoc, title: ActorMention, near: _HolderIndex) -> bool:
    """An Azerbaijani title whose owner stands right before it ("Qazaxıstan Prezidenti", "Türkiyə
    Xarici İşlər Naziri"): its last word's -i is the possessive of the compound, so the phrase is
    nominative; an accusative object would read "Qazaxıstan Prezidentini"."""
    word, stem = fold(doc.tokens[title.end_tok - 1].text, doc.lang), fold(title.title.phrase.split()[-1], doc.lang)
    if doc.lang != "az" or not word.startswith(stem) or word[len(stem):] not in _AZ_BARE_POSSESSIVE:
        return False  # "Prezident-i-ni": the accusative after the possessive
    if title.end_tok - title.start_tok > 1:
        return True
    before = range(title.start_tok, title.start_tok + 1)
    return any(m.end_tok == title.start_tok for m in near.mentions(range(0), before)) or bool(near.adjectives_ending(before))


def _country_ends(result: ArticleMentions) -> set[int]:
    """The tokens right after a country's name: where a title the country owns starts ("Türkiyə [Prezidenti]")."""
    return {m.end_tok for m in result.actors if m.ref.type is EntityType.COUNTRY}


def _one_letter_ending(token) -> bool:
    """Whether a word's case ending is one letter that may be its own last letter ("Çaba", "Maka":
    a first name, not a dative, after a title)."""
    splits = az_splits(token.text)
    return bool(splits) and len(splits[0][1]) == 1


BRACKET_WORDS = 3  # words of an abbreviation in brackets inside a title ("(DG NEAR)", "(ОДКБ)")
TITLE_GAP = 8  # words of a long title the gazetteer phrase did not cover, between it and the name
TITLE_LINKS = frozenset({"of", "the", "and", "for"})  # English words that join the parts of a title
TITLE_POSTS = frozenset({"country"})  # "Ambassador of Turkey to the country Erkan Ozoral": the post, in a title


def _continues_title(token) -> bool:
    """A word that can still belong to a title before its holder's name: capitalised, a genitive or
    other oblique noun or adjective ("кризису"), a preposition or "and" ("по ... и ... в Грузии")."""
    return (token.text[:1].isupper() or token.lemma in TITLE_LINKS | TITLE_POSTS or token.pos in ("PROPN", "ADP", "CCONJ")
            or (token.pos in ("NOUN", "ADJ") and token.case not in ("", "Nom")))


def _glosses(doc: AnalysedDoc, mention: ActorMention, ends: set[tuple[int, str]]) -> bool:
    """Whether a mention is the bracketed abbreviation of the one right before it ("Kollektiv
    Təhlükəsizlik Müqaviləsi Təşkilatının (KTMT)"): the same actor named once, not a second party."""
    k = mention.start_tok
    return (k > 0 and doc.tokens[k - 1].text == "(" and mention.end_tok < len(doc.tokens)
            and doc.tokens[mention.end_tok].text == ")" and (k - 1, mention.ref.id) in ends)


def closing_bracket(doc: AnalysedDoc, k: int, words: int, stop: int) -> int | None:
    """The token closing a short bracket that opens at token k ("(ОДКБ)", "(Russian Federation)"):
    within `words` words and before `stop`; None when no bracket opens there or it runs longer."""
    if k >= len(doc.tokens) or doc.tokens[k].text != "(":
        return None
    return next((j for j in range(k + 1, min(k + words + 2, stop)) if doc.tokens[j].text == ")"), None)


def _unbracketed(doc: AnalysedDoc, span: range) -> list[int]:
    """The tokens of a span outside the short bracketed abbreviations it holds: "Организации Договора
    о коллективной безопасности (ОДКБ) Станислав Зась" keeps the title running up to the name."""
    out, k = [], span.start
    while k < span.stop:
        close = closing_bracket(doc, k, BRACKET_WORDS, span.stop)
        if close is not None:
            k = close + 1
            continue
        out.append(k)
        k += 1
    return out


def _links_words(token) -> bool:
    """A preposition, article or conjunction: a title's words may run through one, never end on one."""
    return token.pos in ("ADP", "CCONJ", "DET") or token.lemma in TITLE_LINKS


def _title_head(doc: AnalysedDoc, title: ActorMention) -> int:
    """The word of a title its number is read from: the parse's head, else the last word."""
    return title.head_tok if doc.has_parse and title.start_tok <= title.head_tok < title.end_tok else title.end_tok - 1


def _beside_words(table: dict) -> dict[str, dict[str, tuple[str, ...]]]:
    """A names.yaml table of words beside a name (`after` stems, `before` phrases), folded per language."""
    return {lang: {side: tuple(fold(w, lang) for w in words[side]) for side in ("after", "before")}
            for lang, words in table.items()}


def _beside(doc: AnalysedDoc, start: int, end: int, words: dict[str, tuple[str, ...]], same_sentence: bool) -> bool:
    """Whether an `after` stem starts the word right after a span, or a `before` phrase ends right before it."""
    nxt = doc.tokens[end] if end < len(doc.tokens) else None
    after = nxt.keys if nxt is not None and not (same_sentence and nxt.sent != doc.tokens[start].sent) else ()
    before = folded_words(doc, start - 2, start)
    return any(key.startswith(w) for key in after for w in words["after"]) or any(
        f"{before} ".endswith(f" {phrase} ") for phrase in words["before"])


def title_is_plural(doc: AnalysedDoc, title: ActorMention) -> bool:
    """A plural title ("the foreign ministers", "министры", "xarici işlər nazirləri"), judged on its
    head word so that the genitive plural inside "министр иностранных дел" does not make one
    minister many: the parse's head, or without a parse the last word (Azerbaijani marks the plural
    at the end of the phrase)."""
    return doc.tokens[_title_head(doc, title)].number == "Plur"


def _read_plural(doc: AnalysedDoc, title: ActorMention) -> bool:
    """A plural title, also where natasha reads a capitalised one ("Президенты России и Казахстана"
    opening a sentence) as a singular proper noun: pymorphy3's reading of the word decides."""
    if title_is_plural(doc, title):
        return True
    head = _title_head(doc, title)
    if doc.lang != "ru" or not doc.tokens[head].text[:1].isupper():
        return False
    from extractors.morph_ru import plural

    return plural(doc.tokens[head].text)


def _name_words(text: str, lang: str) -> list[str]:
    """The words of a name as written, an Azerbaijani or Turkish case ending cut off the last."""
    words = text.split()
    return [*words[:-1], _stem_for_name(words[-1])] if words and lang in ("az", "tr") else words


def _tail_of(parts: list[str], other: list[str], lang: str) -> bool:
    """Whether a name is the last words of a longer one ("Əmir Abdullahiyan" of "Hüseyn Əmir Abdullahiyan"):
    a second mention without the first name, whose surname has two words."""
    n = len(parts)
    return 1 < n < len(other) and [skeleton(w, lang) for w in other[-n:]] == [skeleton(w, lang) for w in parts]


def _first_names_agree(a: str, b: str) -> bool:
    """First names of one person in different cases/spellings: `kaa`/`kai`/`kau` (Кая/Каи/Каю)."""
    from rapidfuzz import fuzz

    return a[:1] == b[:1] and (len(a) <= 3 or len(b) <= 3 or fuzz.ratio(a, b) >= 60)


def _countries_before(doc: AnalysedDoc, end: int, near: _HolderIndex) -> list[str]:
    """Coordinated countries right before a plural title: "Azərbaycan və İran prezidentləri",
    "the Azerbaijani and Armenian foreign ministers" (adjectives count as their country)."""
    found: list[str] = []
    cursor = end
    for start, stop, key in near.countries_last_first:
        if stop > cursor:
            continue
        if not all(doc.tokens[k].text in (",", "и", "and", "və", "the") for k in range(stop, cursor)):
            break
        if stop == end and doc.lang == "az" and fold(doc.tokens[stop - 1].text, doc.lang).endswith(AZ_MODIFIER_LOCATIVES):
            cursor = start  # "Fələstin və İordaniyanın Azərbaycandakı səfirləri": where they are posted, not whose
            continue
        found.insert(0, key)
        cursor = start
    return found if len(found) > 1 else []


def _head(doc: AnalysedDoc, start: int, end: int) -> int:
    """The span's token whose head lies outside the span (its syntactic head)."""
    for k in range(start, end):
        head = doc.tokens[k].head
        if head is None or not start <= head < end:
            return k
    return end - 1


def entity_ref(entry: GazEntry) -> EntityRef:
    return EntityRef(entry.id, entry.type, entry.name, entry.key)


def _unknown(entity_type: EntityType, name: str, lang: str, surname: str | None = None) -> EntityRef:
    """An entity the gazetteer does not know: id from the skeleton key, so spellings of one
    name in different scripts and cases give one id across articles; a person's surname spelled
    as the gazetteer spells it for others who bear it (`surname`)."""
    if entity_type is EntityType.PERSON:
        name = english_name(name, lang)
        if surname:
            name = " ".join([*name.split()[:-1], surname])
        slug = skeleton(name, "en").replace(" ", "-") or "unnamed"
        return EntityRef(f"person:{slug}", entity_type, name)
    slug = skeleton(name, lang).replace(" ", "-") or "unnamed"
    display = romanised(name, lang) if has_cyrillic(name) else name
    return EntityRef(f"{_UNKNOWN_PREFIX[entity_type]}:{slug}", entity_type, display)


def _stem_for_name(word: str) -> str:
    from extractors.textutil import az_splits

    return az_splits(word)[0][0]


def _clean_en_name(doc: AnalysedDoc, start: int, end: int) -> str:
    """spaCy keeps possessive 's and surrounding punctuation in some PERSON spans."""
    words = [t.text for t in doc.tokens[start:end] if t.text not in ("'s", "’s") and t.text[:1].isalnum()]
    return " ".join(words)


class _HolderIndex:
    """The country and organization mentions, the country phrases and the country adjectives of
    one document, found by token position: a title looks only at its neighbourhood, never at
    the whole document (and the document is matched once, not once per title)."""

    def __init__(self, actors: list[ActorMention], doc: AnalysedDoc, gaz: Gazetteer,
                 adjectives: list[tuple[int, int, object]]) -> None:
        held = [m for m in actors if m.ref.type in (EntityType.COUNTRY, EntityType.ORGANIZATION) and m.ref.key]
        self._by_start = sorted(range(len(held)), key=lambda i: held[i].start_tok)
        self._starts = [held[i].start_tok for i in self._by_start]
        self._by_end = sorted(range(len(held)), key=lambda i: held[i].end_tok)
        self._ends = [held[i].end_tok for i in self._by_end]
        self._held = held
        self._adjectives = adjectives
        self._adjective_ends = [end for _, end, _ in self._adjectives]
        countries = [(s, e, k) for s, e, k in phrase_matches(doc, gaz.phrases, *match_units(doc))
                     if gaz.entries[k].type is EntityType.COUNTRY]
        # gazetteer country phrases and country adjectives, the last starting first (see `_countries_before`)
        self.countries_last_first = sorted(countries + self._adjectives, key=lambda s: -s[0])

    def mentions(self, starting: range, ending: range) -> list[ActorMention]:
        """Mentions starting in `starting` or ending in `ending`, in document order."""
        picked = set(self._by_start[bisect_left(self._starts, starting.start):bisect_left(self._starts, starting.stop)])
        picked.update(self._by_end[bisect_left(self._ends, ending.start):bisect_left(self._ends, ending.stop)])
        return [self._held[i] for i in sorted(picked)]

    def adjectives_ending(self, ending: range) -> list[tuple[int, int, object]]:
        """Adjective matches (start, end, country key) ending in `ending`, in document order."""
        return self._adjectives[bisect_left(self._adjective_ends, ending.start):bisect_left(self._adjective_ends, ending.stop)]
