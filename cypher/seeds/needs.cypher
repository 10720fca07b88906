// The controlled vocabulary of needs, as nodes that cases need and organisations offer.
UNWIND $needs AS need
MERGE (n:Need {code: need.code})
SET n.label = need.label
RETURN count(n) AS needs
