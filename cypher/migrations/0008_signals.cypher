// Signals (issue 6): patterns across cases, computed or raised, followed until closed.
CREATE CONSTRAINT signal_id IF NOT EXISTS
FOR (s:Signal) REQUIRE s.id IS UNIQUE;

// A computed signal is materialised once per pattern and quarter: its key.
CREATE CONSTRAINT signal_key IF NOT EXISTS
FOR (s:Signal) REQUIRE s.key IS UNIQUE;

CREATE INDEX signal_status IF NOT EXISTS
FOR (s:Signal) ON (s.status);

CREATE INDEX signal_created_at IF NOT EXISTS
FOR (s:Signal) ON (s.createdAt);

CREATE CONSTRAINT signal_comment_id IF NOT EXISTS
FOR (c:SignalComment) REQUIRE c.id IS UNIQUE;
