-- The ID number and phone as every list shows them (masked: not sensitive), so that lists and the masked export need
-- no decryption (issue 9). Rows of earlier versions get them at the module's start (MaskedIdentityFill); until then
-- a list decrypts those rows. Portable SQL (Derby and PostgreSQL).

ALTER TABLE CTL_PERSON ADD COLUMN ID_MASKED VARCHAR(32);
ALTER TABLE CTL_PERSON ADD COLUMN PHONE_MASKED VARCHAR(32);
