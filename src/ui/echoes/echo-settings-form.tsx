import type { EchoSettings } from '../../workers/echo-protocol';

/** The two echo thresholds: fewest words, and lowest similarity (as a percentage). */
export function EchoSettingsForm({
  settings,
  onChange,
}: {
  settings: EchoSettings;
  onChange: (next: EchoSettings) => void;
}) {
  return (
    <div className="echo-settings" role="group" aria-label="Echo settings">
      <label>
        At least
        <input
          type="number"
          min={3}
          max={200}
          value={settings.minWords}
          onChange={(event) => {
            const minWords = Math.round(Number(event.target.value));
            if (minWords >= 3 && minWords <= 200) onChange({ ...settings, minWords });
          }}
        />
        words
      </label>
      <label>
        At least
        <input
          type="number"
          min={30}
          max={100}
          step={5}
          value={Math.round(settings.minSimilarity * 100)}
          onChange={(event) => {
            const percent = Number(event.target.value);
            if (percent >= 30 && percent <= 100)
              onChange({ ...settings, minSimilarity: percent / 100 });
          }}
        />
        % similar
      </label>
    </div>
  );
}
