-- The article's updated_at when a representation was rendered: a row serves reads only while it equals the article's
-- own, so a representation rendered before the last write (its rendering after the commit failed, or has not run
-- yet) is never served; reads render on demand until the row is rendered again.
ALTER TABLE representation ADD COLUMN article_updated_at TIMESTAMP WITH TIME ZONE;
