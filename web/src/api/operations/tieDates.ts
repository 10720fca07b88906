import { typedDocument } from '../typedDocument';

export interface TieDatesData {
  readonly nodes: readonly ({
    readonly id: string;
    readonly lastConfirmedAt: string | null;
  } | null)[];
}

/** When each tie was last confirmed, by the ties' global ids (a page of ids at a time). */
export const TIE_DATES_QUERY = typedDocument<TieDatesData, { ids: readonly string[] }>(
  /* GraphQL */ `
    query TieDates($ids: [ID!]!) {
      nodes(ids: $ids) {
        ... on Tie { id lastConfirmedAt }
      }
    }
  `,
);
