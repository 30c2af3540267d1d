"""Actor parameters resolve through names and aliases in any script, and ambiguity is said."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from graph_fixtures import write_store
from kg.lookup import ActorLookupError, find_actor, resolve_actor_parameters
from kg.store.kglite_store import KgliteStore


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KgliteStore]:
    with KgliteStore(write_store(tmp_path_factory.mktemp("lookup") / "kg.kgl")) as opened:
        yield opened


@pytest.mark.parametrize("name", ["Алиев", "İlham Əliyev", "Ilham Aliyev", "aliyev", "ilham-aliyev", "ИЛЬХАМ АЛИЕВ"])
def test_a_person_is_found_by_any_spelling(store: KgliteStore, name: str) -> None:
    assert find_actor(store, name, ("Person",)).id == "ilham-aliyev"


def test_a_country_is_found_by_its_wikidata_id_or_its_russian_name(store: KgliteStore) -> None:
    assert find_actor(store, "Q227", ("Country",)).name == "Azerbaijan"
    assert find_actor(store, "Азербайджан", ("Country",)).name == "Azerbaijan"


def test_an_ambiguous_name_lists_the_candidates(store: KgliteStore) -> None:
    with pytest.raises(ActorLookupError) as raised:
        find_actor(store, "ov", ("Person",), what="person")
    message = str(raised.value)
    assert "could be several persons" in message
    assert "Jeyhun Bayramov (Person, id jeyhun-bayramov)" in message and "Sergey Lavrov" in message


def test_an_unknown_name_says_how_to_list_the_known_ones(store: KgliteStore) -> None:
    with pytest.raises(ActorLookupError, match="no person is named 'Putin'.*MATCH \\(n:Person\\)"):
        find_actor(store, "Putin", ("Person",), what="person")


def test_only_actor_parameters_are_resolved(store: KgliteStore) -> None:
    resolved, found = resolve_actor_parameters(store, {"person": "Лавров", "topic": "security", "limit": 3})
    assert resolved == {"person": "sergey-lavrov", "topic": "security", "limit": 3}
    assert str(found["person"]) == "Sergey Lavrov (Person, id sergey-lavrov)"
