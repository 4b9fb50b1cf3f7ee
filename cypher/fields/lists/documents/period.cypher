// The candidates of a page of documents that starts from the period filter.
MATCH (n:Document) WHERE n.publishedAt >= coalesce($from, '') AND n.publishedAt <= coalesce($to, '9999-12-31')
RETURN n
