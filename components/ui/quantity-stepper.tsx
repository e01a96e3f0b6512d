"use client";
import { useId, useState } from "react";

type QuantityStepperProps = {
  value: number;
  min: number;
  max: number;
  onChange: (quantity: number) => void;
  /** Read by screen readers, e.g. "Quantity of Enamel Camp Mug". */
  label: string;
  disabled?: boolean;
};

/** − [n] + : buttons change by one; typed numbers are committed on Enter or when leaving the field. */
export function QuantityStepper({ value, min, max, onChange, label, disabled = false }: QuantityStepperProps) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  // A new value from the parent (the cart after an update, say) replaces what was typed.
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    setDraft(String(value));
  }

  function commit(raw: string) {
    const parsed = Number.parseInt(raw, 10);
    const next = Number.isNaN(parsed) ? value : Math.min(max, Math.max(min, parsed));
    setDraft(String(next));
    if (next !== value) onChange(next);
  }

  const stepClasses =
    "flex size-9 items-center justify-center text-lg text-slate-700 hover:bg-slate-100 disabled:cursor-not-allowed disabled:text-slate-400 disabled:hover:bg-transparent focus-visible:outline-2 focus-visible:outline-brand-500";
  return (
    <div className="inline-flex items-center rounded-lg border border-slate-300 bg-white shadow-sm">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <button
        type="button"
        className={`${stepClasses} rounded-l-lg`}
        onClick={() => onChange(value - 1)}
        disabled={disabled || value <= min}
        aria-label={`Decrease ${label.toLowerCase()}`}
      >
        −
      </button>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={draft}
        disabled={disabled}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={(event) => commit(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            commit(event.currentTarget.value);
          }
        }}
        className="h-9 w-12 [appearance:textfield] border-x border-slate-300 text-center tabular-nums focus:outline-2 focus:outline-brand-500 disabled:bg-slate-50 [&::-webkit-inner-spin-button]:appearance-none"
      />
      <button
        type="button"
        className={`${stepClasses} rounded-r-lg`}
        onClick={() => onChange(value + 1)}
        disabled={disabled || value >= max}
        aria-label={`Increase ${label.toLowerCase()}`}
      >
        +
      </button>
    </div>
  );
}
