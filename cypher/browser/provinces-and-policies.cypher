// Provinces and the policies they implement
// As the API's Region.policies(includeSubRegions: true) counts them: by the province, one of its cities,
// or a body with jurisdiction over either.
MATCH (province:Region {level: 'province'})
MATCH path = (province)<-[:PART_OF*0..3]-(:Region)-[:IMPLEMENTS]->(:Policy)
RETURN path
UNION
MATCH (province:Region {level: 'province'})
MATCH path = (province)<-[:PART_OF*0..3]-(:Region)<-[:HAS_JURISDICTION]-(:Organization)-[:IMPLEMENTS]->(:Policy)
RETURN path
