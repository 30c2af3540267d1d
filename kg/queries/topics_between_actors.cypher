// Question: Which topics did two actors discuss in the events they shared?
// $actor1: one actor (person, organization or country): id, or any of its names in any script
// $actor2: the other actor: id, or any of its names in any script
// Returns: topic, events (shared events about it), event_types
MATCH (a)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b)
WHERE (a.id = $actor1 OR toLower(a.name) CONTAINS toLower($actor1))
  AND (b.id = $actor2 OR toLower(b.name) CONTAINS toLower($actor2))
MATCH (e)-[:ABOUT]->(t:Topic)
WITH t, e ORDER BY e.type
RETURN t.name AS topic, count(DISTINCT e) AS events, collect(DISTINCT e.type) AS event_types
ORDER BY events DESC, topic
