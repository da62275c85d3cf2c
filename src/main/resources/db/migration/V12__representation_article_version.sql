-- The article's updated_at a representation was rendered from: the Last-Modified of its reads, without reading the
-- article's row (which holds its whole text) on a read that misses memory.
ALTER TABLE representation ADD COLUMN article_updated_at TIMESTAMP WITH TIME ZONE;
