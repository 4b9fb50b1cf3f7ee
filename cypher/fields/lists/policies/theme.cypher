// The candidates of a page of policies that starts from the theme filter.
MATCH (:Theme {id: $theme})<-[:ABOUT]-(n:Policy)
RETURN DISTINCT n
