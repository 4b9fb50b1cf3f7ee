// The candidates of a page of statistics that reads every one.
MATCH (n:Statistic) WHERE n.id >= ''
RETURN n
