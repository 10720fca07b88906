// Which organisations hold the given BRIN codes and SWV codes (both unique).
CALL () {
  UNWIND $brins AS brin
  MATCH (o:Organisation {brin: brin})
  RETURN 'brin' AS field, brin AS value, o.id AS id
  UNION
  UNWIND $swvCodes AS swvCode
  MATCH (o:Organisation {swvCode: swvCode})
  RETURN 'swv_code' AS field, swvCode AS value, o.id AS id
}
RETURN field, value, id
