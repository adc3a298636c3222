// Where the generated parts (goals, budget, Bilaga tables) go among the plan's free-text
// sections. The plan file keeps the text as sections with headings only, so the places
// are found by the headings the seeds use ("God ekonomisk hushållning", "Finansiella
// mål", "Budget i tkr", "Bilaga 1. …"); anything without a place gets a section of its own.
import type { NarrativeSection } from '../../core/plan/types.ts';
import type { HeadingLevel } from './model.ts';
import { clampLevel } from './builder.ts';

/** An insertion point: right after the text of section `after`, with headings at `level`. */
export type Spot = { after: number; level: HeadingLevel };

export type Placement = {
  /** Sections from this index on are appendices (the first level-1 "Bilaga …"). */
  appendixStart: number;
  /** Operational goals (and the overall goal when the text lacks it), or null: own section. */
  operationalGoals: Spot | null;
  /** Financial goals; null: right after the operational goals under a heading of their own. */
  financialGoals: Spot | null;
  /** Budget table, shares and revenue notes; null: a section of their own. */
  budget: Spot | null;
};

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The end of a section's subtree: the next section at its level or above. */
function subtreeEnd(sections: readonly NarrativeSection[], i: number, limit: number): number {
  const level = sections[i]?.level ?? 1;
  let k = i + 1;
  while (k < limit && (sections[k]?.level ?? 1) > level) k += 1;
  return k;
}

/** Headings one level below the section they follow. */
function spotAfter(sections: readonly NarrativeSection[], after: number): Spot {
  return { after, level: clampLevel((sections[after]?.level ?? 1) + 1) };
}

export function placeParts(sections: readonly NarrativeSection[]): Placement {
  const found = sections.findIndex((s) => s.level <= 1 && /^bilaga\b/i.test(norm(s.heading)));
  const appendixStart = found < 0 ? sections.length : found;
  const find = (re: RegExp, from = 0, to = appendixStart) => {
    for (let i = from; i < to; i += 1) if (re.test(norm(sections[i]?.heading ?? ''))) return i;
    return -1;
  };

  let operationalGoals: Spot | null = null;
  const geh = find(/god ekonomisk hushållning/);
  if (geh >= 0) {
    const end = subtreeEnd(sections, geh, appendixStart);
    const financial = find(/^finansiell/, geh + 1, end);
    operationalGoals = spotAfter(sections, (financial >= 0 ? financial : end) - 1);
  }

  let financialGoals: Spot | null = null;
  const fin = find(/^finansiella mål/);
  if (fin >= 0) financialGoals = spotAfter(sections, fin);

  let budget: Spot | null = null;
  const own = find(/^budget/);
  let at = own;
  if (at < 0) {
    // The 2018–2020 plan prints its budget in "Bilaga 1. Ekonomiska ramar": take the last mention.
    for (let i = sections.length - 1; i >= 0 && at < 0; i -= 1) {
      if (/budget|ekonomiska ramar/.test(norm(sections[i]?.heading ?? ''))) at = i;
    }
  }
  if (at >= 0) budget = spotAfter(sections, at);

  return { appendixStart, operationalGoals, financialGoals, budget };
}

/** Whether the free text already quotes the overall goal (as the 2026–2028 plan does). */
export function textHasOverallGoal(sections: readonly NarrativeSection[], goalText: string): boolean {
  const goal = norm(goalText);
  return sections.some((s) =>
    s.blocks.some(
      (b) => ('quote' in b && norm(b.quote) === goal) || ('paragraph' in b && norm(b.paragraph) === goal),
    ),
  );
}
