import { builder } from '../schema/builder.js';
import { handoversById } from './store.js';
import type { HandoverShape } from './types.js';

export const Handover = builder.loadableNodeRef('Handover', {
  id: { resolve: (handover: HandoverShape) => handover.id },
  load: (ids: string[], { db, audit }) => {
    audit.readHandovers(ids);
    return handoversById(db, ids);
  },
});
