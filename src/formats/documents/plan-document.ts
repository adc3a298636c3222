// The plan document ("Verksamhetsplan och budget") in the order of the 2026–2028 seed:
// title page, contents, the plan's own sections with the goals, the budget table, member
// shares and revenue notes in their places, Bilaga 1 (contributions), and — when the
// plan disagrees with itself — an appendix listing the consistency findings.
import { checkPlan } from '../../core/consistency/check-plan.ts';
import type { ConsistencyReport } from '../../core/consistency/check-plan.ts';
import type { NarrativeSection, Plan } from '../../core/plan/types.ts';
import { BlockBuilder, clampLevel } from './builder.ts';
import { budgetTable, revenueNoteTables } from './budget-tables.ts';
import { FINDINGS_HEADING, findingsBlocks } from './findings.ts';
import { goalBlocks } from './goal-blocks.ts';
import { contributionTable, sharesIntro, sharesTable } from './member-tables.ts';
import type { DocumentMeta } from './meta.ts';
import type { Appendix, DocumentModel, HeadingLevel } from './model.ts';
import { placeParts, textHasOverallGoal } from './placement.ts';
import { appendixNumber, narrativeBlocks, sectionHeading } from './sections.ts';
import { amountInPlanUnit, isDecided, periodText, versionLines } from './sv-text.ts';

type Part = (b: BlockBuilder) => void;

function budgetPart(plan: Plan, findingsRef: string | null): Part {
  return (b) => {
    b.table(budgetTable(plan, findingsRef));
    for (const e of plan.equity) b.paragraph(`Eget kapital ${e.date}: ${amountInPlanUnit(plan, e.amount)}.`);
    if (plan.populationShares) {
      b.paragraph(sharesIntro(plan.populationShares));
      b.table(sharesTable(plan, plan.populationShares));
    }
    for (const t of revenueNoteTables(plan)) b.table(t);
  };
}

function goalsPart(plan: Plan, level: HeadingLevel, withOverallGoal: boolean, financialHere: boolean): Part {
  return (b) => {
    if (withOverallGoal) {
      b.heading(level, plan.overallGoal.heading);
      b.paragraph(plan.overallGoal.text);
    }
    for (const g of plan.goals.filter((x) => x.kind === 'operational')) goalBlocks(b, plan, g, level);
    if (financialHere) financialPart(plan, level, true)(b);
  };
}

function financialPart(plan: Plan, level: HeadingLevel, ownHeading: boolean): Part {
  return (b) => {
    const goals = plan.goals.filter((x) => x.kind === 'financial');
    if (goals.length === 0) return;
    if (ownHeading) b.heading(level, 'Finansiella mål');
    const goalLevel = ownHeading ? clampLevel(level + 1) : level;
    for (const g of goals) goalBlocks(b, plan, g, goalLevel);
  };
}

export function planDocument(
  plan: Plan,
  meta: DocumentMeta,
  report: ConsistencyReport = checkPlan(plan),
): DocumentModel {
  const sections = plan.narrative;
  const place = placeParts(sections);
  const appendixSections = sections.slice(place.appendixStart);
  const tablesWithoutSection = plan.contributions.filter(
    (t) => !appendixSections.some((s) => sectionHeading(s).toLowerCase() === t.title.toLowerCase()),
  );
  const numbered = [...appendixSections.map(sectionHeading), ...tablesWithoutSection.map((t) => t.title)];
  const findingsNumber = report.findings.length > 0 ? appendixNumber(numbered) : null;
  const findingsRef = findingsNumber === null ? null : `Bilaga ${findingsNumber}`;
  const findingsNote = findingsRef
    ? `Summor som avviker från summan av sina delar listas i ${findingsRef}.`
    : null;

  const after = new Map<number, Part[]>();
  const at = (i: number, part: Part) => after.set(i, [...(after.get(i) ?? []), part]);
  const overall = !textHasOverallGoal(sections, plan.overallGoal.text);
  const tail: Part[] = [];
  if (place.operationalGoals) {
    at(
      place.operationalGoals.after,
      goalsPart(plan, place.operationalGoals.level, overall, !place.financialGoals),
    );
  } else {
    tail.push((b) => {
      b.pageBreak().heading(1, 'Mål och aktiviteter');
      goalsPart(plan, 2, overall, !place.financialGoals)(b);
    });
  }
  if (place.financialGoals)
    at(place.financialGoals.after, financialPart(plan, place.financialGoals.level, false));
  if (place.budget) at(place.budget.after, budgetPart(plan, findingsRef));
  else
    tail.push((b) => budgetPart(plan, findingsRef)(b.pageBreak().heading(1, `Budget i ${plan.budget.unit}`)));

  const body = new BlockBuilder();
  const emit = (b: BlockBuilder, s: NarrativeSection, i: number) => {
    narrativeBlocks(b, s);
    for (const part of after.get(i) ?? []) part(b);
  };
  sections.slice(0, place.appendixStart).forEach((s, i) => {
    if (s.level <= 1 && i > 0) body.pageBreak();
    body.heading(clampLevel(s.level), sectionHeading(s));
    emit(body, s, i);
  });
  for (const part of tail) part(body);

  const appendices: Appendix[] = [];
  appendixSections.forEach((s, k) => {
    const i = place.appendixStart + k;
    if (s.level > 1) {
      // A subsection of the appendix before it.
      const last = appendices.at(-1);
      const b = body.sibling();
      b.heading(clampLevel(s.level), sectionHeading(s));
      emit(b, s, i);
      if (last) appendices[appendices.length - 1] = { ...last, blocks: [...last.blocks, ...b.blocks] };
      return;
    }
    const b = body.sibling();
    emit(b, s, i);
    for (const t of plan.contributions.filter(
      (c) => c.title.toLowerCase() === sectionHeading(s).toLowerCase(),
    )) {
      b.table(contributionTable(plan, t, findingsNote));
    }
    appendices.push({ heading: sectionHeading(s), id: b.uniqueId(sectionHeading(s)), blocks: b.blocks });
  });
  for (const t of tablesWithoutSection) {
    const b = body.sibling();
    b.table(contributionTable(plan, t, findingsNote));
    appendices.push({ heading: t.title, id: b.uniqueId(t.title), blocks: b.blocks });
  }
  if (findingsNumber !== null) {
    const b = body.sibling();
    findingsBlocks(b, report);
    const heading = `Bilaga ${findingsNumber}. ${FINDINGS_HEADING}`;
    appendices.push({ heading, id: b.uniqueId(heading), blocks: b.blocks });
  }

  const draft = !isDecided(meta);
  return {
    title: `${plan.title}, ${meta.organisationName}${draft ? ' (utkast)' : ''}`,
    subject: `Verksamhetsplan och budget ${periodText(plan)}`,
    author: meta.organisationName,
    lang: 'sv-SE',
    titlePage: {
      organisation: meta.organisationName,
      title: plan.title,
      subtitle: `Planperiod ${periodText(plan)}`,
      lines: versionLines(plan, meta),
      draftMark: draft ? 'UTKAST' : null,
    },
    tocTitle: 'Innehåll',
    body: body.blocks,
    appendices,
    footerText: `${plan.title}${draft ? ' · UTKAST' : ''}`,
  };
}
