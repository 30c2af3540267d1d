// Question: Who holds positions in an organization or country?
// $body: the organization or country: id, or any of its names in any script
// Returns: body, person, title, since
MATCH (p:Person)-[h:HOLDS_POSITION]->(body)
WHERE body.id = $body OR toLower(body.name) CONTAINS toLower($body)
RETURN body.name AS body, p.name AS person, h.title AS title, properties(h).start AS since
ORDER BY body, since, person
