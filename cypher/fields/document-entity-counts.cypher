// Document.entityCounts: how many entities of each label a document supports, the largest count first.
MATCH (this)<-[:SOURCE]-(n:Entity)
WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS label, count(*) AS count
ORDER BY count DESC, label
RETURN {label: label, count: count} AS labelCount
