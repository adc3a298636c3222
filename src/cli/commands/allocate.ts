// planvis allocate — split a total between members by shares (largest remainder).
import type { Command } from 'commander';
import { allocateAmount } from '../../core/allocation/allocate.ts';
import { sharesFromPercentages, sharesFromPopulation } from '../../core/allocation/shares.ts';
import type { Share } from '../../core/allocation/shares.ts';
import { formatAmount, formatDecimal, formatPercent } from '../../core/money/format.ts';
import { decimal } from '../../core/money/decimal.ts';
import { parseAmount } from '../../core/money/parse.ts';
import { divideRounded } from '../../core/money/rounding.ts';
import type { MoneyUnit } from '../../core/money/money.ts';
import { MONEY_UNITS } from '../../core/money/money.ts';
import { EXIT, UsageError } from '../shared/io.ts';
import type { ExitCode, Io } from '../shared/io.ts';
import { toJson } from '../../formats/json/to-json.ts';
import { textTable } from '../shared/text-table.ts';

type Options = {
  total: string;
  shares?: string;
  population?: string;
  names?: string;
  unit: string;
  json?: boolean;
};

/** "26.71,14.69" or, with Swedish decimal commas, "26,71;14,69". */
function splitList(text: string): string[] {
  return (text.includes(';') ? text.split(';') : text.split(',')).map((s) => s.trim());
}

function sharesFrom(options: Options): Share[] {
  if ((options.shares === undefined) === (options.population === undefined)) {
    throw new UsageError('give either --shares (percentages) or --population (counts), not both or neither');
  }
  const values = splitList(options.shares ?? options.population ?? '');
  const names = options.names ? splitList(options.names) : values.map((_, i) => `member ${i + 1}`);
  if (names.length !== values.length) {
    throw new UsageError(`--names lists ${names.length} names but there are ${values.length} shares`);
  }
  const entries = names.map((n, i) => [n, values[i] ?? ''] as const);
  if (options.shares !== undefined) return sharesFromPercentages(entries);
  return sharesFromPopulation(
    entries.map(([n, v]) => {
      if (!/^\d+$/.test(v.replace(/\s/g, '')))
        throw new UsageError(`population of ${n} must be a whole number, found "${v}"`);
      return [n, BigInt(v.replace(/\s/g, ''))] as const;
    }),
  );
}

export function runAllocate(options: Options, io: Io): ExitCode {
  if (!MONEY_UNITS.includes(options.unit as MoneyUnit)) {
    throw new UsageError(`--unit must be one of ${MONEY_UNITS.join(', ')}, found "${options.unit}"`);
  }
  const unit = options.unit as MoneyUnit;
  const total = parseAmount(options.total, { unit });
  const shares = sharesFrom(options);
  const allocation = allocateAmount(total.ore, shares, { unit });
  const weightSum = shares.reduce((a, s) => a + s.weight, 0n);
  if (options.json) {
    io.out(toJson({ ...allocation, shares: shares.map((s) => ({ key: s.key, weight: s.weight })) }));
    return EXIT.ok;
  }
  const exact = (n: bigint, d: bigint) => {
    const tenThousandths = divideRounded(n * 10_000n, d, 'halfAwayFromZero');
    return `${n * 10_000n === tenThousandths * d ? '' : '≈'}${formatDecimal(decimal(tenThousandths, 4))}`;
  };
  // Percent shares are shown to two decimals, as the plans print them.
  const shareText = (s: Share) =>
    options.shares !== undefined
      ? formatPercent(decimal(divideRounded(s.weight * 10_000n, weightSum, 'halfAwayFromZero'), 2))
      : String(s.weight);
  const rows = allocation.parts.map((p, i) => {
    const pct = shareText(shares[i] as Share);
    return [
      p.key,
      pct,
      exact(p.exact.numerator, p.exact.denominator),
      p.gotRemainderUnit ? '+1' : '',
      formatAmount(p.amount, unit),
    ];
  });
  const leftover = allocation.parts.filter((p) => p.gotRemainderUnit).length;
  io.out(
    [
      `Split of ${formatAmount(total.ore, unit, { showUnit: true })} by the largest-remainder method, in whole ${unit}:`,
      '',
      textTable(
        [
          'Member',
          options.shares !== undefined ? 'Share' : 'Population',
          `Exact share (${unit})`,
          'Rest',
          `Amount (${unit})`,
        ],
        [...rows, ['Total', '', '', leftover ? `+${leftover}` : '', formatAmount(total.ore, unit)]],
        ['left', 'right', 'right', 'right', 'right'],
      ),
      '',
      `Each member first gets the whole part of its exact share; the ${leftover} ${unit} left over go one each`,
      'to the largest remainders (ties: the larger share, then the order given), so the parts add up exactly.',
    ].join('\n'),
  );
  return EXIT.ok;
}

export function registerAllocate(program: Command, io: Io, setExit: (code: ExitCode) => void): void {
  program
    .command('allocate')
    .description('split a total between members by shares, so the parts add up exactly (largest remainder)')
    .requiredOption('--total <amount>', 'the total, e.g. 10279, "10 279 tkr" or "16,9 mnkr"')
    .option(
      '--shares <list>',
      'percentages adding up to 100: "26.71,14.69,31.10,27.50" or "26,71;14,69;31,10;27,50"',
    )
    .option('--population <list>', 'population counts instead of percentages: "245000,131000,275000,250000"')
    .option('--names <list>', 'member names in the same order, e.g. RVN,RJH,RV,RN')
    .option('--unit <unit>', 'unit of the total (when it has none) and of the parts: kr, tkr or mnkr', 'tkr')
    .option('--json', 'machine-readable output (amounts in integer öre)')
    .addHelpText(
      'after',
      '\nExample: planvis allocate --total 10279 --shares 26.71,14.69,31.10,27.50 --names RVN,RJH,RV,RN',
    )
    .action((options: Options) => setExit(runAllocate(options, io)));
}
