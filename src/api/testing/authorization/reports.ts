// The matrix entries for a version's documents: the reports (PDF, Word, Excel) and the Excel import.
import type { Endpoint } from './matrix.ts';
import { P, everyone, get, only } from './matrix.ts';

export const REPORTS_ENDPOINTS: readonly Endpoint[] = [
  ...['pdf', 'docx', 'xlsx'].map((format): Endpoint => ({
    method: 'GET',
    route: `/api/v1/plans/{slug}/versions/{version}/report.${format}`,
    prepare: get(`${P}/versions/1/report.${format}`),
    expect: everyone(200),
  })),
  {
    // Not a workbook: those allowed get 422 with the problem, nothing is stored.
    method: 'POST',
    route: '/api/v1/plans/{slug}/versions/{version}/import-xlsx',
    prepare: async () => ({
      path: `${P}/versions/1/import-xlsx?revision=1`,
      raw: 'not a workbook',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
    expect: only(422, ['admin', 'economist']),
  },
];
