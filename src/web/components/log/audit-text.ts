// An audit entry in words: what it concerns and its values before and after. Values are
// whatever JSON the change stored, so the known shapes (a version's status, a user) get
// sentences and anything else a short "key: value" list.
import type { AuditEntry } from '../../api/admin-types.ts';
import type { Messages } from '../../i18n/sv.ts';
import { formatAmount } from '../../../core/money/format.ts';
import { fromUnits } from '../../../core/money/money.ts';

const MAX_TEXT = 160;

function shorten(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** A whole number sv-SE style ("−8 500"), without unit: the log does not know the table's. */
function integer(value: number): string {
  return formatAmount(fromUnits(value, 'kr'), 'kr');
}

export type EntityPlace = { text: string; version: { slug: string; number: string } | null };

export function entityPlace(entry: AuditEntry, t: Messages): EntityPlace {
  if (entry.entityType === 'planVersion') {
    const [slug = entry.entityId, number = ''] = entry.entityId.split('/');
    return { text: t.log.version(slug, number), version: number ? { slug, number } : null };
  }
  if (entry.entityType === 'user') {
    const named = [entry.after, entry.before].find(
      (v): v is { username: string } =>
        typeof v === 'object' && v !== null && typeof (v as { username?: unknown }).username === 'string',
    );
    const name = named?.username ?? (entry.userId === entry.entityId ? entry.username : null);
    return { text: t.log.user(name ?? entry.entityId.slice(0, 8)), version: null };
  }
  return { text: `${t.log.entity[entry.entityType] ?? entry.entityType} ${entry.entityId}`, version: null };
}

export function valueText(value: unknown, t: Messages): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') return Number.isInteger(value) ? integer(value) : String(value);
  if (typeof value === 'string') return shorten(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return shorten(value.map((v) => valueText(v, t)).join(', '));
  const o = value as Record<string, unknown>;
  if (typeof o.status === 'string' && ('decidedOn' in o || 'basedOn' in o)) {
    const status = t.shell.versionStatus[o.status] ?? o.status;
    return typeof o.decidedOn === 'string'
      ? `${status}, ${t.log.decision(o.decidedOn, typeof o.decisionParagraph === 'string' ? o.decisionParagraph : null)}`
      : status;
  }
  if (typeof o.username === 'string' && typeof o.role === 'string') {
    const role = t.shell.roles[o.role as keyof Messages['shell']['roles']] ?? o.role;
    const parts = [
      role,
      ...(typeof o.memberCode === 'string' ? [o.memberCode] : []),
      ...(o.disabled === true ? [t.log.disabled] : []),
      ...(o.passwordChanged === true ? [t.log.passwordChanged] : []),
    ];
    return `${typeof o.displayName === 'string' ? o.displayName : o.username} (${parts.join(', ')})`;
  }
  return shorten(
    Object.entries(o)
      .map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? '…' : valueText(v, t)}`)
      .join(', '),
  );
}
