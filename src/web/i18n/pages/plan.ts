// Messages of the Verksamhetsplan page, Swedish and English (the type makes a missing key an error).
export const planSv = {
  placeholder: 'Sidan byggs.',
};

export type PlanMessages = typeof planSv;

export const planEn: PlanMessages = {
  placeholder: 'This page is being built.',
};
