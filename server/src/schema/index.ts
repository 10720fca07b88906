import { builder } from './builder.js';
// Every file that defines types, queries or mutations, once. Add new capabilities here.
import './errors.js';
import '../vocabulary/schema.js';
import '../geography/municipality.js';
import '../geography/region.js';
import '../network/organisation.js';
import '../network/organisation-queries.js';
import '../network/organisation-mutations.js';
import '../professionals/professional.js';
import '../professionals/queries.js';
import '../professionals/mutations.js';
import '../ties/tie.js';
import '../ties/queries.js';
import '../ties/mutations.js';
import '../tables/table.js';
import '../tables/queries.js';
import '../tables/mutations.js';
import '../network/network-graph.js';
import '../cases/case.js';
import '../cases/organisation-cases.js';
import '../cases/mutations.js';
import '../handovers/handover.js';
import '../handovers/case-journey.js';
import '../handovers/mutations.js';
import '../network/neighbourhood.js';

export const schema = builder.toSchema({ sortSchema: true });
