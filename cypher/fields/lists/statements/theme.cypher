// The candidates of a page of statements that starts from the theme filter.
MATCH (:Theme {id: $theme})<-[:ABOUT]-(n:Statement)
RETURN n
