// Reference geography (Bron: CBS), and the synthetic regions marked as such. MERGE on codes,
// so loading again changes nothing.
UNWIND $regions AS region
MERGE (r:Region {code: region.code})
SET r.name = region.name, r.kind = region.kind,
    r.source = CASE WHEN region.synthetic THEN 'synthetic' ELSE 'CBS' END
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
CALL (m, row) {
  UNWIND row.regionCodes AS regionCode
  MATCH (r:Region {code: regionCode})
  MERGE (m)-[:IN_REGION]->(r)
}
WITH count(DISTINCT m) AS municipalities
UNWIND [region IN $regions WHERE region.contactCode IS NOT NULL] AS region
MATCH (r:Region {code: region.code}), (m:Municipality {code: region.contactCode})
MERGE (r)-[c:CONTACT_MUNICIPALITY]->(m)
SET c.source = 'synthetic: most populous municipality'
RETURN municipalities
