/** Form building blocks: labelled fields with their error next to them (announced), and an error summary. */
import type { ComponentChildren } from 'preact';
import { AppError } from '../errors.js';
import { CSRF_FIELD } from './csrf.js';

export type FieldErrors = Record<string, string | undefined>;

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={token} />;
}

/** Shown above a form that came back with errors: a heading and a link to every wrong field. */
export function ErrorSummary({ errors, message }: { errors: FieldErrors; message?: string }) {
  const entries = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  if (!entries.length && !message) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1}>
      <h2>Er klopt iets niet</h2>
      {message ? <p>{message}</p> : null}
      {entries.length ? (
        <ul>
          {entries.map(([field, text]) => (
            <li>
              <a href={`#f-${field}`}>{text}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

interface FieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: ComponentChildren;
}

function Described({ name, error, hint }: Pick<FieldProps, 'name' | 'error' | 'hint'>) {
  return (
    <>
      {hint ? (
        <p class="hint" id={`h-${name}`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`e-${name}`}>
          <span class="visually-hidden">Fout: </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

function describedBy(name: string, error?: string, hint?: unknown): string | undefined {
  const ids = [hint ? `h-${name}` : '', error ? `e-${name}` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function TextField(
  props: FieldProps & { value?: string | null; type?: string; required?: boolean; maxLength?: number; autocomplete?: string; pattern?: string },
) {
  const { name, label, error, hint } = props;
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={`f-${name}`}>{label}</label>
      <Described name={name} error={error} hint={hint} />
      <input
        id={`f-${name}`}
        name={name}
        type={props.type ?? 'text'}
        value={props.type === 'file' ? undefined : (props.value ?? '')}
        required={props.required}
        maxLength={['date', 'datetime-local', 'time', 'number', 'file'].includes(props.type ?? 'text') ? undefined : props.maxLength}
        autoComplete={props.autocomplete}
        pattern={props.pattern}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, error, hint)}
      />
    </div>
  );
}

/** One checkbox with its label after it (consent, a yes/no choice). */
export function Checkbox(props: FieldProps & { value: string; checked: boolean }) {
  const { name, label, error, hint } = props;
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <Described name={name} error={error} hint={hint} />
      <input type="checkbox" id={`f-${name}`} name={name} value={props.value} checked={props.checked} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(name, error, hint)} />
      <label for={`f-${name}`}>{label}</label>
    </div>
  );
}

export function TextArea(props: FieldProps & { value?: string | null; rows?: number; required?: boolean; maxLength?: number; class?: string }) {
  const { name, label, error, hint } = props;
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={`f-${name}`}>{label}</label>
      <Described name={name} error={error} hint={hint} />
      <textarea
        id={`f-${name}`}
        name={name}
        rows={props.rows ?? 4}
        required={props.required}
        maxLength={props.maxLength}
        class={props.class}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, error, hint)}
      >
        {props.value ?? ''}
      </textarea>
    </div>
  );
}

export function Select(props: FieldProps & { value?: string | null; options: { value: string; label: string }[]; required?: boolean }) {
  const { name, label, error, hint } = props;
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={`f-${name}`}>{label}</label>
      <Described name={name} error={error} hint={hint} />
      <select id={`f-${name}`} name={name} required={props.required} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(name, error, hint)}>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === (props.value ?? '')}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxGroup(props: FieldProps & { values: string[]; options: { value: string; label: string; depth?: number }[] }) {
  const { name, label, error, hint } = props;
  return (
    <fieldset class={`field checkbox-group${error ? ' has-error' : ''}`} id={`f-${name}`} aria-describedby={describedBy(name, error, hint)}>
      <legend>{label}</legend>
      <Described name={name} error={error} hint={hint} />
      {props.options.map((o, i) => (
        <div class={o.depth ? 'nested' : undefined}>
          <input type="checkbox" id={`f-${name}-${i}`} name={name} value={o.value} checked={props.values.includes(o.value)} />
          <label for={`f-${name}-${i}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** For a form handler's catch: a refused input (400) becomes errors to show again with the form; anything else is rethrown. */
export function formFailure(err: unknown): { errors?: FieldErrors; message?: string } {
  if (err instanceof AppError && err.status === 400) return { errors: err.fields, message: err.fields ? undefined : err.message };
  throw err;
}
