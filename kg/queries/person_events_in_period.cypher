// Question: What did a person take part in during a period?
// $person: the person: id, or any of their names in any script (Алиев, Əliyev, aliyev)
// $start: first day of the period, ISO date (2025-04-01)
// $end: last day of the period, ISO date (2025-04-30)
// Returns: person, date, type, role, place, event; dates compare on an event's first day
MATCH (p:Person)-[r:PARTICIPATED_IN]->(e:Event)
WHERE (p.id = $person OR toLower(p.name) CONTAINS toLower($person))
  AND e.date >= date($start) AND e.date <= date($end)
OPTIONAL MATCH (e)-[:HELD_IN]->(place)
RETURN p.name AS person, e.date AS date, e.type AS type, r.role AS role, place.name AS place, e.id AS event
ORDER BY date, type, event
