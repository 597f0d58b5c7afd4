-- Results by post (dịch vụ bưu chính công ích): chosen at submission, with the address and the postage;
-- the desk records the consignment number when it hands the result to the post, then how delivery went.
ALTER TABLE dossiers
  ADD COLUMN result_delivery     text NOT NULL DEFAULT 'counter' CHECK (result_delivery IN ('counter', 'post')),
  ADD COLUMN delivery_address    text,
  ADD COLUMN consignment_number  text,
  ADD COLUMN delivery_status     text CHECK (delivery_status IN ('sent', 'delivered', 'failed')),
  ADD COLUMN delivery_updated_at timestamptz,
  ADD CONSTRAINT dossiers_post_needs_address CHECK (result_delivery = 'counter' OR delivery_address IS NOT NULL);
