// Officials and the themes they discussed
// Each official (a person who speaks for a body), what they said, and the themes their words address.
MATCH path = (:Organization)<-[:SPEAKS_FOR]-(:Person)-[:SAID]->(:Statement)-[:ABOUT]->(:Theme)
RETURN path
