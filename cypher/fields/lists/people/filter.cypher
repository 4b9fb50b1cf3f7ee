// A page of people matching the filter, after the keyset cursor ($afterKey, $afterId), in the order asked, and with
// $withCount how many match in all. The compiler picks how the candidates are read (one file of this folder, run as
// a subquery before this filter): with no filter, `walk-<key>-<direction>` walks the sort key's index in that order
// and stops after the page ($walkFrom is where it starts); with a filter, the candidates come from the filter's own
// entity or index; `all` reads every person for an order no index walks. Every filter given is then checked
// (this file), so any combination works, and the candidates are sorted and cut.
// With a period or a list of reports ($from, $to, $documents), only people those reports name count, and only the
// posts and statements of those reports count for $organization and $theme.
WITH n AS p
WHERE ($nameContains IS NULL OR p.matchText CONTAINS toLower($nameContains))
  AND ($organization IS NULL OR EXISTS {
        (p)-[r:SPEAKS_FOR]->(:Organization {id: $organization})
        WHERE ($from IS NULL OR r.publishedAt >= $from) AND ($to IS NULL OR r.publishedAt <= $to)
          AND ($documents IS NULL OR r.source IN $documents) })
  AND ($theme IS NULL OR EXISTS {
        (p)-[:SAID]->(s:Statement)-[:ABOUT]->(:Theme {id: $theme})
        WHERE ($from IS NULL OR s.publishedAt >= $from) AND ($to IS NULL OR s.publishedAt <= $to)
          AND ($documents IS NULL OR s.source IN $documents) })
  AND ($document IS NULL OR EXISTS { (p)-[:SOURCE]->(:Document {id: $document}) })
  AND (($from IS NULL AND $to IS NULL AND $documents IS NULL) OR EXISTS {
        (p)-[src:SOURCE]->(:Document)
        WHERE ($from IS NULL OR src.publishedAt >= $from) AND ($to IS NULL OR src.publishedAt <= $to)
          AND ($documents IS NULL OR src.source IN $documents) })
WITH p AS n
