import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secrets, ids } from './helpers';

const JWT_BODY = 'eyJ1IjoibWFwdXNlciIsImEiOiJjbHF6OXgydmIwMXJ0MmtwN2t6c3N4dGRvIn0.Xk3mQp9vLr2TsW8yZb5NcA';
const HEX = '3f9a1c7e5b2d8f4a6c0e9b3d7f1a5c8e';

test('Mapbox public tokens and Algolia search-only keys are made to be published', () => {
  assert.deepEqual(secrets('.env', `NEXT_PUBLIC_MAPBOX_TOKEN=pk.${JWT_BODY}\nALGOLIA_SEARCH_ONLY_API_KEY=${HEX}\nALGOLIA_SEARCH_API_KEY=${HEX}\n`), []);
  assert.deepEqual(secrets('public-config.json', JSON.stringify({ map: { accessToken: `pk.${JWT_BODY}` }, algolia: { appId: 'Q7X2K9', searchApiKey: HEX } })), []);
});

test('their secret siblings, and other search services keys, are still reported', () => {
  assert.deepEqual(ids(secrets('.env', `MAPBOX_TOKEN=sk.${JWT_BODY}\n`)), ['secrets/mapbox-secret-token']);
  assert.deepEqual(ids(secrets('.env', `ALGOLIA_ADMIN_API_KEY=${HEX}\nAZURE_SEARCH_API_KEY=${HEX}\nBING_SEARCH_KEY=${HEX}\n`)), Array(3).fill('secrets/environment-variable-secret'));
  assert.deepEqual(ids(secrets('config.json', JSON.stringify({ algolia: { adminApiKey: HEX } }))), ['secrets/generic-api-key']);
});
