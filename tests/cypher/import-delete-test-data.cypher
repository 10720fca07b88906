// Removes what the import and export tests made: organisations, professionals and tables whose
// id starts with one of the prefixes, with their relationships (ties and seats included).
UNWIND $prefixes AS prefix
MATCH (n)
WHERE (n:Organisation OR n:Professional OR n:ConsultationTable) AND n.id STARTS WITH prefix
DETACH DELETE n
