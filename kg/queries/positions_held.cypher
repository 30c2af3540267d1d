// Question: Which positions does a person hold (or has held), and in which body?
// $person: the person: id, or any of their names in any script (Алиев, Əliyev, aliyev)
// Returns: person, title, role, body, body_label, since, until
// (properties(h).start rather than h.start: kglite answers a missing h.start/h.end with an endpoint id)
MATCH (p:Person)-[h:HOLDS_POSITION]->(body)
WHERE p.id = $person OR toLower(p.name) CONTAINS toLower($person)
RETURN p.name AS person, h.title AS title, h.role AS role, body.name AS body, labels(body)[0] AS body_label,
       properties(h).start AS since, properties(h).`end` AS until
ORDER BY person, since, title
