// The whole domain model (issue 3): cases, handovers, consultation tables, needs, ties.

// Official identifiers: a duplicate is a CONFLICT.
CREATE CONSTRAINT organisation_brin IF NOT EXISTS
FOR (o:Organisation) REQUIRE o.brin IS UNIQUE;

CREATE CONSTRAINT organisation_swv_code IF NOT EXISTS
FOR (o:Organisation) REQUIRE o.swvCode IS UNIQUE;

CREATE INDEX organisation_kvk IF NOT EXISTS
FOR (o:Organisation) ON (o.kvk);

CREATE INDEX organisation_status IF NOT EXISTS
FOR (o:Organisation) ON (o.status);

CREATE CONSTRAINT need_code IF NOT EXISTS
FOR (n:Need) REQUIRE n.code IS UNIQUE;

CREATE CONSTRAINT consultation_table_id IF NOT EXISTS
FOR (t:ConsultationTable) REQUIRE t.id IS UNIQUE;

CREATE CONSTRAINT case_id IF NOT EXISTS
FOR (c:Case) REQUIRE c.id IS UNIQUE;

CREATE INDEX case_status IF NOT EXISTS
FOR (c:Case) ON (c.status);

CREATE INDEX case_kind IF NOT EXISTS
FOR (c:Case) ON (c.kind);

CREATE INDEX case_retain_until IF NOT EXISTS
FOR (c:Case) ON (c.retainUntil);

// A young person is only ever a keyed hash of the BSN.
CREATE CONSTRAINT subject_key IF NOT EXISTS
FOR (s:Subject) REQUIRE s.key IS UNIQUE;

CREATE CONSTRAINT handover_id IF NOT EXISTS
FOR (h:Handover) REQUIRE h.id IS UNIQUE;

CREATE INDEX handover_status IF NOT EXISTS
FOR (h:Handover) ON (h.status);

// Ties are relationships with their own id, found by it when confirmed.
CREATE INDEX tie_id IF NOT EXISTS
FOR ()-[t:TIE]-() ON (t.id);

CREATE INDEX tie_last_confirmed IF NOT EXISTS
FOR ()-[t:TIE]-() ON (t.lastConfirmedAt);

CREATE INDEX professional_status IF NOT EXISTS
FOR (p:Professional) ON (p.status);
