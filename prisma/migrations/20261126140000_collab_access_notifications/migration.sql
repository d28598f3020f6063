-- Collab servers LISTEN on foreword_collab_access and revoke the affected
-- connections the moment the right to write a section changes: a section's
-- state (complete, reopen, lock), or a member's role or membership. The
-- notification is sent by the database at commit, so it arrives even when
-- the app could not reach a collab server's invalidation endpoint.

CREATE FUNCTION foreword_notify_section_state() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify(
    'foreword_collab_access',
    json_build_object(
      'documents', json_build_array('section.' || NEW."id"),
      'members', json_build_array()
    )::text
  );
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Section_state_notify_collab"
AFTER UPDATE OF "state" ON "Section"
FOR EACH ROW
WHEN (OLD."state" IS DISTINCT FROM NEW."state")
EXECUTE FUNCTION foreword_notify_section_state();

CREATE FUNCTION foreword_notify_membership() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."role" = NEW."role" THEN
    RETURN NULL;
  END IF;
  PERFORM pg_notify(
    'foreword_collab_access',
    json_build_object(
      'documents', json_build_array(),
      'members', json_build_array(
        json_build_object('userId', OLD."userId", 'workspaceId', OLD."workspaceId")
      )
    )::text
  );
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Membership_access_notify_collab"
AFTER UPDATE OF "role" OR DELETE ON "Membership"
FOR EACH ROW
EXECUTE FUNCTION foreword_notify_membership();
