import { Organisation, Professional } from './refs.js';

Professional.implement({
  description: 'A professional in the network, with synthetic work contact details.',
  fields: (t) => ({
    name: t.exposeString('name'),
    role: t.exposeString('role', {
      description: 'The role in the field, e.g. leerplichtambtenaar.',
    }),
    email: t.exposeString('email', { nullable: true }),
    organisation: t.field({
      type: Organisation,
      nullable: true,
      resolve: (professional) => professional.organisationId,
    }),
  }),
});
