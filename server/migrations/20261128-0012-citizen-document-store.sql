-- The citizen's document store (kho dữ liệu của công dân): documents and results of their earlier
-- dossiers, reused in a new one without uploading again. A reused file names the file it came from.
ALTER TABLE dossier_files ADD COLUMN reused_from_file_id bigint REFERENCES dossier_files(id);
CREATE INDEX dossiers_applicant_status ON dossiers (applicant_id) WHERE status <> 'draft';
