// Evidence.document (and PositionSource.document): the document an excerpt comes from.
MATCH (document:Document {id: this.source})
RETURN document AS document
