"""The phonetic keys a name search compares: `Алиев`, `Əliyev` and `Aliyev` share `aliev`.

Stored on every entity node as `search` (for `kg.lookup`) and embedded in the network page
(for its search box), so both find an actor by any spelling in any script.
"""
from __future__ import annotations

from collections.abc import Iterable

from extractors.translit import skeleton


def search_keys(names: Iterable[str]) -> list[str]:
    """The skeletons of `names`, each read as Azerbaijani and as any other script."""
    return sorted({key for name in names for key in (skeleton(name), skeleton(name, "az")) if key})
