// Gives documents loaded before checksums the checksum of their text (rows of id and textChecksum).
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d.textChecksum = row.textChecksum
