// The documents loaded from a draft of the extractor, which `npm run extract -- --reextract` can draft again.
MATCH (d:Document)
WHERE d.extracted = true
RETURN d.id AS id
ORDER BY d.publishedAt, d.id
