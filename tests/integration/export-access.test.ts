import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';
import { connectTestDatabase } from '../support/database.js';

// Issue 5: the network leaves through /export only for signed-in users; nobody anonymous.

const db = connectTestDatabase();

describe('GET /export/<format>', () => {
  it('refuses an anonymous download with 401 and says to sign in', async () => {
    const anonymous = testApp(db, {}, null);
    for (const path of ['graphml?region=MC19', 'csv?entity=case-counts', 'cytoscape']) {
      const response = await anonymous.fetch(`http://rizoom.test/export/${path}`);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ code: 'UNAUTHENTICATED', message: 'Sign in first.' });
    }
  });

  it('serves a signed-in user', async () => {
    const signedIn = testApp(db);
    const response = await signedIn.fetch('http://rizoom.test/export/graphml?region=MC19');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<graphml');
  });
});
