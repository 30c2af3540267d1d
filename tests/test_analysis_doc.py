"""The analysed document's tree walks stay finite on what parsers really give."""
from __future__ import annotations

from extractors.analysis.doc import AnalysedDoc, Sentence, Token


def test_subtree_walks_a_head_cycle_once() -> None:
    # natasha sometimes makes two tokens each other's head
    tokens = [Token(0, "a", 0, 1, "a", head=1), Token(1, "b", 2, 3, "b", head=0), Token(2, "c", 4, 5, "c", head=1)]
    doc = AnalysedDoc("a b c", "ru", tokens, [Sentence(0, 5, 0, 3)], [], has_parse=True)
    doc.link_children()
    assert doc.subtree(0) == [0, 1, 2]
