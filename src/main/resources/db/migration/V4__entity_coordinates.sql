-- Places the knowledge base knows carry their position (WGS 84 degrees, from the world gazetteer).
ALTER TABLE named_entity ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE named_entity ADD COLUMN longitude DOUBLE PRECISION;
