// Question: Who visited a country? Visits held in the country, in one of its places, or hosted by it.
// $country: the country: id, or any of its names in any script
// Returns: country, date, status, visitors (sorted names), place
// (a city counts through (:Place)-[:LOCATED_IN]->(:Country), which the gazetteer supplies)
MATCH (c:Country) WHERE c.id = $country OR toLower(c.name) CONTAINS toLower($country)
MATCH (v:Visit)
WHERE EXISTS { (v)-[:HELD_IN]->(c) }
   OR EXISTS { (v)-[:HELD_IN]->(:Place)-[:LOCATED_IN]->(c) }
   OR EXISTS { MATCH (c)-[h:PARTICIPATED_IN]->(v) WHERE h.role = 'host' }
OPTIONAL MATCH (visitor)-[r:PARTICIPATED_IN]->(v) WHERE r.role = 'visitor'
OPTIONAL MATCH (v)-[:HELD_IN]->(place)
WITH c, v, place, visitor ORDER BY visitor.name
RETURN c.name AS country, v.date AS date, v.status AS status, collect(visitor.name) AS visitors, place.name AS place
ORDER BY date, visitors
