// The candidates of a page of people that starts from the theme filter.
MATCH (:Theme {id: $theme})<-[:ABOUT]-(:Statement)<-[:SAID]-(n:Person)
RETURN DISTINCT n
