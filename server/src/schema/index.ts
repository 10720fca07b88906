import { builder } from './builder.js';
import '../geography/municipality.js';
import '../geography/region.js';
import '../network/organisation.js';
import '../network/professional.js';
import '../network/network-graph.js';

export const schema = builder.toSchema({ sortSchema: true });
