import { professionalsById } from '../professionals/store.js';
import type { ProfessionalShape } from '../professionals/types.js';
import { builder } from '../schema/builder.js';
import { organisationsById } from './organisation-store.js';
import type { OrganisationShape } from './types.js';

// Organisations and professionals point at each other, so their refs are declared here first
// and implemented in their own files.

export const Organisation = builder.loadableNodeRef('Organisation', {
  id: { resolve: (organisation: OrganisationShape) => organisation.id },
  load: (ids: string[], { db }) => organisationsById(db, ids),
});

export const Professional = builder.loadableNodeRef('Professional', {
  id: { resolve: (professional: ProfessionalShape) => professional.id },
  load: (ids: string[], { db }) => professionalsById(db, ids),
});
