  AND ($from IS NULL OR r.publishedAt >= $from) AND ($to IS NULL OR r.publishedAt <= $to)
  AND ($documents IS NULL OR r.source IN $documents)
