// Question: How many articles are there per language, and how many events do they report?
// Returns: language, articles, events_reported
MATCH (a:Article)
OPTIONAL MATCH (e:Event)-[:REPORTED_IN]->(a)
RETURN a.language AS language, count(DISTINCT a) AS articles, count(DISTINCT e) AS events_reported
ORDER BY articles DESC, language
