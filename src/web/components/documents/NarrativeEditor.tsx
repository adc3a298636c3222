// "Planens texter": the plan's free-text sections as the documents print them, and for
// those who may write texts on a version not yet decided, an editor per section.
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18n.tsx';
import { LoadState } from '../LoadState.tsx';
import { useReloadable } from '../plan/use-reloadable.ts';
import type { NarrativeBlock, NarrativeSection } from './narrative-model.ts';
import { SectionEditor } from './SectionEditor.tsx';
import './documents.css';

type Props = {
  base: string;
  editable: boolean;
  /** After a save (or a refusal that may mean the version was decided): the page reloads. */
  onSaved: () => void;
};

type DocumentView = { revision: number; narrative?: NarrativeSection[] };

/** h3 for the plan's level 1, one deeper per level, never skipping a level on the page. */
function headingLevels(sections: readonly NarrativeSection[]): number[] {
  let previous = 2;
  return sections.map((s) => {
    const level = Math.min(6, s.level + 2, previous + 1);
    previous = level;
    return level;
  });
}

function Blocks({ blocks }: { blocks: readonly NarrativeBlock[] }) {
  return (
    <div className="narrative-text">
      {blocks.map((b, i) =>
        'paragraph' in b ? (
          <p key={i}>{b.paragraph}</p>
        ) : 'quote' in b ? (
          <blockquote key={i}>
            <p>{b.quote}</p>
          </blockquote>
        ) : (
          <ul key={i}>
            {b.bullets.map((line, j) => (
              <li key={j}>{line}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}

export function NarrativeEditor({ base, editable, onSaved }: Props) {
  const { t } = useI18n();
  const m = t.documents;
  const id = useId();
  const doc = useReloadable<DocumentView>(`${base}/document`);
  const [editing, setEditing] = useState<{ index: number; revision: number } | null>(null);
  const [status, setStatus] = useState<{ index: number; text: string; error: boolean } | null>(null);
  const returnFocus = useRef<string | null>(null);

  // Closing an editor puts the focus back on its "Ändra" button.
  useEffect(() => {
    if (editing !== null || returnFocus.current === null) return;
    document.getElementById(returnFocus.current)?.focus();
    returnFocus.current = null;
  }, [editing]);

  const loaded = doc.loaded;
  const sections = loaded.state === 'ok' ? (loaded.data.narrative ?? []) : [];
  const levels = headingLevels(sections);

  return (
    <section className="card narrative" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{m.narrativeHeading}</h2>
      <p className="muted">{m.narrativeIntro}</p>
      {loaded.state !== 'ok' ? (
        <LoadState loaded={loaded} what={m.narrativeHeading} />
      ) : sections.length === 0 ? (
        <p>{m.narrativeNone}</p>
      ) : (
        sections.map((s, i) => {
          const name = s.number ? `${s.number} ${s.heading}` : s.heading;
          const Heading = `h${levels[i] ?? 3}` as 'h3';
          const editId = `${id}-edit-${i}`;
          const open = editing?.index === i;
          return (
            <section key={s.id} className="narrative-section" aria-labelledby={`${id}-s${i}`}>
              <div className="narrative-section-head">
                <Heading id={`${id}-s${i}`}>{name}</Heading>
                {editable && !open && (
                  <button
                    type="button"
                    id={editId}
                    className="button-quiet"
                    onClick={() => {
                      setStatus(null);
                      setEditing({ index: i, revision: loaded.data.revision });
                    }}
                  >
                    {m.edit}
                    <span className="visually-hidden"> {m.editSection(name)}</span>
                  </button>
                )}
              </div>
              <p role="status" className="save-status">
                {status?.index === i && !status.error ? status.text : ''}
              </p>
              {status?.index === i && status.error && (
                <p role="alert" className="alert alert-error">
                  {status.text}
                </p>
              )}
              {open && editable ? (
                <SectionEditor
                  base={base}
                  index={i}
                  section={s}
                  name={name}
                  revision={editing.revision}
                  onReload={doc.reload}
                  onClose={(message, changed) => {
                    returnFocus.current = editId;
                    setEditing(null);
                    if (message) setStatus({ index: i, ...message });
                    if (changed) {
                      doc.reload();
                      onSaved();
                    }
                  }}
                />
              ) : s.blocks.length === 0 ? (
                <p className="muted">{m.emptySection}</p>
              ) : (
                <Blocks blocks={s.blocks} />
              )}
            </section>
          );
        })
      )}
    </section>
  );
}
