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
          if (event.target.value !== '' && Number.isInteger(next) && next >= min && next <= max)
            onCommit(next);
        }}
        onBlur={() => setDraft(null)}
      />
      {after}
    </label>
  );
}
