import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context.js';

// Plugin order matters: Relay defines nodes and connections, which the dataloader plugin's
// `loadableNode` builds on. Scope-auth will go first once access rules arrive (issue 5).
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Connection: { totalCount: number };
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
  },
});

builder.queryType({});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items match, over all pages.',
    resolve: (connection) => connection.totalCount,
  }),
);
