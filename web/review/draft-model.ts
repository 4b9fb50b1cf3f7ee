// The draft and its edits live in src/review/draft-model.ts, shared with re-extraction on the server, which replays
// a report's decision log on a new draft; the page's modules import them from here as before.
export * from '../../src/review/draft-model.ts';
