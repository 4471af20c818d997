/** One step of a tfplugin6 `AttributePath`. */
export type PathStep = { readonly attribute_name: string } | { readonly element_key_string: string } | { readonly element_key_int: number };

/** A tfplugin6 `Diagnostic`, as the gRPC layer sends it. */
export interface Diagnostic {
  readonly severity: 'ERROR' | 'WARNING';
  readonly summary: string;
  readonly detail?: string;
  readonly attribute?: { readonly steps: readonly PathStep[] };
}

/** An error diagnostic, on an attribute when `steps` is given. */
export function errorDiagnostic(summary: string, detail?: string, steps?: readonly PathStep[]): Diagnostic {
  return diagnostic('ERROR', summary, detail, steps);
}

/** A warning diagnostic, on an attribute when `steps` is given. */
export function warningDiagnostic(summary: string, detail?: string, steps?: readonly PathStep[]): Diagnostic {
  return diagnostic('WARNING', summary, detail, steps);
}

/** The path of a top-level attribute. */
export function attributePath(...names: string[]): PathStep[] {
  return names.map((name) => ({ attribute_name: name }));
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'ERROR');
}

function diagnostic(severity: Diagnostic['severity'], summary: string, detail: string | undefined, steps: readonly PathStep[] | undefined): Diagnostic {
  return {
    severity,
    summary,
    ...(detail ? { detail } : {}),
    ...(steps && steps.length ? { attribute: { steps } } : {}),
  };
}
