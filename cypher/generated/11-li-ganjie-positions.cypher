// Generated from examples/questions/11-li-ganjie-positions.graphql by `npm run cypher -- --write-examples`: the one statement the
// question runs. Do not edit: edit the fragments of cypher/fields, then regenerate.
:param {"v1_id":"person:li-ganjie","v1_label":"Person","v2_first":100}

CALL () {
  MATCH (this:Entity {id: $v1_id})
  WHERE $v1_label IS NULL OR $v1_label IN labels(this)
  WITH this AS v1
  CALL (*) {
    WITH v1 AS this
    MATCH (this)-[r:SPEAKS_FOR]->(o:Organization)
    WITH o, r
    ORDER BY r.publishedAt, r.source
    WITH o, r.title AS title, collect(r) AS rels
    ORDER BY rels[0].publishedAt, rels[-1].publishedAt, rels[0].source, rels[0].evidenceStart, o.id, title
    LIMIT $v2_first
    WITH {
      organization: o, title: title, titleEn: rels[-1].titleEn, former: coalesce(rels[-1].former, false),
      firstSeen: rels[0].publishedAt, lastSeen: rels[-1].publishedAt, sources: rels
    } AS v2
    CALL (*) {
      UNWIND v2.sources AS v3
      CALL (*) {
        WITH v3 AS this
        MATCH (document:Document {id: this.source})
        WITH document AS v4
        RETURN collect(CASE WHEN v4 IS NULL THEN null ELSE {`name`: v4.name} END)[0] AS v5
      }
      RETURN collect({`publishedAt`: v3.publishedAt, `document`: v5, `evidence`: {`excerpt`: v3.evidence}}) AS v6
    }
    RETURN collect({`organization`: {`name`: v2.organization.name, `nameEn`: v2.organization.nameEn}, `title`: v2.title, `titleEn`: v2.titleEn, `former`: v2.former, `firstSeen`: v2.firstSeen, `lastSeen`: v2.lastSeen, `sources`: v6}) AS v7
  }
  RETURN collect(CASE WHEN v1 IS NULL THEN null ELSE {`name`: v1.name, `nameEn`: v1.nameEn, `positions`: v7} END)[0] AS v8
}
RETURN v8
