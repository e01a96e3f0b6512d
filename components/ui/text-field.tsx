import { useId, type InputHTMLAttributes } from "react";

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & {
  label: string;
  name: string;
  /** The message for this field (from the form's own check or the API's `details.fields`). */
  error?: string;
  hint?: string;
};

/** A labelled input whose error is announced with it (aria-invalid + aria-describedby). */
export function TextField({ label, name, error, hint, className = "", ...input }: TextFieldProps) {
  const id = useId();
  const hintId = hint && !error ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={[
          "h-10 rounded-lg border bg-white px-3 text-slate-900 shadow-sm",
          "focus:outline-2 focus:outline-offset-1 focus:outline-brand-500",
          error ? "border-red-600" : "border-slate-300",
        ].join(" ")}
        {...input}
      />
      {hintId && (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
