// Organisations for the API benchmarks: active, tied to other organisations, and with a current
// professional who has ties of their own, so the nested read goes three levels deep.
MATCH (o:Organisation)
WHERE coalesce(o.status, 'ACTIVE') = 'ACTIVE'
  AND EXISTS { (o)-[:TIE]-(:Organisation) }
  AND EXISTS {
    MATCH (o)<-[w:WORKS_AT]-(p:Professional)
    WHERE w.to IS NULL AND EXISTS { (p)-[:TIE]-(:Professional) }
  }
RETURN o.id AS id
ORDER BY id
