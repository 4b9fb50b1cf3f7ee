// A policy and the relation lists a lookup of it asks for, in one query
// (cypher-catalog.ts composes it from the files named on the next line: each relation runs only when asked for).
//@bundle entities-by-id implementations-by-policy proposals-by-policy theme-links measurements-by-subject statements-mentioning entity-mentions
