"""Russian analysis with natasha (razdel segmentation, slovnet morphology, syntax and NER).

natasha's weights ship inside its wheels, so nothing is downloaded. The models load once per
process (about 1.5 s) on first use.
"""
from __future__ import annotations

from functools import lru_cache

from extractors.analysis.doc import AnalysedDoc, NerSpan, Sentence, Token, text_lines
from extractors.textutil import fold


@lru_cache(maxsize=1)
def _models():
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    emb = NewsEmbedding()
    return Segmenter(), MorphVocab(), NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)


def analyse_ru(text: str) -> AnalysedDoc:
    from natasha import Doc

    segmenter, vocab, morph, syntax, ner = _models()
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    spans: list[NerSpan] = []
    for offset, line in text_lines(text):
        doc = Doc(line)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        by_id: dict[str, int] = {}
        line_tokens: list[tuple[Token, str]] = []
        for sent in doc.sents:
            first = len(tokens)
            for tok in sent.tokens:
                tok.lemmatize(vocab)
                lemma = (tok.lemma or tok.text).lower().replace("ё", "е")
                feats = tok.feats or {}
                by_id[tok.id] = len(tokens)
                token = Token(
                    i=len(tokens), text=tok.text, start=offset + tok.start, end=offset + tok.stop, lemma=lemma,
                    pos=tok.pos or "", dep=tok.rel or "", sent=len(sentences), case=feats.get("Case", ""),
                    number=feats.get("Number", ""), tense=feats.get("Tense", ""), keys=tuple(dict.fromkeys((fold(tok.text, "ru"), lemma))),
                )
                tokens.append(token)
                line_tokens.append((token, tok.head_id))
            sentences.append(Sentence(offset + sent.start, offset + sent.stop, first, len(tokens)))
        for token, head_id in line_tokens:
            head = by_id.get(head_id)
            token.head = None if head is None or head == token.i else head
        starts = {t.start: t.i for t, _ in line_tokens}
        ends = {t.end: t.i for t, _ in line_tokens}
        for span in doc.spans:
            span.normalize(vocab)
            first_tok, last_tok = starts.get(offset + span.start), ends.get(offset + span.stop)
            if first_tok is not None and last_tok is not None:
                spans.append(NerSpan(first_tok, last_tok + 1, span.type, span.normal or span.text))
    _attach_owner_pronouns(tokens)
    out = AnalysedDoc(text=text, lang="ru", tokens=tokens, sentences=sentences, ner=spans, has_parse=True)
    out.link_children()
    return out


_OWNER_PRONOUNS = frozenset({"его", "ее", "её", "их"})


def _attach_owner_pronouns(tokens: list[Token]) -> None:
    """"приветствовал его очередной визит": the parser makes the owner pronoun a second object of the verb; before a
    noun (past its adjectives) that is the verb's object too, it is the noun's owner (`det`)."""
    for k, tok in enumerate(tokens):
        if tok.text.lower() not in _OWNER_PRONOUNS or tok.dep not in ("obj", "iobj"):
            continue
        j = k + 1
        while j < len(tokens) and tokens[j].pos == "ADJ" and tokens[j].sent == tok.sent:
            j += 1
        if j < len(tokens) and tokens[j].pos == "NOUN" and tokens[j].head == tok.head and tokens[j].dep in ("obj", "iobj"):
            tok.dep, tok.head = "det", j
