// Messages of the Logg page, Swedish and English (the type makes a missing key an error).
export const logSv = {
  placeholder: 'Sidan byggs.',
};

export type LogMessages = typeof logSv;

export const logEn: LogMessages = {
  placeholder: 'This page is being built.',
};
