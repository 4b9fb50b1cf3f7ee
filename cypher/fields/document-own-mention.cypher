// Document.mentions: a document is its own source; its one mention is its title where the text gives it.
[this {.evidence, .evidenceStart, .evidenceEnd, source: this.id}]
