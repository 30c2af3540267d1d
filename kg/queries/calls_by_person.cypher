// Question: Whom did a person talk to by phone, and when?
// $person: the person: id, or any of their names in any script (Алиев, Əliyev, aliyev)
// Returns: person, date, role, counterparts (sorted names), sources (articles reporting the call)
MATCH (p:Person)-[r:PARTICIPATED_IN]->(e:Call)
WHERE p.id = $person OR toLower(p.name) CONTAINS toLower($person)
OPTIONAL MATCH (other)-[:PARTICIPATED_IN]->(e) WHERE other <> p
WITH p, r, e, other ORDER BY other.name
RETURN p.name AS person, e.date AS date, r.role AS role, collect(other.name) AS counterparts, e.n_sources AS sources
ORDER BY date, counterparts
