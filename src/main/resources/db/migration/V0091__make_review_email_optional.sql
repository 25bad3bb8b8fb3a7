-- A reader may leave a review without an e-mail address; one that is given stays lower case and never shown.
ALTER TABLE review ALTER COLUMN email DROP NOT NULL;
