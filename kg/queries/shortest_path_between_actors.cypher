// Question: How are two actors connected? The shortest chain of shared events between them.
// $actor1: one actor (person, organization or country): id, or any of its names in any script
// $actor2: the other actor: id, or any of its names in any script
// Returns: steps (actor names and "type date" of the events between them), events_apart
MATCH (a) WHERE (a:Person OR a:Organization OR a:Country) AND (a.id = $actor1 OR toLower(a.name) CONTAINS toLower($actor1))
MATCH (b) WHERE (b:Person OR b:Organization OR b:Country) AND (b.id = $actor2 OR toLower(b.name) CONTAINS toLower($actor2))
  AND a <> b
MATCH path = shortestPath((a)-[:PARTICIPATED_IN*..10]-(b))
RETURN [n IN nodes(path) | CASE WHEN n:Event THEN n.type + ' ' + coalesce(toString(n.date), 'undated') ELSE n.name END] AS steps,
       length(path) / 2 AS events_apart
ORDER BY events_apart
LIMIT 1
