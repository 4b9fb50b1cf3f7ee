// A person and the relation lists a lookup of it asks for, in one query
// (cypher-catalog.ts composes it from the files named on the next line: each relation runs only when asked for).
//@bundle entities-by-id person-memberships person-positions person-statements person-themes proposals-by-proposer attendance-by-person authorship-by-person entity-mentions
