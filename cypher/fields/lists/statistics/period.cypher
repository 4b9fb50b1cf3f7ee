// The candidates of a page of statistics that starts from the period filter.
MATCH (n:Statistic) WHERE n.period STARTS WITH $period
RETURN n
