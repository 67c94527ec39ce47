// Micro-averaged scores of red-flag codes found against codes labelled, as shared/redflag-codes.md defines them:
// shared by the evaluation (eval-redflags.ts) and the voice model's cross-validation (voice-crossval.ts).

/** Counts over passages: codes found and labelled (tp), found only (fp), labelled only (fn); clean passages flagged. */
export class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  clean = 0;
  cleanFlagged = 0;

  add(labelled: readonly string[], found: ReadonlySet<string>): void {
    if (labelled.length === 0) {
      this.clean++;
      if (found.size) this.cleanFlagged++;
    }
    for (const c of found) labelled.includes(c) ? this.tp++ : this.fp++;
    for (const c of labelled) if (!found.has(c)) this.fn++;
  }

  get precision(): number {
    return this.tp / (this.tp + this.fp);
  }

  get recall(): number {
    return this.tp / (this.tp + this.fn);
  }

  get microF1(): number {
    return (2 * this.tp) / (2 * this.tp + this.fp + this.fn);
  }
}
