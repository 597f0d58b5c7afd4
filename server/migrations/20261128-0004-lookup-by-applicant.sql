-- Public lookup by the applicant's ID number and phone (the national portal's second way in).
CREATE INDEX dossiers_applicant_identity ON dossiers ((applicant->>'identityNumber'));
