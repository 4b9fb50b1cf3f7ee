// IndicatorFigure.document: the report that gives the figure.
MATCH (document:Document {id: this.statistic.source})
RETURN document AS document
