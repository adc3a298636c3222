// What a generated document says about the version it was printed from, beyond the plan
// itself: the organisation, the version and its decision, and when it was printed.
export type DocumentVersion = {
  number: number;
  label: string | null;
  status: 'draft' | 'proposed' | 'decided' | 'superseded';
  /** The board's decision, when the version is decided: ISO date and paragraph ("§ 6"). */
  decision: { date: string; paragraph: string | null } | null;
};

export type DocumentMeta = {
  organisationName: string;
  version: DocumentVersion;
  /** ISO date the document was printed (kept out of the renderers so output is reproducible). */
  printedOn: string;
};
