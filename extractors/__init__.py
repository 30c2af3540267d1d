"""Language-aware NLP: language id, analysis, entities, linking, dates, events, topics.

Imports `schema` only (plus third-party libraries); `extractors.pipeline.Extractor` is the entry point.
"""
