import { builder } from '../schema/builder.js';
import { sectors } from './sectors.js';

export const SectorEnum = builder.enumType('Sector', {
  description: 'A sector of the field: education, leerplicht/RMC, care, justice, work.',
  values: sectors,
});
