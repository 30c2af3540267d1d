"""The first-word index of trigger specs never leaves out a spec that the full scan would try."""
from __future__ import annotations

import pytest

from extractors.triggers import _candidates, _stems, _word_matches, lexicon


@pytest.mark.parametrize("lang", ["ru", "en", "az"])
def test_every_spec_is_a_candidate_wherever_its_first_word_matches(lang: str) -> None:
    lex = lexicon(lang)
    for spec in lex.triggers:
        first = spec.words[0]
        forms = [(first,), *((stem + "ib",) for stem in _stems(first))]  # "görüş" -> "görüşüb", "et" -> "edib"
        for keys in forms:
            for prefix in (False, True):
                if _word_matches(first, keys, prefix):
                    assert spec in _candidates(lex, keys, prefix), (lang, first, keys, prefix)


def test_candidates_keep_the_lexicon_order() -> None:
    lex = lexicon("en")
    keys = tuple({spec.words[0] for spec in lex.triggers})
    order = [lex.triggers.index(spec) for spec in _candidates(lex, keys, prefix=False)]
    assert order == sorted(order) and len(order) == len(lex.triggers)
