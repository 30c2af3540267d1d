// Question: A person's timeline: every event, oldest first, with role, place and counterparts.
// $person: the person: id, or any of their names in any script (Алиев, Əliyev, aliyev)
// Returns: person, date, precision, type, status, role, place, counterparts (sorted names); undated events last
MATCH (p:Person)-[r:PARTICIPATED_IN]->(e:Event)
WHERE p.id = $person OR toLower(p.name) CONTAINS toLower($person)
OPTIONAL MATCH (e)-[:HELD_IN]->(place)
OPTIONAL MATCH (other)-[:PARTICIPATED_IN]->(e) WHERE other <> p
WITH p, r, e, place, other ORDER BY other.name
WITH p, r, e, place, collect(other.name) AS counterparts
RETURN p.name AS person, e.date AS date, e.date_precision AS precision, e.type AS type, e.status AS status,
       r.role AS role, place.name AS place, counterparts
ORDER BY person, date, type, counterparts
