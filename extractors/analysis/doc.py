"""A language-neutral analysed document: tokens with lemmas, match keys and (where a parser
exists) dependency heads, sentences, and the raw named-entity spans of the language's recogniser.

Every analyser (ru: natasha, en: spaCy, az: rules) fills the same structure, so entity
linking, dates and event extraction are written once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

_LINE = re.compile(r"[^\n]*\S[^\n]*")


def text_lines(text: str) -> Iterator[tuple[int, str]]:
    """Non-blank lines with their start offsets. Sentences never cross a line in news text, and
    analysing line by line stops a title or date line from running into the first sentence."""
    for match in _LINE.finditer(text):
        yield match.start(), match.group()


@dataclass
class Token:
    i: int
    text: str
    start: int
    end: int
    lemma: str
    pos: str = ""
    dep: str = ""
    head: int | None = None  # index of the head token; None for the root or without a parser
    sent: int = 0
    case: str = ""  # grammatical case where known (ru: Nom/Gen/..., az: nom/gen/dat/acc/loc/abl/com)
    number: str = ""  # Sing / Plur where known
    tense: str = ""  # Past / Pres / Fut of a verb form where the tagger knows it ("завершится": Fut; "прибывший": Past)
    keys: tuple[str, ...] = ()  # folded forms a gazetteer phrase may match (surface, lemma, stems)
    readings: tuple[tuple[str, str], ...] = ()  # (folded stem, case) readings of an inflected word (az)
    children: list[int] = field(default_factory=list)

    @property
    def is_title_case(self) -> bool:
        return self.text[:1].isupper()


@dataclass
class NerSpan:
    """A span found by the language's recogniser: PER, ORG or LOC, with its normal form."""

    start_tok: int
    end_tok: int  # exclusive
    label: str
    normal: str


@dataclass
class Sentence:
    start: int
    end: int
    first_tok: int
    last_tok: int  # exclusive


@dataclass
class AnalysedDoc:
    text: str
    lang: str
    tokens: list[Token]
    sentences: list[Sentence]
    ner: list[NerSpan]
    has_parse: bool
    # phrase-match units (extractors.mentions.match_units), computed once per document
    units: tuple[list[tuple[str, ...]], list[int]] | None = field(default=None, repr=False)

    def link_children(self) -> None:
        for tok in self.tokens:
            tok.children.clear()
        for tok in self.tokens:
            if tok.head is not None and tok.head != tok.i:
                self.tokens[tok.head].children.append(tok.i)

    def span_text(self, start_tok: int, end_tok: int) -> str:
        return self.text[self.tokens[start_tok].start:self.tokens[end_tok - 1].end]

    def sentence_of(self, tok: int) -> Sentence:
        return self.sentences[self.tokens[tok].sent]

    def subtree(self, tok: int, stop_deps: frozenset[str] = frozenset()) -> list[int]:
        """Token indices under `tok` (itself included), not descending into `stop_deps` children.
        A parser's head cycle (natasha makes some) is walked once."""
        out, stack = set(), [tok]
        while stack:
            cur = stack.pop()
            if cur in out:
                continue
            out.add(cur)
            stack.extend(c for c in self.tokens[cur].children if self.tokens[c].dep not in stop_deps)
        return sorted(out)

    def ancestors(self, tok: int) -> list[int]:
        out, cur = [], self.tokens[tok].head
        while cur is not None and cur not in out and cur != tok:
            out.append(cur)
            nxt = self.tokens[cur].head
            cur = None if nxt == cur else nxt
        return out

    def tree_distance(self, a: int, b: int) -> int:
        """Edges between two tokens of one parse (a large number when unrelated)."""
        chain_a = [a, *self.ancestors(a)]
        chain_b = [b, *self.ancestors(b)]
        pos_b = {t: k for k, t in enumerate(chain_b)}
        for k, t in enumerate(chain_a):
            if t in pos_b:
                return k + pos_b[t]
        return 1000
