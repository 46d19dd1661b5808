import { useState } from 'react';

/**
 * A whole-number field that applies its value only when it is within range, so typing "15" may
 * pass through "1" without the setting jumping; leaving the field shows the applied value again.
 */
export function NumberSetting({
  label,
  before,
  after,
  min,
  max,
  step,
  value,
  onCommit,
}: {
  label: string;
  before: string;
  after: string;
  min: number;
  max: number;
  step: number;
  value: number;
  onCommit: (value: number) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [clamped, setClamped] = useState('');
  return (
    <label>
      {before}
      <input
        type="number"
        aria-label={label}
        min={min}
        max={max}
        step={step}
        value={draft ?? String(value)}
        onChange={(event) => {
          setDraft(event.target.value);
          const next = Number(event.target.value);
          if (event.target.value === '' || !Number.isFinite(next)) return;
          if (next >= min && next <= max) {
            setClamped('');
            if (Number.isInteger(next)) onCommit(next);
            return;
          }
          // Out of range: the nearest allowed value applies, and the person is told so. A value
          // below the minimum may be a number still being typed ("1" on the way to "15"), so
          // that one is only corrected when the field is left.
          if (next > max) {
            onCommit(max);
            setClamped(`${label}: ${next} is out of range (${min}–${max}); using ${max}.`);
          }
        }}
        onBlur={(event) => {
          const next = Number(event.target.value);
          if (event.target.value !== '' && Number.isFinite(next) && next < min) {
            onCommit(min);
            setClamped(`${label}: ${next} is out of range (${min}–${max}); using ${min}.`);
          }
          setDraft(null);
        }}
      />
      {after}
      {clamped && (
        <span className="setting-clamped" role="alert">
          {clamped}
        </span>
      )}
    </label>
  );
}
