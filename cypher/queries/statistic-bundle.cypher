// A statistic and the relation lists a lookup of it asks for, in one query
// (cypher-catalog.ts composes it from the files named on the next line: each relation runs only when asked for).
//@bundle entities-by-id measurements-by-statistic theme-links statements-mentioning entity-mentions
