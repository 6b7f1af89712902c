-- The borderline band became a setting (surveys/settings.ts BorderlineSettings). Every assessment
-- before it was scored with max(0.10, 1.96·SE), so that is what their settings now say.
-- Sealed snapshots are not touched (a trigger refuses it); readers default the same way.
UPDATE "assessments"
SET "settings" = "settings" || '{"borderline": {"mode": "se", "k": 1.96}}'::jsonb
WHERE NOT ("settings" ? 'borderline');
