// Removes this test file's own data: organisations and rules whose id or code starts with $prefix.
CALL () {
  MATCH (o:Organisation) WHERE o.id STARTS WITH $prefix DETACH DELETE o
}
CALL () {
  MATCH (r:CollaborationRule) WHERE r.code STARTS WITH $codePrefix DETACH DELETE r
}
RETURN 1 AS done
