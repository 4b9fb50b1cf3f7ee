  AND (toLower(s.indicator) = toLower($indicator) OR toLower(s.indicatorEn) = toLower($indicator)
       OR $indicator IN coalesce(s.aliases, []))
//@include includes/statement-in-scope
