// Document.mentions: a document is its own source; its one mention is its title where the text gives it. A map
// literal, not a projection (this {.evidence}): `this` may stand for an expression such as a search hit's entity,
// and only a variable can be projected.
[{evidence: this.evidence, evidenceStart: this.evidenceStart, evidenceEnd: this.evidenceEnd, source: this.id}]
