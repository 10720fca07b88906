// Professionals, ties and consultation tables (issue 3).

// Lists of professionals sort by name; archived ones are left out by default.
CREATE INDEX professional_name IF NOT EXISTS
FOR (p:Professional) ON (p.name);

// At most one ACTIVE tie of a kind between the same pair: an active tie carries the key
// "<lower id>~<higher id>~<kind>", removed when it is archived. The constraint holds even when
// two requests race past the check in the API.
CREATE CONSTRAINT tie_active_key IF NOT EXISTS
FOR ()-[t:TIE]-() REQUIRE t.activeKey IS UNIQUE;

CREATE INDEX tie_kind IF NOT EXISTS
FOR ()-[t:TIE]-() ON (t.kind);

CREATE INDEX consultation_table_kind IF NOT EXISTS
FOR (t:ConsultationTable) ON (t.kind);

CREATE INDEX consultation_table_name IF NOT EXISTS
FOR (t:ConsultationTable) ON (t.name);
