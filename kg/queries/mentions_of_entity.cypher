// Question: Which articles mention an entity, and how often?
// $entity: the entity: id, or any of its names in any script
// Returns: entity, article (title), language, published, mentions
MATCH (a:Article)-[m:MENTIONS]->(x)
WHERE x.id = $entity OR toLower(x.name) CONTAINS toLower($entity)
RETURN x.name AS entity, a.title AS article, a.language AS language, a.published AS published, m.count AS mentions
ORDER BY mentions DESC, published, article
