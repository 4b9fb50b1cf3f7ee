// Person.organizations: the organizations a person speaks for, one row per organization and title, the most
// recently reported first.
MATCH (this)-[r:SPEAKS_FOR]->(o:Organization)
WITH this, o, r
ORDER BY r.publishedAt DESC, r.source
WITH this, o, r.title AS title, collect(r) AS rels
ORDER BY rels[0].publishedAt DESC, rels[0].source, rels[0].evidenceStart, o.id, title
LIMIT $first
RETURN {
  person: this, organization: o, title: title, titleEn: rels[0].titleEn, former: coalesce(rels[0].former, false), evidence: rels[..20]
} AS membership
