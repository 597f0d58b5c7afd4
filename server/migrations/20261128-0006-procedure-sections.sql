-- The national portal's sections of a procedure that the catalog lacked: who may apply, and the
-- requirements and conditions.
ALTER TABLE procedures ADD COLUMN applicants text NOT NULL DEFAULT '';
ALTER TABLE procedures ADD COLUMN conditions text NOT NULL DEFAULT '';
