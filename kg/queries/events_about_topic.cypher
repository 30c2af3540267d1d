// Question: Which events were about a topic, and who took part?
// $topic: the topic's id, or part of its name (case-insensitive)
// Returns: topic, date, type, participants (sorted names), event
MATCH (e:Event)-[:ABOUT]->(t:Topic)
WHERE t.id = $topic OR toLower(t.name) CONTAINS toLower($topic)
OPTIONAL MATCH (x)-[:PARTICIPATED_IN]->(e)
WITH t, e, x ORDER BY x.name
RETURN t.name AS topic, e.date AS date, e.type AS type, collect(x.name) AS participants, e.id AS event
ORDER BY date, type, participants
