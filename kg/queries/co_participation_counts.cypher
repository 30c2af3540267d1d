// Question: Which pairs of actors appear together most often, in events of any type?
// $min_events: the least number of shared events a pair needs to be listed
// Returns: actor, counterpart, shared, event_types (sorted)
MATCH (a)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b)
WHERE a.id < b.id
WITH a, b, e ORDER BY e.type
WITH a, b, count(DISTINCT e) AS shared, collect(DISTINCT e.type) AS event_types
WHERE shared >= $min_events
RETURN a.name AS actor, b.name AS counterpart, shared, event_types
ORDER BY shared DESC, actor, counterpart
