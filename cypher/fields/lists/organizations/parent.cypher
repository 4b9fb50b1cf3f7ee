// The candidates of a page of organizations that starts from the parent filter.
MATCH (:Organization {id: $parent})<-[:PART_OF]-(n:Organization)
RETURN DISTINCT n
