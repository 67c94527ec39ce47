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

/**
 * `liveRedflags`: the URL that scans the text as it is typed (public/app.js); the findings appear in the
 * region after the field. Without JavaScript the region stays empty and findings show after saving.
 */
export function TextAreaField(
  props: Common & { value?: string; rows?: number; lang?: string; liveRedflags?: string },
) {
  return (
    <Wrapper {...props} wide>
      <textarea
        id={props.name}
        name={props.name}
        rows={props.rows ?? 4}
        lang={props.lang}
        aria-describedby={described(props)}
        aria-invalid={invalid(props)}
        data-redflags={props.liveRedflags}
        data-findings={props.liveRedflags ? `${props.name}-findings` : undefined}
      >
        {props.value ?? ""}
      </textarea>
      {props.liveRedflags ? <LiveFindingsRegion name={props.name} /> : null}
    </Wrapper>
  );
}

/**
 * Where live red-flag findings for a text field appear. Only the one-line summary is a live region (polite,
 * so typing is never interrupted); the list under it is read when the user moves to it.
 */
function LiveFindingsRegion(props: { name: string }) {
  return (
    <div id={`${props.name}-findings`} class="live-findings">
      <p class="live-summary" aria-live="polite" />
      <div class="live-list" />
    </div>
  );
}
