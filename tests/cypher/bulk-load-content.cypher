// The nodes with any of $labels and the relationships between them, for comparing two loads:
// every node with its labels and typed properties, every relationship by the keys of its ends
// with its type and typed properties.
CALL () {
  MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels)
  RETURN collect([labels(n), [k IN keys(n) | [k, valueType(n[k]), n[k]]]]) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b)
  WHERE any(label IN labels(a) WHERE label IN $labels)
    AND any(label IN labels(b) WHERE label IN $labels)
  RETURN collect([
    coalesce(a.id, a.key, a.code), type(r), coalesce(b.id, b.key, b.code),
    [k IN keys(r) | [k, valueType(r[k]), r[k]]]
  ]) AS relationships
}
RETURN nodes, relationships
