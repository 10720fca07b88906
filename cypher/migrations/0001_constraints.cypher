// Natural keys of the reference data and stable ids of the network.
CREATE CONSTRAINT municipality_code IF NOT EXISTS
FOR (m:Municipality) REQUIRE m.code IS UNIQUE;

CREATE CONSTRAINT region_code IF NOT EXISTS
FOR (r:Region) REQUIRE r.code IS UNIQUE;

CREATE CONSTRAINT organisation_id IF NOT EXISTS
FOR (o:Organisation) REQUIRE o.id IS UNIQUE;

CREATE CONSTRAINT professional_id IF NOT EXISTS
FOR (p:Professional) REQUIRE p.id IS UNIQUE;
