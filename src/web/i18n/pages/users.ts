// Messages of the Användare page, Swedish and English (the type makes a missing key an error).
export const usersSv = {
  placeholder: 'Sidan byggs.',
};

export type UsersMessages = typeof usersSv;

export const usersEn: UsersMessages = {
  placeholder: 'This page is being built.',
};
