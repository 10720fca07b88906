// Fixtures for the backup test: every kind of value a property can hold (integers and whole
// floats, text with quotes and newlines, lists, empty lists, every temporal type including a
// named time zone, points, bytes), several labels, a node without labels or properties, two
// identical nodes, a self-loop and relationships with and without properties.
CREATE (a:BackupFixture:SecondLabel {
  id: 'backup-fixture-a', int: 42, whole: 2.0, negative: -7, big: 9007199254740991,
  fraction: 0.1, text: 'Zoë — "quoted"\nline\ttab', flag: true, off: false,
  ints: [1, 2, 3], floats: [0.5, 1.0], strings: ['a', ''], empty: [],
  dates: [date('2024-02-29'), date('1999-12-31')], day: date('2026-11-16'),
  moment: datetime('2026-11-16T08:30:00.123456789+01:00'),
  zoned: datetime({year: 2026, month: 3, day: 29, hour: 3, minute: 30, timezone: 'Europe/Amsterdam'}),
  utc: datetime('2026-01-01T00:00:00Z'),
  local: localdatetime('2026-11-16T08:30:00'), clock: time('08:30:00+02:00'),
  localClock: localtime('23:59:59.5'), span: duration('P1Y2M3DT4H5M6.7S'),
  place: point({longitude: 5.12, latitude: 52.09}), place3d: point({x: 1.0, y: 2.0, z: 3.0}),
  bytes: $bytes
})
CREATE (b:BackupFixture {id: 'backup-fixture-b'})
CREATE (twin:BackupFixture {id: 'backup-fixture-b'})
CREATE (a)-[:FIXTURE_LINK {weight: 0.75, since: date('2020-01-01'), tags: ['x'], count: 3}]->(b)
CREATE (a)-[:FIXTURE_LINK]->(a)
CREATE (b)-[:FIXTURE_LINK]->(twin)
CREATE (bare)
CREATE (bare)-[:FIXTURE_LINK {note: 'from a node without labels'}]->(a)
RETURN count(*) AS created
