// Messages of Likviditet before there is anything to project from: no outcome imported and
// no opening bank balance entered. Swedish and English.
export const followUpOpeningSv = {
  missing:
    'Det finns inget ingående banksaldo att räkna från ännu. Läs in bokföringen (SIE) ovan, så hämtas saldot på bankkontona därifrån, eller ange saldot här.',
  missingReadOnly:
    'Det finns inget ingående banksaldo att räkna från ännu. Det hämtas från bokföringen när en SIE-fil är inläst.',
  heading: 'Ange ingående banksaldo',
  date: 'Saldot gäller per',
  dateHelp: 'ÅÅÅÅ-MM-DD, dagens slut. En inläst bokföring med senare datum går före.',
  amount: 'Banksaldo',
  save: 'Spara saldo',
  saving: 'Sparar …',
  badAmount: 'Ange ett belopp, t.ex. 1 250 000.',
};

export const followUpOpeningEn: typeof followUpOpeningSv = {
  missing:
    'There is no opening bank balance to project from yet. Import the accounting (SIE) above to take the bank accounts’ balance from it, or enter the balance here.',
  missingReadOnly:
    'There is no opening bank balance to project from yet. It is taken from the accounting once a SIE file is imported.',
  heading: 'Enter the opening bank balance',
  date: 'Balance as of',
  dateHelp: 'YYYY-MM-DD, end of day. Imported accounting with a later date takes precedence.',
  amount: 'Bank balance',
  save: 'Save balance',
  saving: 'Saving …',
  badAmount: 'Enter an amount, e.g. 1 250 000.',
};
