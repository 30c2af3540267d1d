// Question: What happened in a place (a city, or a country: the events held in it or in its places)?
// $place: the place or country: id, or any of its names in any script
// Returns: place, date, type, status, participants (sorted names), event
// (a country matches the events held in its cities through (:Place)-[:LOCATED_IN]->(:Country))
MATCH (e:Event)-[:HELD_IN]->(place)
WHERE place.id = $place OR toLower(place.name) CONTAINS toLower($place)
   OR EXISTS { MATCH (place)-[:LOCATED_IN]->(c:Country) WHERE c.id = $place OR toLower(c.name) CONTAINS toLower($place) }
OPTIONAL MATCH (x)-[:PARTICIPATED_IN]->(e)
WITH place, e, x ORDER BY x.name
RETURN place.name AS place, e.date AS date, e.type AS type, e.status AS status, collect(x.name) AS participants, e.id AS event
ORDER BY date, type, participants
