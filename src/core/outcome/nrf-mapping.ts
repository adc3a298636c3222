// NRF's default account mapping onto its six budget lines (verksamhetsplan 2026–2028,
// "NRF 2025-2028" table), by Kommun-Bas / Region-Bas classes:
//   class 3 (30–38) revenue, 4 purchased services and material, 5 staff (50–59),
//   6–7 other costs, 1–2 the balance sheet (19 bank and cash, 20 equity).
// Member contributions ("Bidrag från medlemmar") need their own accounts: this default
// puts them on 3590–3599 (a sub-group of the contribution group 35) and splits the revenue
// range around it, since overlapping ranges are refused. That range is a choice to confirm
// against NRF's chart; map other accounts with overrides.
// Financial items: 84 (financial income) to revenue and 85 (financial costs) to other costs,
// as the budget has no finance line. Other class-8 accounts (e.g. 89, the year's result)
// stay unmapped and are listed.
// Återföring eget kapital is a budget device, not an accounting event: no account maps to
// it, so its outcome is 0.
import type { AccountMapping } from './mapping.ts';

export const NRF_MEMBER_CONTRIBUTION_ACCOUNTS = { from: '3590', to: '3599' } as const;

export const NRF_DEFAULT_MAPPING: AccountMapping = {
  rules: [
    { range: { from: '30', to: '34' }, lineKey: 'revenue' },
    { range: { from: '350', to: '358' }, lineKey: 'revenue' },
    { range: NRF_MEMBER_CONTRIBUTION_ACCOUNTS, lineKey: 'memberContributions' },
    { range: { from: '36', to: '38' }, lineKey: 'revenue' },
    { range: { from: '40', to: '49' }, lineKey: 'purchasedServices' },
    { range: { from: '50', to: '59' }, lineKey: 'staffCosts' },
    { range: { from: '60', to: '79' }, lineKey: 'otherCosts' },
    { range: { from: '84', to: '84' }, lineKey: 'revenue' },
    { range: { from: '85', to: '85' }, lineKey: 'otherCosts' },
  ],
  overrides: [],
  balanceAccounts: [{ from: '1', to: '2' }],
};
