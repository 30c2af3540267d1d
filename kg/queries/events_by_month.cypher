// Question: How many events of each type happened per month?
// Returns: year, month, type, events (events dated to the day or month; year-only and undated ones are left out)
MATCH (e:Event)
WHERE e.date_precision IN ['day', 'month']
RETURN e.date.year AS year, e.date.month AS month, e.type AS type, count(*) AS events
ORDER BY year, month, type
