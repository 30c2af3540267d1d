// Question: Who met whom? Pairs of actors who took part in the same meeting, how often and on which dates.
// Returns: actor, counterpart, meetings, dates (ISO at the known precision, e.g. 2024-12; oldest first;
// undated meetings are counted, not listed)
MATCH (a)-[:PARTICIPATED_IN]->(e:Meeting)<-[:PARTICIPATED_IN]-(b)
WHERE a.id < b.id
WITH a, b, e ORDER BY e.date
RETURN a.name AS actor, b.name AS counterpart, count(e) AS meetings,
       collect(CASE e.date_precision
                 WHEN 'year' THEN substring(toString(e.date), 0, 4)
                 WHEN 'month' THEN substring(toString(e.date), 0, 7)
                 ELSE toString(e.date) END) AS dates
ORDER BY meetings DESC, actor, counterpart
