// Sets a document's decision log: the decisions it had go, $decisions (in order) take their place; an empty list
// removes the log with the document. ReviewDecision nodes are bookkeeping beside the graph, not entities: no
// relationship joins them to it, and they are found by `documentId`.
CALL () {
  MATCH (old:ReviewDecision {documentId: $documentId})
  DELETE old
}
UNWIND range(0, size($decisions) - 1) AS seq
WITH seq, $decisions[seq] AS decision
CREATE (x:ReviewDecision {documentId: $documentId, seq: seq})
SET x.record = decision.record, x.name = decision.name, x.action = decision.action, x.by = decision.by, x.at = decision.at,
    x.details = decision.details
