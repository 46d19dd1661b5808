import type { EchoSettings } from '../../workers/echo-protocol';
import { NumberSetting } from '../common/number-setting';

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
      <NumberSetting
        label="Fewest words in an echo"
        before="At least"
        after="words"
        min={3}
        max={200}
        step={1}
        value={settings.minWords}
        onCommit={(minWords) => onChange({ ...settings, minWords })}
      />
      <NumberSetting
        label="Lowest similarity, in per cent"
        before="At least"
        after="% similar"
        min={30}
        max={100}
        step={5}
        value={Math.round(settings.minSimilarity * 100)}
        onCommit={(percent) => onChange({ ...settings, minSimilarity: percent / 100 })}
      />
    </div>
  );
}
