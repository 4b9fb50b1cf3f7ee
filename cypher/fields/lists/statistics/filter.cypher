// A page of statistics matching the filter, after the keyset cursor ($afterKey, $afterId), in the order asked, and with
// $withCount how many match in all. The compiler picks how the candidates are read (one file of this folder, run as
// a subquery before this filter): with no filter, `walk-<key>-<direction>` walks the sort key's index in that order
// and stops after the page ($walkFrom is where it starts); with a filter, the candidates come from the filter's own
// entity or index; `all` reads every statistic for an order no index walks. Every filter given is then checked
// (this file), so any combination works, and the candidates are sorted and cut.
// A statistic of a region is about the region or one of its sub-regions; with $from, $to or $documents, only
// statistics those reports give.
//@include lists/region-places
UNWIND candidates AS n
WITH n AS s, regionPlaces
WHERE ($indicatorContains IS NULL OR s.matchText CONTAINS toLower($indicatorContains))
  AND ($period IS NULL OR s.period STARTS WITH $period)
  AND ($theme IS NULL OR EXISTS { (s)-[:ABOUT]->(:Theme {id: $theme}) })
  AND ($region IS NULL OR EXISTS { MATCH (s)-[:MEASURES]->(place:Region) WHERE place IN regionPlaces })
  AND ($document IS NULL OR EXISTS { (s)-[:SOURCE]->(:Document {id: $document}) })
  AND ($from IS NULL OR s.publishedAt >= $from) AND ($to IS NULL OR s.publishedAt <= $to)
  AND ($documents IS NULL OR s.source IN $documents)
WITH s AS n
