// The running SIE upload, inside the section's status region: the phase in words (read out
// when it changes), the figures so far, and a native <progress> bar. The figures change
// twice a second, so they are left out of what is read out; the bar carries them as its
// value text for anyone who goes to it. Nothing here takes focus.
import { useI18n } from '../../i18n/I18n.tsx';
import { describeProgress } from './sie-progress-model.ts';
import type { SieUploadProgress } from './sie-types.ts';

export function SieProgress({ progress }: { progress: SieUploadProgress | null }) {
  const { t } = useI18n();
  const m = t.followUp.sie.progress;
  const text = describeProgress(progress, m);
  return (
    <div className="fu-progress" data-testid="sie-progress">
      <p className="fu-progress-text">
        {text.phase}
        {text.detail && (
          <span className="fu-progress-detail" aria-hidden="true">
            {' '}
            {text.detail}
          </span>
        )}
      </p>
      <progress
        aria-label={m.label}
        {...(text.detail ? { 'aria-valuetext': `${text.phase} ${text.detail}` } : {})}
        {...(text.bar ? { value: text.bar.value, max: text.bar.max } : {})}
      />
    </div>
  );
}
