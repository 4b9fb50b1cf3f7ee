// A page of statements matching the filter, after the keyset cursor ($afterKey, $afterId), in the order asked, and with
// $withCount how many match in all. The compiler picks how the candidates are read (one file of this folder, run as
// a subquery before this filter): with no filter, `walk-<key>-<direction>` walks the sort key's index in that order
// and stops after the page ($walkFrom is where it starts); with a filter, the candidates come from the filter's own
// entity or index; `all` reads every statement for an order no index walks. Every filter given is then checked
// (this file), so any combination works, and the candidates are sorted and cut.
// A statement's name is its text; with $from, $to or $documents, only statements of those reports.
WITH n AS s
WHERE ($textContains IS NULL OR s.matchText CONTAINS toLower($textContains))
  AND ($speaker IS NULL OR EXISTS { (s)<-[:SAID]-(:Person {id: $speaker}) })
  AND ($theme IS NULL OR EXISTS { (s)-[:ABOUT]->(:Theme {id: $theme}) })
  AND ($mentions IS NULL OR EXISTS { (s)-[:MENTIONS]->(:Entity {id: $mentions}) })
  AND ($document IS NULL OR EXISTS { (s)-[:SOURCE]->(:Document {id: $document}) })
  AND ($from IS NULL OR s.publishedAt >= $from) AND ($to IS NULL OR s.publishedAt <= $to)
  AND ($documents IS NULL OR s.source IN $documents)
WITH s AS n
