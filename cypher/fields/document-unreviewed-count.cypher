// Document.unreviewedCount: how many of its records were loaded still flagged for review (load-seed.ts keeps the
// count); a document loaded before review notes were kept has none, so nothing of it is known to be unreviewed.
coalesce(this.unreviewedCount, 0)
