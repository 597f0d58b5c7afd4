-- The expression index of 0004 reads applicant->>'identityNumber', which is sealed since 0031 (a different
-- ciphertext each time): no query can use it, and every dossier write still maintained it. The lookup by ID
-- number uses applicant_identity_hash (dossiers_applicant_lookup).
DROP INDEX IF EXISTS dossiers_applicant_identity;
