// Question: Who are the most connected actors (most distinct counterparts across all events)?
// $limit: how many actors to list
// Returns: actor, label, counterparts, shared_events
MATCH (a)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b)
WITH a, count(DISTINCT b) AS counterparts, count(DISTINCT e) AS shared_events
RETURN a.name AS actor, labels(a)[0] AS label, counterparts, shared_events
ORDER BY counterparts DESC, shared_events DESC, actor
LIMIT $limit
