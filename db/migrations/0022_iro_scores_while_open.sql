-- An IRO score is part of what a double-materiality confirmation seals (issue 15 §8): every score
-- committed before it, none after. A score may be written only while its assessment is a draft
-- or open, and that is checked under the assessment's row lock (FOR SHARE), whoever connects: a
-- write in flight holds the lock, so the close and the confirmation (SELECT … FOR UPDATE) wait
-- for it to commit; a write after them finds the assessment closed and is refused. Deleting stays
-- possible (an IRO removed while open; an assessment or a user deleted, by cascade).
CREATE FUNCTION iro_scores_while_open() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  state text;
BEGIN
  SELECT a.status INTO state FROM assessments a JOIN iros i ON i.assessment_id = a.id
    WHERE i.id = NEW.iro_id FOR SHARE OF a;
  IF state IS NULL OR state NOT IN ('draft', 'open') THEN
    RAISE EXCEPTION 'an IRO score is written only while its assessment is a draft or open (it is %)',
      coalesce(state, 'not found') USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER iro_scores_while_open BEFORE INSERT OR UPDATE ON iro_scores
  FOR EACH ROW EXECUTE FUNCTION iro_scores_while_open();
