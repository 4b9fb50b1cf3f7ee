// A page of organizations matching the filter, after the keyset cursor ($afterKey, $afterId), in the order asked, and with
// $withCount how many match in all. The compiler picks how the candidates are read (one file of this folder, run as
// a subquery before this filter): with no filter, `walk-<key>-<direction>` walks the sort key's index in that order
// and stops after the page ($walkFrom is where it starts); with a filter, the candidates come from the filter's own
// entity or index; `all` reads every organization for an order no index walks. Every filter given is then checked
// (this file), so any combination works, and the candidates are sorted and cut.
//@include lists/region-places
UNWIND candidates AS n
WITH n AS o, regionPlaces
WHERE ($nameContains IS NULL OR o.matchText CONTAINS toLower($nameContains))
  AND ($kind IS NULL OR o.kind = $kind)
  AND ($region IS NULL OR EXISTS { MATCH (o)-[:HAS_JURISDICTION|LOCATED_IN]->(place:Region) WHERE place IN regionPlaces })
  AND ($parent IS NULL OR EXISTS { (o)-[:PART_OF]->(:Organization {id: $parent}) })
  AND ($document IS NULL OR EXISTS { (o)-[:SOURCE]->(:Document {id: $document}) })
WITH o AS n
