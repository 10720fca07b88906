/** Relay global ids, as the API hands them out. */
export const toGlobalId = (type: string, id: string) =>
  Buffer.from(`${type}:${id}`).toString('base64');
export const fromGlobalId = (globalId: string) =>
  Buffer.from(globalId, 'base64').toString().split(':').slice(1).join(':');
