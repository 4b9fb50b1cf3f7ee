// The graph's schema, applied at start-up and before every seed load. Every statement is idempotent.

// Every node of the report is an :Entity as well as its own label, so one index answers lookups by id
// whatever the kind, and MERGE on :Entity(id) is safe when two loaders run at once.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statistic_id IF NOT EXISTS FOR (n:Statistic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
// The one node holding the graph's version (graph-version-bump.cypher): unique so concurrent MERGEs cannot fork it.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;

// The keys lists walk in order (a page reads the page, not the list) and the filters they start from. An index
// serves a query only when the query names its label, hence one per listed label.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level);
CREATE INDEX policy_name IF NOT EXISTS FOR (n:Policy) ON (n.name);
CREATE INDEX policy_kind IF NOT EXISTS FOR (n:Policy) ON (n.kind);
CREATE INDEX statistic_name IF NOT EXISTS FOR (n:Statistic) ON (n.name);
CREATE INDEX statistic_indicator IF NOT EXISTS FOR (n:Statistic) ON (n.indicator);
CREATE INDEX statistic_value IF NOT EXISTS FOR (n:Statistic) ON (n.value);
CREATE INDEX statistic_period IF NOT EXISTS FOR (n:Statistic) ON (n.period);
CREATE INDEX theme_name IF NOT EXISTS FOR (n:Theme) ON (n.name);
CREATE INDEX statement_name IF NOT EXISTS FOR (n:Statement) ON (n.name);
CREATE INDEX document_name IF NOT EXISTS FOR (n:Document) ON (n.name);
CREATE INDEX document_published_at IF NOT EXISTS FOR (n:Document) ON (n.publishedAt);
CREATE INDEX document_kind IF NOT EXISTS FOR (n:Document) ON (n.kind);
CREATE INDEX document_publisher IF NOT EXISTS FOR (n:Document) ON (n.publisher);
// A report is known by its text's checksum and its URL: loading it again finds the copy the graph holds.
CREATE INDEX document_text_checksum IF NOT EXISTS FOR (n:Document) ON (n.textChecksum);
CREATE INDEX document_url IF NOT EXISTS FOR (n:Document) ON (n.url);
// The documents loaded from drafts, which `npm run extract -- --reextract` drafts again.
CREATE INDEX document_extracted IF NOT EXISTS FOR (n:Document) ON (n.extracted);
// A document's review decisions (document-write-decisions.cypher) are found by its id.
CREATE INDEX review_decision_document IF NOT EXISTS FOR (n:ReviewDecision) ON (n.documentId);
// "contains" filters (nameContains, textContains, indicatorContains) match `matchText`: the name, the English name
// and the pinyin keys in lower case, one per line. A text index answers CONTAINS from trigrams, without reading
// every node.
CREATE TEXT INDEX person_match_text IF NOT EXISTS FOR (n:Person) ON (n.matchText);
CREATE TEXT INDEX organization_match_text IF NOT EXISTS FOR (n:Organization) ON (n.matchText);
CREATE TEXT INDEX region_match_text IF NOT EXISTS FOR (n:Region) ON (n.matchText);
CREATE TEXT INDEX policy_match_text IF NOT EXISTS FOR (n:Policy) ON (n.matchText);
CREATE TEXT INDEX statistic_match_text IF NOT EXISTS FOR (n:Statistic) ON (n.matchText);
CREATE TEXT INDEX theme_match_text IF NOT EXISTS FOR (n:Theme) ON (n.matchText);
CREATE TEXT INDEX statement_match_text IF NOT EXISTS FOR (n:Statement) ON (n.matchText);
CREATE TEXT INDEX document_match_text IF NOT EXISTS FOR (n:Document) ON (n.matchText);

// Full-text search over Chinese names and statements, English names, pinyin keys and aliases. The cjk
// analyzer indexes Chinese as overlapping character pairs, so 黑臭水体 is found inside a longer sentence.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Organization|Region|Policy|Statistic|Theme|Statement|Event|Document)
ON EACH [n.name, n.nameEn, n.aliases, n.pinyinKeys, n.indicator, n.indicatorEn, n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };

// Returns once every index above is online, so the first queries after start-up use them.
CALL db.awaitIndexes(300);
