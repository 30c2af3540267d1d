"""Reader of factRuEval-2016 (../shared/datasets/factRuEval-2016, MIT), shared by the benchmarks.

The texts are read from the shared folder at run time and never copied into the repository.
A document's gold persons come from its layers: `.spans` (typed character spans), `.objects`
(a mention = a set of spans) and `.coref` (an entity = a set of mentions, with its normalised
first and last name). See the dataset's README.md for the format.
"""
from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from schema import Article

DATASETS = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"
FACTRUEVAL = DATASETS / "factRuEval-2016"
SPLITS = ("devset", "testset")


def require(path: Path) -> Path:
    """The dataset folder, or exit with a message that says where it is expected."""
    if not path.is_dir():
        sys.exit(f"{path} not found: this benchmark reads the project's shared datasets "
                 f"(../shared/datasets next to the repository); nothing was measured")
    return path


@dataclass(frozen=True)
class Span:
    kind: str  # name, surname, patronymic, nickname, job, org_name, ...
    start: int
    end: int


@dataclass
class GoldPerson:
    """One coreference chain of type Person: its normalised name and its mentions' extents."""

    first: str
    last: str
    mentions: list[tuple[int, int]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first, self.last) if p)


@dataclass
class Document:
    split: str
    name: str
    text: str
    spans: dict[str, Span]
    persons: list[GoldPerson]

    @property
    def person_mentions(self) -> list[tuple[int, int]]:
        return sorted({m for p in self.persons for m in p.mentions})

    @property
    def job_spans(self) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.spans.values() if s.kind == "job"]

    def article(self) -> Article:
        """The document as the pipeline's input (no publication date: the release gives none)."""
        digest = hashlib.sha256(f"{self.split}/{self.name}".encode()).hexdigest()[:16]
        return Article(id=digest, source=f"factRuEval-2016/{self.split}/{self.name}", language="ru",
                       text=self.text, body_start=0, body_end=len(self.text))


def _records(path: Path) -> Iterator[list[str]]:
    """Lines of a layer file split into fields, without the trailing `# comment`."""
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if fields:
            yield fields


def _coref_blocks(path: Path) -> Iterator[tuple[list[str], dict[str, str]]]:
    """(object ids, attributes) per chain; the first value of each attribute is kept."""
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [ln for ln in block.splitlines() if ln.strip()]
        if not lines:
            continue
        attrs: dict[str, str] = {}
        for line in lines[1:]:
            key, _, value = line.partition(" ")
            attrs.setdefault(key.rstrip("0123456789"), value.strip())
        yield lines[0].split()[1:], attrs


def read_document(split: str, stem: Path) -> Document:
    text = stem.with_suffix(".txt").read_text(encoding="utf-8")
    spans = {f[0]: Span(f[1], int(f[2]), int(f[2]) + int(f[3])) for f in _records(stem.with_suffix(".spans"))}
    objects = {f[0]: (f[1], f[2:]) for f in _records(stem.with_suffix(".objects"))}
    persons = []
    for object_ids, attrs in _coref_blocks(stem.with_suffix(".coref")):
        mentions = []
        for oid in object_ids:
            kind, span_ids = objects.get(oid, ("", []))
            parts = [spans[s] for s in span_ids if s in spans]
            if kind == "Person" and parts:
                mentions.append((min(p.start for p in parts), max(p.end for p in parts)))
        if mentions:
            persons.append(GoldPerson(attrs.get("firstname", ""), attrs.get("lastname", ""), sorted(mentions)))
    return Document(split, stem.name, text, spans, persons)


def documents(limit: int | None = None, only: set[tuple[str, str]] | None = None) -> list[Document]:
    """Documents of both splits in name order (the first `limit`, or those named in `only`).

    A document is a `.txt` with its `.spans` beside it (the test set also holds a `list.txt`)."""
    root = require(FACTRUEVAL)
    stems = [(split, p.with_suffix("")) for split in SPLITS for p in sorted((root / split).glob("*.txt"))
             if p.with_suffix(".spans").is_file() and (only is None or (split, p.stem) in only)]
    return [read_document(split, stem) for split, stem in stems[:limit]]


def meeting_facts(limit: int | None = None) -> list[dict]:
    """The Meeting facts of `derived_meeting_facts.jsonl` (participants with mention offsets)."""
    path = require(FACTRUEVAL) / "derived_meeting_facts.jsonl"
    facts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return facts[:limit]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
