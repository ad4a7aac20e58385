-- When feed autodiscovery last ran for an outlet that lists no feeds (epoch ms; NULL = never).
ALTER TABLE sources ADD COLUMN discovery_ms INTEGER;
