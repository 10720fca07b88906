// Lookups the API filters on.
CREATE INDEX region_kind IF NOT EXISTS
FOR (r:Region) ON (r.kind);

CREATE INDEX organisation_kind IF NOT EXISTS
FOR (o:Organisation) ON (o.kind);

CREATE INDEX organisation_name IF NOT EXISTS
FOR (o:Organisation) ON (o.name);

CREATE INDEX professional_role IF NOT EXISTS
FOR (p:Professional) ON (p.role);
