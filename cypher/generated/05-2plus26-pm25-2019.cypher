// Generated from examples/questions/05-2plus26-pm25-2019.graphql by `npm run cypher -- --write-examples`: the one statement the
// question runs. Do not edit: edit the fragments of cypher/fields, then regenerate.
:param {"v1_region":"region:2plus26-cities","v2_region":null,"v2_indicatorContains":null,"v2_period":"2019","v2_theme":null,"v2_document":null,"v2_from":null,"v2_to":null,"v2_documents":null,"v1_sortKey":"name","v1_afterId":null,"v1_descending":false,"v1_afterKey":null,"v1_withCount":true,"v1_limit":1000000000,"v1_first":20}

CALL () {
  CALL () {
    MATCH (region:Region {id: $v1_region})



    CALL (region) {
      MATCH (place:Region)-[:PART_OF*1..6]->(region)
      RETURN DISTINCT place
      UNION
      RETURN region AS place
    }
    MATCH (place)<-[:MEASURES]-(n:Statistic)
    RETURN DISTINCT n
  }
  WITH collect(n) AS candidates
  CALL () {
    OPTIONAL MATCH (region:Region {id: $v2_region})
    CALL (region) {
      WITH region WHERE region IS NOT NULL
      MATCH (place:Region)-[:PART_OF*1..6]->(region)
      RETURN DISTINCT place
      UNION
      WITH region WHERE region IS NOT NULL
      RETURN region AS place
    }
    RETURN collect(place) AS regionPlaces
  }
  UNWIND candidates AS n
  WITH n AS s, regionPlaces
  WHERE ($v2_indicatorContains IS NULL OR s.matchText CONTAINS toLower($v2_indicatorContains))
    AND ($v2_period IS NULL OR s.period STARTS WITH $v2_period)
    AND ($v2_theme IS NULL OR EXISTS { (s)-[:ABOUT]->(:Theme {id: $v2_theme}) })
    AND ($v2_region IS NULL OR EXISTS { MATCH (s)-[:MEASURES]->(place:Region) WHERE place IN regionPlaces })
    AND ($v2_document IS NULL OR EXISTS { (s)-[:SOURCE]->(:Document {id: $v2_document}) })
    AND ($v2_from IS NULL OR s.publishedAt >= $v2_from) AND ($v2_to IS NULL OR s.publishedAt <= $v2_to)
    AND ($v2_documents IS NULL OR s.source IN $v2_documents)
  WITH s AS n
  WITH n, n[$v1_sortKey] AS key
  WITH n, key,
       $v1_afterId IS NULL
       OR (NOT $v1_descending AND (key > $v1_afterKey OR (key = $v1_afterKey AND n.id > $v1_afterId) OR (key IS NULL AND ($v1_afterKey IS NOT NULL OR n.id > $v1_afterId))))
       OR ($v1_descending AND CASE WHEN $v1_afterKey IS NULL THEN key IS NOT NULL OR n.id > $v1_afterId ELSE key < $v1_afterKey OR (key = $v1_afterKey AND n.id > $v1_afterId) END) AS next
  WHERE $v1_withCount OR next
  WITH n, key, next
  ORDER BY CASE WHEN $v1_descending THEN key END DESC, CASE WHEN NOT $v1_descending THEN key END ASC, n.id
  LIMIT $v1_limit
  WITH collect({n: n, next: next}) AS rows
  WITH CASE WHEN $v1_withCount THEN size(rows) END AS totalCount, [row IN rows WHERE row.next | row.n][..$v1_first + 1] AS page

  WITH {totalCount: totalCount, nodes: page} AS v1
  RETURN {totalCount: v1.totalCount, nodes: [v4 IN v1.nodes | {__key: v4.name, __id: v4.id, `node`: {`name`: v4.name, `nameEn`: v4.nameEn, `indicator`: v4.indicator, `value`: v4.value, `unit`: v4.unit, `unitEn`: v4.unitEn, `period`: v4.period, `periodText`: v4.periodText, `change`: v4.change, `changeUnit`: v4.changeUnit, `evidence`: {`excerpt`: v4.evidence}}}]} AS v3
}
RETURN v3
