// Question: Which events are announced but have not happened yet (status planned)?
// Returns: date (first day), precision, type, place, participants (sorted names)
MATCH (e:Event {status: 'planned'})
OPTIONAL MATCH (e)-[:HELD_IN]->(place)
OPTIONAL MATCH (x)-[:PARTICIPATED_IN]->(e)
WITH e, place, x ORDER BY x.name
RETURN e.date AS date, e.date_precision AS precision, e.type AS type, place.name AS place, collect(x.name) AS participants
ORDER BY date, type, participants
