// Query.entity, Query.person, Query.region …: an entity by id, of the label the field names ($label null: any label).
MATCH (this:Entity {id: $id})
WHERE $label IS NULL OR $label IN labels(this)
RETURN this AS entity
