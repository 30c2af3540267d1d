// Question: Which articles support an event, and with which sentence?
// $event: the event's id (from any other query's `event` column)
// Returns: source, language, title, published, evidence, confidence
MATCH (e:Event {id: $event})-[r:REPORTED_IN]->(a:Article)
RETURN a.source AS source, a.language AS language, a.title AS title, a.published AS published,
       r.evidence AS evidence, r.confidence AS confidence
ORDER BY published, source
