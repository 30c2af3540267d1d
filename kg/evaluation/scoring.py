"""Scoring extraction records against gold annotations, with the cause of every miss.

Reads gold files (one JSON per article, the format of `shared/gold/`, documented in
`docs/evaluation.md`) and extraction records (`Extraction.to_record()`, one per article, as
`kg extract --format jsonl` prints them). Writes nothing: returns a `Report`.

The metrics are those of the reference scorer: only scored types and happened events count; a
predicted event matches a gold event of the same type whose participants overlap with Jaccard >= 0.5
(one-to-one, best pairs first); date and place accuracy over matched pairs whose gold value is
known; person precision/recall over the Person entities of each article.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from kg.evaluation.names import same_name

SCORED_TYPES = ("visit", "meeting", "call", "press_conference", "agreement_signing")
MATCH_JACCARD = 0.5
# Causes, in the order they are reported.
MISS_CAUSES = ("name", "type", "segmentation", "not-found")
SPURIOUS_CAUSES = ("spurious-from-headline", "spurious-planned", "spurious-duplicate", "spurious-segmentation",
                   "spurious-other")
PAIR_CAUSES = ("date", "place")


class GoldError(ValueError):
    """A gold directory or file that cannot be read; the message names the file and the fix."""


@dataclass
class Finding:
    """One miss, spurious event or wrong attribute, with its cause and a readable description."""

    cause: str
    kind: str  # "missed", "spurious" or "wrong"
    what: str


@dataclass
class Counts:
    """The tallies metrics are computed from, for one article or summed over many."""

    gold: int = 0
    pred: int = 0
    matched: int = 0
    date_n: int = 0
    date_ok: int = 0
    place_n: int = 0
    place_ok: int = 0
    persons_gold: int = 0
    persons_pred: int = 0
    persons_found: int = 0  # gold persons that some predicted person matches
    persons_right: int = 0  # predicted persons that some gold person matches


@dataclass
class ArticleScore(Counts):
    gold_id: str = ""
    lang: str = "?"
    found: bool = False
    findings: list[Finding] = field(default_factory=list)


@dataclass
class Totals(Counts):
    causes: Counter = field(default_factory=Counter)

    def add(self, art: ArticleScore) -> None:
        for name in (f.name for f in fields(Counts)):
            setattr(self, name, getattr(self, name) + getattr(art, name))
        self.causes.update(f.cause for f in art.findings)

    @property
    def precision(self) -> float:
        return self.matched / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self) -> float | None:
        return self.date_ok / self.date_n if self.date_n else None

    @property
    def place_accuracy(self) -> float | None:
        return self.place_ok / self.place_n if self.place_n else None

    @property
    def person_f1(self) -> float:
        p = self.persons_right / self.persons_pred if self.persons_pred else 0.0
        r = self.persons_found / self.persons_gold if self.persons_gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    articles: list[ArticleScore]

    def totals(self) -> dict[str, Totals]:
        """Totals over all articles ("all") and per language."""
        out: dict[str, Totals] = defaultdict(Totals)
        for art in self.articles:
            out["all"].add(art)
            out[art.lang].add(art)
        return dict(sorted(out.items()))


def load_gold(gold_dir: Path) -> list[dict[str, Any]]:
    """The gold files of a directory, in name order."""
    if not gold_dir.is_dir():
        raise GoldError(f"{gold_dir}: not a directory; give the folder that holds the gold *.json files")
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise GoldError(f"{gold_dir}: no *.json gold files in it; see docs/evaluation.md for the format")
    out = []
    for path in files:
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise GoldError(f"{path}: not a readable JSON gold file ({exc})") from exc
        if not isinstance(gold, dict) or not isinstance(gold.get("id"), str) or not isinstance(gold.get("events", []), list):
            raise GoldError(f"{path}: a gold file is a JSON object with a string `id` and an `events` list")
        out.append(gold)
    return out


def pair(gold: dict[str, Any], records: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The record of a gold article: its source ends with the gold `text_file` name, its `doc_id`
    equals the gold `id`, or its source's stem is the gold `id` (`ru_x.jsonl#1` for `ru_x`)."""
    key = Path(gold.get("text_file") or "").name
    for rec in records:
        source = str(rec.get("source") or "")
        if (key and source.endswith(key)) or rec.get("doc_id") == gold["id"] or Path(source).stem == gold["id"]:
            return rec
    return None


