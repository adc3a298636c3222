// The matrix entries for the audit log (/api/v1/audit).
import type { Endpoint } from './matrix.ts';
import { READERS, get, only } from './matrix.ts';

export const AUDIT_ENDPOINTS: readonly Endpoint[] = [
  {
    method: 'GET',
    route: '/api/v1/audit',
    prepare: get('/api/v1/audit?limit=5'),
    expect: only(200, READERS),
  },
];
