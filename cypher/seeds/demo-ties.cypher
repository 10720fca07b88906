// Demo ties between organisations, with provenance.
UNWIND $rows AS row
MATCH (a:Organisation {id: row.sourceId})
MATCH (b:Organisation {id: row.targetId})
MERGE (a)-[t:TIE {id: row.id}]->(b)
SET t.kind = row.kind,
    t.strength = row.strength,
    t.lastConfirmedAt = date(row.lastConfirmedAt),
    t.assertedBy = 'Rizoom demo data',
    t.source = 'demo'
RETURN count(t) AS written
