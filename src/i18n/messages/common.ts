// Messages every feature shares: the API's answers to a request it cannot take.
import { m } from '../message.ts';

// What each permission lets a role do, for the answer to a caller without it.
const PERMISSION_SV: Readonly<Record<string, string>> = {
  'plan:read': 'läsa planer',
  'plan:readDrafts': 'läsa planversioner som inte är beslutade',
  'budget:write': 'ändra budgetens siffror',
  'goals:write': 'ändra mål, aktiviteter eller uppföljning',
  'version:manage': 'starta eller föreslå planversioner',
  'version:decide': 'registrera direktionens beslut om en version',
  'plan:import': 'importera planer och utfall',
  'audit:read': 'läsa ändringsloggen',
  'users:manage': 'hantera användare',
  'organisation:manage': 'hantera organisationen',
};
const PERMISSION_EN: Readonly<Record<string, string>> = {
  'plan:read': 'read plans',
  'plan:readDrafts': 'read plan versions that are not decided',
  'budget:write': 'change budget figures',
  'goals:write': 'change goals, activities or follow-up',
  'version:manage': 'start or propose plan versions',
  'version:decide': "record the board's decision on a version",
  'plan:import': 'import plans and outcome',
  'audit:read': 'read the audit log',
  'users:manage': 'manage users',
  'organisation:manage': 'manage the organisation',
};

export const commonMessages = {
  'request.invalid': m<{ issues: string }>(
    (p) => `Ogiltig begäran: ${p.issues}`,
    (p) => `invalid request: ${p.issues}`,
  ),
  'request.invalidJson': m<{ reason: string }>(
    (p) => `Begärans innehåll är inte giltig JSON: ${p.reason}`,
    (p) => `the request body is not valid JSON: ${p.reason}`,
  ),
  'request.tooLarge': m<{ maxBytes: number }>(
    (p) => `Begärans innehåll är större än ${p.maxBytes} byte.`,
    (p) => `the request body is larger than ${p.maxBytes} bytes`,
  ),
  'request.noRoute': m<{ method: string; path: string }>(
    (p) => `Det finns ingen adress ${p.method} ${p.path}.`,
    (p) => `no route ${p.method} ${p.path}`,
  ),
  'auth.unauthorized': m('Logga in först: POST /api/v1/auth/login', 'log in first: POST /api/v1/auth/login'),
  'auth.forbidden': m<{ permission: string }>(
    (p) => `Din roll får inte ${PERMISSION_SV[p.permission] ?? p.permission}.`,
    (p) => `your role may not ${PERMISSION_EN[p.permission] ?? p.permission}`,
  ),
  internal: m(
    'Ett internt fel inträffade; begärans id i rubriken x-request-id pekar ut det i loggen.',
    'an internal error occurred; the request id in the x-request-id header identifies it in the log',
  ),
} as const;
