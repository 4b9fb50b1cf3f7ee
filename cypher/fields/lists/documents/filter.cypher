// A page of documents matching the filter, after the keyset cursor ($afterKey, $afterId), in the order asked, and with
// $withCount how many match in all. The compiler picks how the candidates are read (one file of this folder, run as
// a subquery before this filter): with no filter, `walk-<key>-<direction>` walks the sort key's index in that order
// and stops after the page ($walkFrom is where it starts); with a filter, the candidates come from the filter's own
// entity or index; `all` reads every document for an order no index walks. Every filter given is then checked
// (this file), so any combination works, and the candidates are sorted and cut.
WITH n AS d
WHERE ($nameContains IS NULL OR d.matchText CONTAINS toLower($nameContains))
  AND ($from IS NULL OR d.publishedAt >= $from) AND ($to IS NULL OR d.publishedAt <= $to)
  AND ($kind IS NULL OR d.kind = $kind)
  AND ($publisher IS NULL OR d.publisher = $publisher)
  AND ($unreviewed IS NULL OR (coalesce(d.unreviewedCount, 0) > 0) = $unreviewed)
WITH d AS n
