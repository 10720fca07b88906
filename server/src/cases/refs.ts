import { builder } from '../schema/builder.js';
import { casesById } from './store.js';
import type { CaseShape } from './types.js';

// Cases and handovers point at each other, so their refs are declared apart from their types.

export const Case = builder.loadableNodeRef('Case', {
  id: { resolve: (found: CaseShape) => found.id },
  load: (ids: string[], { db, audit }) => {
    audit.readCases(ids);
    return casesById(db, ids);
  },
});
