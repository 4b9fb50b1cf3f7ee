// A relation stated by several reports is several parallel relationships: each item keeps all of them, oldest report first.
ORDER BY r.publishedAt, r.source, r.evidenceStart
