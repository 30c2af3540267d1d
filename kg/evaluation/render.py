"""A `Report` as text: per-article misses (optional), totals per language, misses by cause."""
from __future__ import annotations

from kg.evaluation.scoring import MISS_CAUSES, PAIR_CAUSES, SPURIOUS_CAUSES, Report, Totals


def _fraction(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def totals_line(lang: str, t: Totals) -> str:
    return (f"{lang:>4}: event P {t.precision:.3f} R {t.recall:.3f} F1 {t.f1:.3f} | date {_fraction(t.date_accuracy)}"
            f" | place {_fraction(t.place_accuracy)} | person F1 {t.person_f1:.3f}"
            f"  ({t.matched}/{t.gold} gold, {t.pred} predicted)")


def render(report: Report, details: bool = False) -> str:
    lines: list[str] = []
    if details:
        for art in report.articles:
            flag = "" if art.found else "  (no prediction for this document)"
            lines.append(f"{art.gold_id} [{art.lang}] gold {art.gold} pred {art.pred} "
                         f"matched {art.matched}{flag}")
            lines.extend(f"    {f.kind:<8} [{f.cause}] {f.what}" for f in art.findings)
        lines.append("")
    totals = report.totals()
    lines.extend(totals_line(lang, t) for lang, t in totals.items())
    lines.append("")
    lines.append("misses by cause (all languages):")
    causes = totals["all"].causes if "all" in totals else {}
    for group, names in (("missed gold events", MISS_CAUSES), ("spurious predictions", SPURIOUS_CAUSES),
                         ("matched, attribute wrong", PAIR_CAUSES)):
        lines.append(f"  {group}: " + ", ".join(f"{name} {causes.get(name, 0)}" for name in names))
    missing = [a.gold_id for a in report.articles if not a.found]
    if missing:
        lines.append(f"no prediction for {len(missing)} gold article(s): {', '.join(missing[:10])}"
                     + (" ..." if len(missing) > 10 else ""))
    return "\n".join(lines)
