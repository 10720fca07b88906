// The round trip's wipe (and cleanup): the given organisations, professionals and tables,
// with every relationship they have.
MATCH (n)
WHERE (n:Organisation OR n:Professional OR n:ConsultationTable) AND n.id IN $ids
DETACH DELETE n
RETURN count(*) AS deleted
