/**
 * The fields a filter toolbar is made of (the library's and the cluster list's), written once:
 * a choice among labelled options, a name filter with its "All …" entry, a date range.
 */

/** A labelled choice among fixed options (value → label); `onChange` only ever gets one of them. */
export function ChoiceField<V extends string>({
  label,
  name,
  value,
  options,
  disabled,
  onChange,
}: {
  label: string;
  /** The accessible name, when it should say more than the label. */
  name?: string;
  value: V;
  options: Readonly<Record<V, string>>;
  disabled?: boolean;
  onChange: (value: V) => void;
}) {
  const values = Object.keys(options) as V[];
  return (
    <label>
      {label}
      <select
        aria-label={name}
        value={value}
        disabled={disabled}
        onChange={(e) => {
          const chosen = values.find((v) => v === e.target.value);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {values.map((v) => (
          <option key={v} value={v}>
            {options[v]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A filter by one of `names` (sources, tags), or by none: '' is its "All …" entry. */
export function NameFilter({
  label,
  name,
  all,
  names,
  counts,
  value,
  onChange,
}: {
  label: string;
  name?: string;
  /** The entry for no filter, e.g. "All sources". */
  all: string;
  names: readonly string[];
  /** How many articles each name holds, said beside it ("Daily Ledger (12)"), when known. */
  counts?: ReadonlyMap<string, number>;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {label}
      <select aria-label={name} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {names.map((n) => {
          const count = counts?.get(n);
          return (
            <option key={n} value={n}>
              {count === undefined ? n : `${n} (${count.toLocaleString('en')})`}
            </option>
          );
        })}
      </select>
    </label>
  );
}

/** From and To dates ('' for open-ended), named for what they bound ("Published", "Printed"). */
export function DateRange({
  what,
  from,
  to,
  onFrom,
  onTo,
}: {
  what: string;
  from: string;
  to: string;
  onFrom: (value: string) => void;
  onTo: (value: string) => void;
}) {
  return (
    <>
      <label>
        From
        <input
          type="date"
          aria-label={`${what} from`}
          value={from}
          onChange={(e) => onFrom(e.target.value)}
        />
      </label>
      <label>
        To
        <input
          type="date"
          aria-label={`${what} to`}
          value={to}
          onChange={(e) => onTo(e.target.value)}
        />
      </label>
    </>
  );
}
