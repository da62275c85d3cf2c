-- An institution of a state (its armed forces, police, a ministry) is an entity of its own, part of the state.
ALTER TABLE named_entity ADD COLUMN part_of VARCHAR(255);
