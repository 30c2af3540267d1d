// Question: Which events were reported by two or more articles (the best corroborated ones)?
// Returns: event, type, date, place, articles, languages (sorted)
MATCH (e:Event)-[:REPORTED_IN]->(a:Article)
WITH e, a ORDER BY a.language
WITH e, count(a) AS articles, collect(DISTINCT a.language) AS languages
WHERE articles >= 2
OPTIONAL MATCH (e)-[:HELD_IN]->(place)
RETURN e.id AS event, e.type AS type, e.date AS date, place.name AS place, articles, languages
ORDER BY date, type, event
