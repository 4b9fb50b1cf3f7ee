// A page of policies matching the filter, after the keyset cursor ($afterKey, $afterId), in the order asked, and with
// $withCount how many match in all. The compiler picks how the candidates are read (one file of this folder, run as
// a subquery before this filter): with no filter, `walk-<key>-<direction>` walks the sort key's index in that order
// and stops after the page ($walkFrom is where it starts); with a filter, the candidates come from the filter's own
// entity or index; `all` reads every policy for an order no index walks. Every filter given is then checked
// (this file), so any combination works, and the candidates are sorted and cut.
// A policy is implemented in a region when the region, one of its sub-regions, or a body with jurisdiction over
// one of them implements it.
//@include lists/region-places
UNWIND candidates AS n
WITH n AS p, regionPlaces
WHERE ($nameContains IS NULL OR p.matchText CONTAINS toLower($nameContains))
  AND ($kind IS NULL OR p.kind = $kind)
  AND ($theme IS NULL OR EXISTS { (p)-[:ABOUT]->(:Theme {id: $theme}) })
  AND ($region IS NULL
       OR EXISTS { MATCH (p)<-[:IMPLEMENTS]-(place:Region) WHERE place IN regionPlaces }
       OR EXISTS { MATCH (p)<-[:IMPLEMENTS]-(:Organization)-[:HAS_JURISDICTION]->(place:Region) WHERE place IN regionPlaces })
  AND ($document IS NULL OR EXISTS { (p)-[:SOURCE]->(:Document {id: $document}) })
WITH p AS n
