// The policies that serve each theme.
UNWIND $ids AS id
MATCH (:Theme {id: id})<-[:ABOUT]-(p:Policy)
WITH id, p
ORDER BY p.name
// The page is cut before it is projected: a hub shared by many reports has thousands of rows.
WITH id, collect(p)[..$first] AS page
UNWIND page AS p
RETURN id, collect(p {.*, label: 'Policy'}) AS items
