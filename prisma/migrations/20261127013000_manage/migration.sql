-- Issue 10, managing initiatives: archiving an initiative makes every one of
-- its sections read-only, and deleting it removes them. Like a change of a
-- section's state (20261126140000_collab_access_notifications), both are told
-- to every collab server by the database at commit, on the same channel, so
-- open editors turn read-only (or close) even when the app could not reach a
-- collab server's invalidation endpoint.

CREATE FUNCTION foreword_notify_initiative_archived() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify(
    'foreword_collab_access',
    json_build_object(
      'documents', COALESCE(
        (SELECT json_agg('section.' || s."id") FROM "Section" AS s WHERE s."initiativeId" = NEW."id"),
        json_build_array()),
      'members', json_build_array()
    )::text
  );
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Initiative_archived_notify_collab"
AFTER UPDATE OF "archivedAt" ON "Initiative"
FOR EACH ROW
WHEN (OLD."archivedAt" IS DISTINCT FROM NEW."archivedAt")
EXECUTE FUNCTION foreword_notify_initiative_archived();

CREATE FUNCTION foreword_notify_section_deleted() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify(
    'foreword_collab_access',
    json_build_object(
      'documents', json_build_array('section.' || OLD."id"),
      'members', json_build_array()
    )::text
  );
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Section_deleted_notify_collab"
AFTER DELETE ON "Section"
FOR EACH ROW
EXECUTE FUNCTION foreword_notify_section_deleted();
