// Question: Which articles mention an entity, and how often?
// $entity: the entity's id, or part of its name (case-insensitive)
// Returns: entity, article (title), language, published, mentions
MATCH (a:Article)-[m:MENTIONS]->(x)
WHERE x.id = $entity OR toLower(x.name) CONTAINS toLower($entity)
RETURN x.name AS entity, a.title AS article, a.language AS language, a.published AS published, m.count AS mentions
ORDER BY mentions DESC, published, article
