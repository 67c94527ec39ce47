import type { ComponentChildren } from "preact";

/**
 * The form fields every page uses: a visible label, an optional hint tied to the control with
 * aria-describedby, and aria-invalid when the field has a problem listed in the page's error summary.
 */
type Common = { name: string; label: string; invalid?: boolean; hint?: string; wide?: boolean };

function Wrapper(props: Common & { children: ComponentChildren }) {
  return (
    <div class={props.wide ? "field field-wide" : "field"}>
      <label for={props.name}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${props.name}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

const described = (p: Common) => (p.hint ? `${p.name}-hint` : undefined);
const invalid = (p: Common) => (p.invalid ? "true" : undefined);

export function TextField(
  props: Common & {
    value?: string;
    type?: string;
    autoComplete?: string;
    required?: boolean;
    inputMode?: "numeric" | "decimal";
    size?: number;
  },
) {
  return (
    <Wrapper {...props}>
      <input
        id={props.name}
        name={props.name}
        type={props.type ?? "text"}
        autoComplete={props.autoComplete ?? "off"}
        inputMode={props.inputMode}
        size={props.size}
        value={props.type === "password" ? "" : (props.value ?? "")}
        required={props.required}
        aria-describedby={described(props)}
        aria-invalid={invalid(props)}
      />
    </Wrapper>
  );
}

export function SelectField(
  props: Common & { value?: string; options: ReadonlyArray<readonly [string, string]> },
) {
  return (
    <Wrapper {...props}>
      <select
        id={props.name}
        name={props.name}
        aria-describedby={described(props)}
        aria-invalid={invalid(props)}
      >
        {props.options.map(([value, label]) => (
          <option key={value} value={value} selected={(props.value ?? "") === value}>
            {label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}

export function TextAreaField(props: Common & { value?: string; rows?: number; lang?: string }) {
  return (
    <Wrapper {...props} wide>
      <textarea
        id={props.name}
        name={props.name}
        rows={props.rows ?? 4}
        lang={props.lang}
        aria-describedby={described(props)}
        aria-invalid={invalid(props)}
      >
        {props.value ?? ""}
      </textarea>
    </Wrapper>
  );
}
