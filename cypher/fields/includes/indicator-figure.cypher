RETURN {
  statistic: s, region: region, indicator: s.indicator, value: s.value, unit: s.unit, period: s.period, change: s.change,
  changeUnit: s.changeUnit, qualifier: s.qualifier, publishedAt: s.publishedAt, evidence: s
} AS figure
