// Documents loaded before reports were known by their text's checksum: backfill-text-checksums gives them one.
MATCH (d:Document)
WHERE d.textChecksum IS NULL
RETURN d.id AS id, d.fullText AS text
