// How many entities of each label each document supports.
UNWIND $ids AS id
MATCH (:Document {id: id})<-[:SOURCE]-(n:Entity)
WITH id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, count(*) AS count
ORDER BY count DESC, label
RETURN id, collect({label: label, count: count}) AS items
