// How many stored property values anywhere (node or relationship, list items one by one)
// contain $text as a string, and how many values were searched in all.
CALL () {
  MATCH (n)
  UNWIND keys(n) AS key
  RETURN n[key] AS value
  UNION ALL
  MATCH ()-[r]->()
  UNWIND keys(r) AS key
  RETURN r[key] AS value
}
WITH CASE WHEN valueType(value) STARTS WITH 'LIST' THEN value ELSE [value] END AS items
UNWIND items AS item
WITH toString(item) AS text
RETURN count(text) AS searched, count(CASE WHEN text CONTAINS $text THEN 1 END) AS hits
