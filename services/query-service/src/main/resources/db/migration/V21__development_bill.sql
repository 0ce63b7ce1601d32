-- The bill or ordinance a legislative development is about (events: Development.bill, optional
-- within v1). On each source as its article names it, and on the development: the founder's,
-- else the first source (in grouping order) naming one — filled later, recorded as a correction.
-- Read by the bill tracker (/api/bills), which identifies a bill by jurisdiction + number, else
-- jurisdiction + title; rows written before this have none and fall back to the lineage.
ALTER TABLE development ADD COLUMN bill_number text, ADD COLUMN bill_title text;
ALTER TABLE development_source ADD COLUMN bill_number text, ADD COLUMN bill_title text;
