  AND ($from IS NULL OR s.publishedAt >= $from) AND ($to IS NULL OR s.publishedAt <= $to)
  AND ($documents IS NULL OR s.source IN $documents)
