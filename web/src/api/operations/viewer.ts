import type { AccountRole } from '../schema';
import { typedDocument } from '../typedDocument';

/** The signed-in account, as the header and the region picker need it. */
export interface Viewer {
  readonly email: string;
  readonly role: AccountRole;
  readonly organisation: { readonly name: string } | null;
  /** For a regional coordinator: the regions they coordinate; empty for other roles. */
  readonly regions: readonly { readonly code: string; readonly name: string }[];
}

/** Selected by the viewer query and by the sign-in mutation alike. */
export const VIEWER_FIELDS = /* GraphQL */ `
  fragment ViewerFields on Viewer {
    email
    role
    organisation { name }
    regions { code name }
  }
`;

export interface ViewerData {
  readonly viewer: Viewer | null;
}

/** The one query an anonymous visitor may ask: who is signed in (null: nobody). */
export const VIEWER_QUERY = typedDocument<ViewerData>(/* GraphQL */ `
  query Viewer {
    viewer { ...ViewerFields }
  }
  ${VIEWER_FIELDS}
`);
