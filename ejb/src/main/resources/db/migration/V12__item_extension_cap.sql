-- An item's own cap on extending a case (延期), in working days, when its law sets one; null means the
-- general cap (10, or 15 for joint handling) applies.
ALTER TABLE item_version ADD COLUMN extension_cap INTEGER;
ALTER TABLE item_version ADD CONSTRAINT ck_item_version_extension_cap CHECK (extension_cap >= 0);