def evaluate(golds: Iterable[dict[str, Any]], records: Sequence[dict[str, Any]],
             planned_words: dict[str, frozenset[str]] | None = None) -> Report:
    """Score every gold article against its record. `planned_words` (per language) lets a spurious
    event whose sentence speaks of the future be told apart as `spurious-planned`."""
    return Report([score_article(g, pair(g, records), (planned_words or {}).get(g.get("lang", ""), frozenset()))
                   for g in golds])


def _scored(events: Iterable[dict[str, Any]] | None) -> list[dict[str, Any]]:
    return [e for e in events or [] if str(e.get("type", "")).lower() in SCORED_TYPES
            and e.get("status", "happened") == "happened"]


def _names(items: Iterable[Any] | None) -> list[str]:
    out = []
    for item in items or []:
        name = item if isinstance(item, str) else (item.get("name") or "") if isinstance(item, dict) else ""
        if name:
            out.append(name)
    return out


def jaccard(a: Sequence[str], b: Sequence[str]) -> float:
    """Overlap of two participant lists by name, each name used once."""
    if not a and not b:
        return 1.0
    matched, used = 0, set()
    for x in a:
        for j, y in enumerate(b):
            if j not in used and same_name(x, y):
                used.add(j)
                matched += 1
                break
    return matched / (len(a) + len(b) - matched)


def _date_ok(gold: str, pred: Any) -> bool:
    return bool(pred) and str(pred).startswith(gold)


def _place_ok(gold: str, pred: Any) -> bool:
    name = pred.get("name") if isinstance(pred, dict) else pred
    return bool(name) and any(same_name(g, str(name)) for g in gold.split("|"))


def _describe(event: dict[str, Any]) -> str:
    return f'{event.get("type")}: {", ".join(_names(event.get("participants")))} {event.get("date")}'


def score_article(gold: dict[str, Any], record: dict[str, Any] | None, planned: frozenset[str] = frozenset()) -> ArticleScore:
    art = ArticleScore(gold_id=gold["id"], lang=gold.get("lang", "?"), found=record is not None)
    gev, pev = _scored(gold.get("events")), _scored((record or {}).get("events"))
    art.gold, art.pred = len(gev), len(pev)
    gnames = [_names(e.get("participants")) for e in gev]
    pnames = [_names(e.get("participants")) for e in pev]
    candidates = sorted(((jaccard(gnames[i], pnames[j]), i, j) for i, ge in enumerate(gev) for j, pe in enumerate(pev)
                         if str(pe.get("type", "")).lower() == ge["type"]), reverse=True)
    gi: dict[int, int] = {}
    pj: set[int] = set()
    for jac, i, j in candidates:
        if jac >= MATCH_JACCARD and i not in gi and j not in pj:
            gi[i] = j
            pj.add(j)
    art.matched = len(gi)
    for i, j in gi.items():
        ge, pe = gev[i], pev[j]
        if ge.get("date"):
            art.date_n += 1
            if _date_ok(ge["date"], pe.get("date")):
                art.date_ok += 1
            else:
                art.findings.append(Finding("date", "wrong", f'{_describe(ge)}: predicted {pe.get("date")}'))
        if ge.get("place"):
            art.place_n += 1
            if _place_ok(ge["place"], pe.get("place")):
                art.place_ok += 1
            else:
                predicted = (pe.get("place") or {}).get("name") if isinstance(pe.get("place"), dict) else pe.get("place")
                art.findings.append(Finding("place", "wrong", f'{_describe(ge)} in {ge["place"]}: predicted {predicted}'))
    entities = (record or {}).get("entities") or []
    actor_names = [e.get("name", "") for e in entities if str(e.get("type", "")).lower() in ("person", "organization", "country")]
    unmatched = [j for j in range(len(pev)) if j not in pj]
    for i, ge in enumerate(gev):
        if i not in gi:
            cause = _miss_cause(ge, gnames[i], [pev[j] for j in unmatched], [pnames[j] for j in unmatched], actor_names)
            art.findings.append(Finding(cause, "missed", _describe(ge)))
    for j, pe in enumerate(pev):
        if j not in pj:
            cause = _spurious_cause(pe, pnames[j], gev, gnames, set(gi), record or {}, planned)
            art.findings.append(Finding(cause, "spurious", _describe(pe)))
    gold_persons = [p["name"] for p in gold.get("persons", []) if isinstance(p, dict) and p.get("name")]
    pred_persons = [e.get("name", "") for e in entities if str(e.get("type", "")).lower() == "person"]
    art.persons_gold, art.persons_pred = len(gold_persons), len(pred_persons)
    art.persons_found = sum(1 for x in gold_persons if any(same_name(x, y) for y in pred_persons))
    art.persons_right = sum(1 for y in pred_persons if any(same_name(x, y) for x in gold_persons))
    return art


