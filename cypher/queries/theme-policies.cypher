// The policies that serve each theme.
UNWIND $ids AS id
MATCH (:Theme {id: id})<-[:ABOUT]-(p:Policy)
WITH id, p
ORDER BY p.name
RETURN id, collect(p {.*, label: 'Policy'})[..$first] AS items
