-- Submitted answers are evidence: a sealed confirmation and its evidence pack name them by count,
-- last id and digest, so once stored neither a response nor its ratings may change, whoever
-- connects. Two documented exceptions (README "Confirmation", SECURITY.md "Data retention"):
--  * The retention erasure (db/queries/retention.ts) clears what could identify a respondent:
--    suggested_issues, started_at, address_hash and browser_id may become NULL, and submitted_at
--    may be cut to its UTC day. Every other column must stay as it was.
--  * A response may be deleted only together with its whole assessment (an organisation leaving
--    the service: DELETE FROM assessments cascades), i.e. once the assessment row is gone; a
--    rating only together with its response. A confirmed assessment cannot be deleted at all
--    (confirmations refer to it with ON DELETE RESTRICT and are append-only).
-- TRUNCATE stays possible for tests that reset the database.
CREATE FUNCTION responses_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  erasable CONSTANT text[] :=
    ARRAY['suggested_issues', 'started_at', 'address_hash', 'browser_id', 'submitted_at'];
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF EXISTS (SELECT 1 FROM assessments WHERE id = OLD.assessment_id) THEN
      RAISE EXCEPTION 'responses are immutable once submitted' USING ERRCODE = 'P0001';
    END IF;
    RETURN OLD;
  END IF;
  -- Compared as jsonb so that a column added later is protected without touching this trigger.
  IF to_jsonb(NEW) - erasable <> to_jsonb(OLD) - erasable
     OR (NEW.suggested_issues IS NOT NULL AND NEW.suggested_issues IS DISTINCT FROM OLD.suggested_issues)
     OR (NEW.started_at IS NOT NULL AND NEW.started_at IS DISTINCT FROM OLD.started_at)
     OR (NEW.address_hash IS NOT NULL AND NEW.address_hash IS DISTINCT FROM OLD.address_hash)
     OR (NEW.browser_id IS NOT NULL AND NEW.browser_id IS DISTINCT FROM OLD.browser_id)
     OR (NEW.submitted_at IS DISTINCT FROM OLD.submitted_at
         AND NEW.submitted_at IS DISTINCT FROM date_trunc('day', OLD.submitted_at, 'UTC'))
  THEN
    RAISE EXCEPTION 'responses are immutable once submitted (only the retention erasure may clear personal data)'
      USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER responses_immutable BEFORE UPDATE OR DELETE ON responses
  FOR EACH ROW EXECUTE FUNCTION responses_immutable();
--> statement-breakpoint
CREATE FUNCTION ratings_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM responses WHERE id = OLD.response_id) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'ratings are immutable once submitted' USING ERRCODE = 'P0001';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER ratings_immutable BEFORE UPDATE OR DELETE ON ratings
  FOR EACH ROW EXECUTE FUNCTION ratings_immutable();
