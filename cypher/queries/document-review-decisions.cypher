// A document's review decisions in the order they were taken (src/review/decision-log.ts): each node keeps who,
// when, what and on which record, and the whole decision as JSON for replaying it.
MATCH (x:ReviewDecision {documentId: $documentId})
RETURN x.details AS details
ORDER BY x.seq
