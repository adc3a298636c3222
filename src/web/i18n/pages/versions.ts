// Messages of the Versioner page, Swedish and English (the type makes a missing key an error).
export const versionsSv = {
  placeholder: 'Sidan byggs.',
};

export type VersionsMessages = typeof versionsSv;

export const versionsEn: VersionsMessages = {
  placeholder: 'This page is being built.',
};
