-- Modules offered to member units (their administrators then enable them for their own unit), and what personal data
-- a module holds, named in the confirmation a unit gives when it enables it.
ALTER TABLE CORE_MODULE ADD COLUMN OFFERED BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE CORE_MODULE ADD COLUMN PERSONAL_DATA_ZH VARCHAR(500);
ALTER TABLE CORE_MODULE ADD COLUMN PERSONAL_DATA_EN VARCHAR(500);
