// Goals with their description, measures and activities, as the plan states them
// ("Mål 1 … I arbete med att uppnå målet ska följande aktiviteter genomföras: • …").
import type { Activity, Goal, Plan } from '../../core/plan/types.ts';
import type { BlockBuilder } from './builder.ts';
import type { HeadingLevel, ListItem } from './model.ts';
import { goalHeading } from './sv-text.ts';

export function activityText(a: Activity): string {
  const label = a.label === undefined ? '' : `${a.label}: `;
  const recurring = a.recurring ? ' (årligen återkommande)' : '';
  const responsible = a.responsible === undefined ? '' : ` Ansvarig: ${a.responsible}.`;
  return `${label}${a.text}${recurring}${responsible}`;
}

/**
 * Activities as bullet lists, with the plan's text they stand under printed once before
 * them. Sub-activities are indented under their parent unless they have texts of their own.
 */
function activityBlocks(b: BlockBuilder, activities: readonly Activity[]): void {
  let context: string | undefined;
  let pending: ListItem[] = [];
  const flush = () => {
    b.bullets(pending);
    pending = [];
  };
  const visit = (a: Activity) => {
    if (a.context !== undefined && a.context !== context) {
      flush();
      context = a.context;
      b.paragraph(a.context);
    }
    const subsHaveContext = a.subActivities.some((s) => s.context !== undefined);
    pending.push({
      text: activityText(a),
      children: subsHaveContext ? [] : a.subActivities.map(activityText),
    });
    if (subsHaveContext) a.subActivities.forEach(visit);
  };
  activities.forEach(visit);
  flush();
}

function decisionNote(plan: Plan, goal: Goal): string | null {
  const d = plan.decisions.find((x) => x.id === goal.decisionId);
  if (!d) return null;
  return `Beslutat av förbundsdirektionen ${d.date}${d.paragraph ? ` ${d.paragraph}` : ''}.`;
}

export function goalBlocks(b: BlockBuilder, plan: Plan, goal: Goal, level: HeadingLevel): void {
  b.heading(level, goalHeading(goal));
  if (goal.description !== undefined) b.paragraph(goal.description);
  if (goal.measures.length > 0) {
    b.paragraph('Mått', 'strong');
    b.bullets(goal.measures.map((m) => m.text));
  }
  activityBlocks(b, goal.activities);
  const note = decisionNote(plan, goal);
  if (note) b.paragraph(note, 'note');
}
