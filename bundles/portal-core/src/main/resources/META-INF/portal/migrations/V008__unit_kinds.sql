-- Need-to-know by kind of agency: a unit's kind (police, justice ...; codes differ from town to town, kinds do not),
-- and per permission the unit kinds whose staff may hold it. UNIT_KINDS NULL: not decided yet (the module's default
-- is taken when it next registers); '' : any unit; otherwise a comma list such as 'OFFICE,POLICE'.
ALTER TABLE CORE_UNIT ADD COLUMN KIND VARCHAR(16) DEFAULT 'OTHER' NOT NULL;
UPDATE CORE_UNIT SET KIND = CODE WHERE CODE IN ('OFFICE', 'POLICE', 'JUSTICE', 'SOCIAL', 'EDU', 'HEALTH', 'MARKET', 'EMERGENCY');
ALTER TABLE CORE_PERMISSION ADD COLUMN UNIT_KINDS VARCHAR(200);
