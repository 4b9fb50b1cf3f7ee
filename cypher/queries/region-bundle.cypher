// A region and the relation lists a lookup of it asks for, in one query
// (cypher-catalog.ts composes it from the files named on the next line: each relation runs only when asked for).
//@bundle entities-by-id region-parents region-sub-regions jurisdictions-by-region region-policies region-statistics entity-mentions
