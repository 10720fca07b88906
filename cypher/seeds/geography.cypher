// Reference geography (Bron: CBS). MERGE on codes, so loading again changes nothing.
UNWIND $regions AS region
MERGE (r:Region {code: region.code})
SET r.name = region.name, r.kind = region.kind, r.source = 'CBS'
WITH count(*) AS regions
UNWIND $municipalities AS row
MERGE (m:Municipality {code: row.code})
SET m.name = row.name,
    m.provinceCode = row.provinceCode,
    m.province = row.province,
    m.lat = row.lat,
    m.lon = row.lon,
    m.population = row.population,
    m.populationYear = row.populationYear,
    m.source = 'CBS'
WITH m, row
UNWIND row.regionCodes AS regionCode
MATCH (r:Region {code: regionCode})
MERGE (m)-[:IN_REGION]->(r)
RETURN count(DISTINCT m) AS municipalities