def _miss_cause(gold_event: dict[str, Any], names: list[str], preds: list[dict[str, Any]], pred_names: list[list[str]],
                actor_names: list[str]) -> str:
    """Why a gold event found no match, judged against the predictions left unmatched: a participant
    the article's entities never name ("name"), a prediction with the right parties but another type
    ("type"), one of the right type whose parties overlap too little ("segmentation"), or nothing
    at all ("not-found")."""
    if any(not any(same_name(n, a) for a in actor_names) for n in names):
        return "name"
    if any(jaccard(names, pn) >= MATCH_JACCARD for pe, pn in zip(preds, pred_names)
           if str(pe.get("type", "")).lower() != gold_event["type"]):
        return "type"
    if any(jaccard(names, pn) > 0 for pe, pn in zip(preds, pred_names) if str(pe.get("type", "")).lower() == gold_event["type"]):
        return "segmentation"
    return "not-found"


def _spurious_cause(event: dict[str, Any], names: list[str], golds: list[dict[str, Any]], gold_names: list[list[str]],
                    matched_golds: set[int], record: dict[str, Any], planned: frozenset[str]) -> str:
    """Why a prediction matched no gold event: it comes from the headline, speaks of the future,
    repeats a gold event already matched, overlaps a gold event too little, or none of these."""
    evidence = event.get("evidence") or {}
    title = record.get("title") or ""
    if title and isinstance(evidence, dict) and isinstance(evidence.get("start"), int) and evidence["start"] < len(title):
        return "spurious-from-headline"
    if _future(event, record, evidence, planned):
        return "spurious-planned"
    same_type = [i for i, g in enumerate(golds) if g["type"] == str(event.get("type", "")).lower()]
    if any(i in matched_golds and jaccard(gold_names[i], names) >= MATCH_JACCARD for i in same_type):
        return "spurious-duplicate"
    if any(jaccard(gold_names[i], names) > 0 for i in same_type):
        return "spurious-segmentation"
    return "spurious-other"


def _future(event: dict[str, Any], record: dict[str, Any], evidence: dict[str, Any], planned: frozenset[str]) -> bool:
    published, date = record.get("published"), event.get("date")
    if published and date and len(str(date)) == 10:
        try:
            if dt.date.fromisoformat(str(date)) > dt.date.fromisoformat(str(published)):
                return True
        except ValueError:
            pass
    words = {w.strip(".,;:!?«»\"'()").lower() for w in str(evidence.get("text", "")).split()}
    return any(w in planned or any(w.startswith(p) for p in planned if len(p) >= 5) for w in words)
