"""Evaluation of extraction against gold annotations (`kg evaluate`): scores and causes of misses."""
from kg.evaluation.scoring import GoldError, Report, evaluate, load_gold

__all__ = ["GoldError", "Report", "evaluate", "load_gold"]
