// The candidates of a page of people that starts from the organization filter.
MATCH (:Organization {id: $organization})<-[:SPEAKS_FOR]-(n:Person)
RETURN DISTINCT n
