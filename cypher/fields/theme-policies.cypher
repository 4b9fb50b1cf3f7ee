// Theme.policies: the policies that serve a theme.
MATCH (this)<-[:ABOUT]-(p:Policy)
WITH DISTINCT p
ORDER BY p.name
LIMIT $first
RETURN p AS policy
