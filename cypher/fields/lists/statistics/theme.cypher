// The candidates of a page of statistics that starts from the theme filter.
MATCH (:Theme {id: $theme})<-[:ABOUT]-(n:Statistic)
RETURN DISTINCT n
